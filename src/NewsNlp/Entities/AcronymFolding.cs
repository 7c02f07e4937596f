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
        foreach (EntityCluster a in clusters)
        {
            if (a.Type != EntityType.Organization || a.Canonical is not null || a.Mentions.Count == 0 || !IsAcronym(a.Mentions[0].Text)
                || !EntityFolder.AllMentionsAre(a, a.Mentions[0].Text, StringComparison.Ordinal))
            {
                continue;
            }

            string acronym = a.Mentions[0].Text;
            EntityCluster? target = null;
            int found = 0;
            foreach (EntityCluster c in clusters)
            {
                if (c != a && c.Type == EntityType.Organization && c.Mentions.Count > 0 && IsInitialsOf(EntityNaming.StripThe(c.Mentions[0].Text), acronym)
                    && c != target)
                {
                    target = c;
                    found++;
                }
            }

            if (found == 1)
            {
                target!.Mentions.AddRange(a.Mentions);
                target.Mentions.Sort(static (x, y) => x.Span.Start.CompareTo(y.Span.Start));
                a.Mentions.Clear();
            }
        }
    }

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

    /// <summary>Whether <paramref name="acronym"/> spells the initials of <paramref name="name"/>'s capitalized words,
    /// with or without a last word that is a company suffix ("Digital Equipment Co" is DEC; "International Paper Co" is
    /// IP).</summary>
    private static bool IsInitialsOf(string name, string acronym)
    {
        Span<char> initials = stackalloc char[MaxLetters + 1];
        int n = 0;
        bool suffix = false;
        foreach (Range r in name.AsSpan().Split(' '))
        {
            ReadOnlySpan<char> w = name.AsSpan(r);
            if (w.IsEmpty || w is "of" or "and" or "the" or "for" or "&")
            {
                continue;
            }

            if (!char.IsUpper(w[0]) || n == initials.Length)
            {
                return false;
            }

            initials[n++] = char.ToUpperInvariant(w[0]);
            suffix = OrganizationWords.Is(w.TrimEnd('.'), OrganizationFacets.CompanySuffix);
        }

        return initials[..n].SequenceEqual(acronym) || (suffix && initials[..(n - 1)].SequenceEqual(acronym));
    }
}
