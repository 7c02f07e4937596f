namespace NewsNlp;

/// <summary>Names an entity: the alias table's canonical name, else its most complete mention without a leading
/// "the", title-cased when written in capitals or all in lower case; and a person's title, from the words around a full-name mention.</summary>
internal static class EntityNaming
{
    /// <summary>Sets <see cref="EntityCluster.Name"/>.</summary>
    /// <returns>The most complete mention (most words, then longest, then not in capitals).</returns>
    public static EntityMention Name(EntityCluster c, PlaceIndex places)
    {
        EntityMention best = c.Mentions[0];
        foreach (EntityMention m in c.Mentions)
        {
            if (m.WordCount > best.WordCount || (m.WordCount == best.WordCount && m.Text.Length > best.Text.Length) ||
                (m.WordCount == best.WordCount && m.Text.Length == best.Text.Length && IsUncased(best.Text) && !IsUncased(m.Text)))
            {
                best = m;
            }
        }

        c.Name = c.Canonical ?? StripThe(best.Text);
        if (c.Canonical is null && !HasUpper(c.Name))
        {
            c.Name = TitleCase(c.Name, places); // a place casual text wrote in lower case (LowercasePlaces): "mexico"
        }
        else if (IsAllCaps(c.Name) && c.Name.Length > EntityRules.MaxAllCapsAcronymLength && c.Canonical is null && !IsOrganizationAcronym(c, places)
            && !IsAcronymPhrase(c))
        {
            c.Name = TitleCase(c.Name, places);
        }

        return best;
    }

    /// <summary>Sets the title of a person (see <see cref="EntityTitles"/>): the first found next to a mention with as
    /// many words as <paramref name="best"/>.</summary>
    public static void FindTitle(EntityCluster c, EntityMention best, string text, TaggerInput input, int[] sentenceOf, EntityMention?[] mentionAt)
    {
        if (c.Type != EntityType.Person)
        {
            return;
        }

        foreach (EntityMention m in c.Mentions)
        {
            if (m.WordCount < best.WordCount)
            {
                continue;
            }

            int s = sentenceOf[m.FirstWord];
            c.Title = EntityTitles.Find(text, input.Words, input.SentenceStarts[s], input.SentenceStarts[s + 1], m, mentionAt);
            if (c.Title is not null)
            {
                break;
            }
        }
    }

    /// <summary>The name without a leading "the": "the Pentagon" and "Pentagon" are one name.</summary>
    public static string StripThe(string s) => s.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? s[4..] : s;

    /// <summary>Whether an organization's name is one word in capitals of at most
    /// <see cref="EntityRules.MaxOrganizationAcronymLength"/> letters that names no place: an acronym ("MSNBC", "NAACP",
    /// "UNESCO"), kept as written; not "PHILADELPHIA" (a team in a capitals story) or "VERIZON".</summary>
    private static bool IsOrganizationAcronym(EntityCluster c, PlaceIndex places) =>
        c.Type == EntityType.Organization && c.Name.Length <= EntityRules.MaxOrganizationAcronymLength
        && !c.Name.Contains(' ', StringComparison.Ordinal) && places.Find(c.Name) < 0;

    /// <summary>Whether a mention is written in capitals or all in lower case: a worse spelling of a name than the other.</summary>
    private static bool IsUncased(string s) => IsAllCaps(s) || !HasUpper(s);

    private static bool HasUpper(string s)
    {
        foreach (char c in s)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAllCaps(string s)
    {
        bool letter = false;
        foreach (char c in s)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letter |= char.IsLetter(c);
        }

        return letter;
    }

    /// <summary>Whether an organization's or other name in capitals is acronyms only: several words, each of at most
    /// <see cref="EntityRules.MaxAllCapsAcronymLength"/> characters ("CBS TV", "IBM PC", "US DVD"); a person's or place's
    /// short words are names ("JOHN DOE", "NEW YORK").</summary>
    private static bool IsAcronymPhrase(EntityCluster c)
    {
        if (c.Type is not (EntityType.Organization or EntityType.Misc) || !c.Name.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (Range r in c.Name.AsSpan().Split(' '))
        {
            if (c.Name.AsSpan(r).Length > EntityRules.MaxAllCapsAcronymLength)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Title-cases a name written in capitals ("JOHN SMITH" → "John Smith"), but for the words that are known
    /// acronyms: a country's abbreviation or a well-known organization's short name ("USA TODAY" → "USA Today",
    /// "BBC NEWS" → "BBC News"; <see cref="IsKnownAcronym"/>).</summary>
    private static string TitleCase(string s, PlaceIndex places)
    {
        var chars = s.ToCharArray();
        int i = 0;
        while (i < chars.Length)
        {
            int end = i;
            while (end < chars.Length && chars[end] != ' ')
            {
                end++;
            }

            if (!IsKnownAcronym(s.AsSpan(i, end - i), places))
            {
                bool start = true;
                for (int k = i; k < end; k++)
                {
                    char c = chars[k];
                    chars[k] = start ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c);
                    start = !char.IsLetter(c) && c != '\'' && c != '’';
                }
            }

            i = end + 1;
        }

        return new string(chars);
    }

    /// <summary>Whether a word of at most <see cref="EntityRules.MaxAllCapsAcronymLength"/> characters is a country's
    /// abbreviation ("USA", "UK") or a well-known organization's one-word name ("BBC", "IBM").</summary>
    private static bool IsKnownAcronym(ReadOnlySpan<char> word, PlaceIndex places) =>
        word.Length is > 1 and <= EntityRules.MaxAllCapsAcronymLength
        && (OrganizationWords.Is(word, OrganizationFacets.Name) || KnownOrganizations.Default.IsKnown(word) || places.TryGetCountry(word, out _));
}
