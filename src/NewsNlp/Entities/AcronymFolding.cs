namespace NewsNlp;

/// <summary>An organization's acronym is the organization the story names in full: "International Paper Co" … "IP",
/// "Toronto Stock Exchange" … "TSE", "State Messaging and Archive Retrieval Toolset" … "SMART" were two entities each
/// (the alias table holds only the famous ones: FBI, WHO). An organization named only by a word in capitals whose
/// letters are the initials of exactly one other organization's name (its capitalized words; "of", "and", "the", "for"
/// skipped; a company suffix counted or not) folds into it.</summary>
internal static class AcronymFolding
{
    /// <summary>Shortest and longest acronym folded (one letter is no acronym; long ones are names of their own).</summary>
    private const int MinLetters = 2, MaxLetters = 6;

    /// <summary>Folds the acronym clusters of <paramref name="clusters"/> into their organizations; folded clusters keep no
    /// mentions and are removed by the caller.</summary>
    public static void Fold(List<EntityCluster> clusters)
    {
        // The initials of each organization's name (with and without a company suffix), once per cluster: the number of
        // organizations that spell them, and the last one.
        Dictionary<string, (EntityCluster Cluster, int Count)>? spelled = null;
        Span<char> initials = stackalloc char[MaxLetters + 1];
        foreach (EntityCluster c in clusters)
        {
            if (c.Type != EntityType.Organization || c.Mentions.Count == 0
                || Initials(EntityNaming.StripThe(c.Mentions[0].Text), initials, out bool suffix) is not (>= MinLetters and var n))
            {
                continue;
            }

            spelled ??= new Dictionary<string, (EntityCluster, int)>(StringComparer.Ordinal);
            Count(spelled, initials[..n].ToString(), c);
            if (suffix && n - 1 >= MinLetters)
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

    private static bool IsAcronym(string name)
    {
        if (name.Length is < MinLetters or > MaxLetters)
        {
            return false;
        }

        foreach (char ch in name)
        {
            if (!char.IsAsciiLetterUpper(ch))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes the initials of <paramref name="name"/>'s capitalized words ("of", "and", "the", "for", "&amp;"
    /// skipped) into <paramref name="initials"/>, and whether its last word is a company suffix ("Digital Equipment Co"
    /// is DEC, and "International Paper Co" IP); returns their number, or 0 when a word is in lower case or there are too
    /// many.</summary>
    private static int Initials(string name, Span<char> initials, out bool suffix)
    {
        int n = 0;
        suffix = false;
        foreach (Range r in name.AsSpan().Split(' '))
        {
            ReadOnlySpan<char> w = name.AsSpan(r);
            if (w.IsEmpty || w is "of" or "and" or "the" or "for" or "&")
            {
                continue;
            }

            if (!char.IsUpper(w[0]) || n == initials.Length)
            {
                return 0;
            }

            initials[n++] = char.ToUpperInvariant(w[0]);
            suffix = OrganizationWords.Is(w.TrimEnd('.'), OrganizationFacets.CompanySuffix);
        }

        return n;
    }
}
