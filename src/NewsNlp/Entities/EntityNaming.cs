namespace NewsNlp;

/// <summary>Names an entity: the alias table's canonical name, else its most complete mention without a leading
/// "the", title-cased when written in capitals; and a person's title, from the words around a full-name mention.</summary>
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
                (m.WordCount == best.WordCount && m.Text.Length == best.Text.Length && IsAllCaps(best.Text) && !IsAllCaps(m.Text)))
            {
                best = m;
            }
        }

        c.Name = c.Canonical ?? StripThe(best.Text);
        if (IsAllCaps(c.Name) && c.Name.Length > EntityRules.MaxAllCapsAcronymLength && c.Canonical is null && !IsOrganizationAcronym(c, places))
        {
            c.Name = TitleCase(c.Name);
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

    private static string TitleCase(string s)
    {
        var chars = s.ToCharArray();
        bool start = true;
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            chars[i] = start ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c);
            start = !char.IsLetter(c) && c != '\'' && c != '’';
        }

        return new string(chars);
    }
}
