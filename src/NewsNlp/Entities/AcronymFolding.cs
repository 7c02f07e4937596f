namespace NewsNlp;

/// <summary>An organization's acronym is the organization the story names in full: "International Paper Co" … "IP",
/// "Toronto Stock Exchange" … "TSE", "State Messaging and Archive Retrieval Toolset" … "SMART" were two entities each
/// (the alias table holds only the famous ones: FBI, WHO). An organization named only by a word in capitals whose
/// letters are the initials of exactly one other organization's name (its capitalized words; the small words
/// <see cref="DefinedAcronyms"/> may skip, and "&amp;", skipped; a company suffix counted or not) folds into it. The
/// initials and the acronym test are shared with <see cref="InitialsAcronyms"/>.</summary>
internal static class AcronymFolding
{
    /// <summary>Folds the acronym clusters of <paramref name="clusters"/> into their organizations; folded clusters keep no
    /// mentions and are removed by the caller.</summary>
    public static void Fold(List<EntityCluster> clusters)
    {
        // The initials of each organization's name (with and without a company suffix), once per cluster: the number of
        // organizations that spell them, and the last one.
        Dictionary<string, (EntityCluster Cluster, int Count)>? spelled = null;
        Span<char> initials = stackalloc char[EntityRules.MaxOrganizationAcronymLength + 1];
        foreach (EntityCluster c in clusters)
        {
            if (c.Type != EntityType.Organization || c.Mentions.Count == 0
                || Initials(EntityNaming.StripThe(c.Mentions[0].Text), initials, out bool suffix) is not (>= EntityRules.MinAcronymLetters and var n))
            {
                continue;
            }

            spelled ??= new Dictionary<string, (EntityCluster, int)>(StringComparer.Ordinal);
            Count(spelled, initials[..n].ToString(), c);
            if (suffix && n - 1 >= EntityRules.MinAcronymLetters)
            {
                Count(spelled, initials[..(n - 1)].ToString(), c);
            }
        }

        if (spelled is null)
        {
            return;
        }

        Dictionary<string, (EntityCluster Cluster, int Count)>.AlternateLookup<ReadOnlySpan<char>> byInitials = spelled.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (EntityCluster a in clusters)
        {
            if (a.Type != EntityType.Organization || a.Canonical is not null || a.Mentions.Count == 0 || !IsAcronym(a.Mentions[0].Text)
                || !EntityFolder.AllMentionsAre(a, a.Mentions[0].Text, StringComparison.Ordinal)
                || !byInitials.TryGetValue(a.Mentions[0].Text, out (EntityCluster Cluster, int Count) target) || target.Count != 1
                || target.Cluster == a)
            {
                continue;
            }

            target.Cluster.Mentions.AddRange(a.Mentions);
            target.Cluster.Mentions.Sort(static (x, y) => x.Span.Start.CompareTo(y.Span.Start));
            a.Mentions.Clear();
        }
    }

    private static void Count(Dictionary<string, (EntityCluster Cluster, int Count)> spelled, string key, EntityCluster c) =>
        spelled[key] = spelled.TryGetValue(key, out (EntityCluster Cluster, int Count) seen) && seen.Cluster != c ? (c, seen.Count + 1) : (c, Math.Max(1, seen.Count));

    /// <summary>Whether <paramref name="word"/> is an organization's acronym as written: capital letters only, as many as
    /// <see cref="EntityRules.MinAcronymLetters"/> to <see cref="EntityRules.MaxOrganizationAcronymLength"/>.</summary>
    internal static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < EntityRules.MinAcronymLetters || word.Length > EntityRules.MaxOrganizationAcronymLength)
        {
            return false;
        }

        foreach (char ch in word)
        {
            if (!char.IsAsciiLetterUpper(ch))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads the next word of a name into its <paramref name="initials"/> (<paramref name="n"/> so far): a
    /// capitalized word adds its initial, a small word or "&amp;" adds nothing; returns false when the word makes the name
    /// no source of an acronym (a word in lower case, or more initials than fit).</summary>
    internal static bool AddInitial(ReadOnlySpan<char> word, Span<char> initials, ref int n)
    {
        if (word.IsEmpty || word is "&" || FunctionWords.Is(word, DefinedAcronyms.SkippableWords) && !char.IsUpper(word[0]))
        {
            return true;
        }

        if (!char.IsUpper(word[0]) || n == initials.Length)
        {
            return false;
        }

        initials[n++] = char.ToUpperInvariant(word[0]);
        return true;
    }

    /// <summary>Writes the initials of <paramref name="name"/> (see <see cref="AddInitial"/>) into
    /// <paramref name="initials"/>, and whether its last word is a company suffix ("Digital Equipment Co" is DEC, and
    /// "International Paper Co" IP); returns their number, or 0 when the name is no source of an acronym.</summary>
    private static int Initials(string name, Span<char> initials, out bool suffix)
    {
        int n = 0;
        suffix = false;
        foreach (Range r in name.AsSpan().Split(' '))
        {
            ReadOnlySpan<char> w = name.AsSpan(r);
            int before = n;
            if (!AddInitial(w, initials, ref n))
            {
                return 0;
            }

            if (n > before)
            {
                suffix = OrganizationWords.Is(w.TrimEnd('.'), OrganizationFacets.CompanySuffix);
            }
        }

        return n;
    }
}
