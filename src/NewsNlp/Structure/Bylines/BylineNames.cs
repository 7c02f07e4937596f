namespace NewsNlp;

/// <summary>Tells names from roles and organizations in a credit, and writes names the usual way.</summary>
internal static class BylineNames
{
    /// <summary>Words that are no part of a name besides the months and weekdays (<see cref="CalendarWords"/>; not
    /// the months that are also names: <c>May</c>, <c>June</c>) and the demonstratives (<see cref="FunctionWords"/>):
    /// sentence openers and page words ("By then, ...", "By contrast, ...", "By Staff"). Of the articles only "the":
    /// "A" is an initial and "An" a name.</summary>
    private static readonly WordSet s_notNames = WordSet.Create(WordCasing.IgnoreCase,
        "the", "then", "now", "contrast", "comparison", "law", "default", "far", "design", "staff", "updated", "published");

    /// <summary>Words besides the newsroom roles (<see cref="TitleFacets.Journalist"/>: reporter, editor, writer …)
    /// that end a credit's names ("Senior Analyst", "Bureau Chief", "Staff"); "editorial" as in "Editorial Board",
    /// "sportswriter" as in AP's "AP Sportswriter".</summary>
    private static readonly WordSet s_roleWords = WordSet.Create(WordCasing.IgnoreCase,
        "analyst", "senior", "chief", "staff", "editorial", "sportswriter");

    /// <summary>Degrees and credentials written after a name ("Jane Roe, MA", "Jane Roe, M.D., PhD"): no name of
    /// their own. Compared without periods and case.</summary>
    private static readonly WordSet s_credentials = WordSet.Create(WordCasing.IgnoreCase,
        "ma", "ba", "bs", "bsc", "ms", "msc", "mba", "mph", "md", "phd", "dphil", "jd", "llb", "llm", "rn", "bsn", "msn",
        "np", "pa-c", "do", "dds", "dmd", "dvm", "pharmd", "psyd", "edd", "rd", "rdn", "ld", "lcsw", "lmft", "cpa", "cfa",
        "cfp", "facp", "facs", "frcp", "mrcp", "esq", "mfa", "med");

    /// <summary>The one role of two words: "Special to The Times".</summary>
    private const string SpecialTo = "special to";

    /// <summary>Words besides the outlet, newsroom and one-word organization names of <see cref="OrganizationWords"/>
    /// that make a credit part a publisher ("Dow Jones News Service", "Wall Street").</summary>
    private static readonly WordSet s_publisherWords = WordSet.Create(WordCasing.IgnoreCase, "service", "bureau", "group", "street");

    /// <summary>Adds the names in "JANE DOE and JOHN ROE" / "Jane Doe &amp; John Roe"; false (and nothing added)
    /// when a piece is no name.</summary>
    public static bool AddNames(ReadOnlySpan<char> part, List<string> authors)
    {
        int added = 0;
        while (!part.IsEmpty)
        {
            int and = part.IndexOf(" and ", StringComparison.OrdinalIgnoreCase);
            int amp = part.IndexOf(" & ", StringComparison.Ordinal);
            int cut = and < 0 ? amp : amp < 0 ? and : Math.Min(and, amp);
            int skip = cut == and ? 5 : 3;
            ReadOnlySpan<char> one = WithoutHonorific((cut < 0 ? part : part[..cut]).Trim());
            part = cut < 0 ? [] : part[(cut + skip)..];
            if (authors.Count > 0 && IsCredentials(one))
            {
                continue; // "JANE ROE, RN and JOHN DOE": the credential of the name before
            }

            if (!IsName(one))
            {
                authors.RemoveRange(authors.Count - added, added);
                return false;
            }

            authors.Add(NameCase(one));
            added++;
        }

        return added > 0;
    }

    /// <summary>One to five capitalized words (particles and initials allowed), letters only.</summary>
    public static bool IsName(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || s.Length > BylineRules.MaxNameLength)
        {
            return false;
        }

        int words = 0;
        foreach (Range r in s.Split(' '))
        {
            ReadOnlySpan<char> w = s[r];
            if (w.IsEmpty)
            {
                continue;
            }

            words++;
            if (!char.IsUpper(w[0]))
            {
                if (words == 1 || !FunctionWords.Is(w, FunctionWordKinds.NameParticle))
                {
                    return false;
                }
            }

            if (IsNotName(w))
            {
                return false;
            }

            foreach (char c in w)
            {
                if (!(char.IsLetter(c) || c is '.' or '-' or '\'' or '\u2019'))
                {
                    return false;
                }
            }
        }

        return words is >= 1 and <= BylineRules.MaxNameWords;
    }

    /// <summary>A name as written, or title-cased when written in capitals (<c>JANE DOE</c> → <c>Jane Doe</c>).</summary>
    public static string NameCase(ReadOnlySpan<char> name) =>
        CharScan.IsAllCaps(name) && name.Length >= BylineRules.MinTitleCasedNameLength ? NameCasing.TitleCase(name) : name.ToString();

    /// <summary>Whether a credit part names a job ("Staff Writer", "AP Business Writers", "Editor-in-Chief"): one of
    /// its words (split at spaces, hyphens and slashes; a plural counts) is a role word.</summary>
    public static bool IsRole(ReadOnlySpan<char> s)
    {
        if (s.Contains(SpecialTo, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (Range r in s.SplitAny(" -/"))
        {
            ReadOnlySpan<char> w = s[r].Trim(".,()");
            if (IsRoleWord(w) || (w.Length > 1 && w[^1] is 's' or 'S' && IsRoleWord(w[..^1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a credit part names a publisher ("Washington Post", "NBC"): a capitalized word of it is an
    /// outlet, newsroom or organization word.</summary>
    public static bool IsOrganization(ReadOnlySpan<char> s)
    {
        foreach (Range r in s.Split(' '))
        {
            ReadOnlySpan<char> w = s[r];
            if (w.Length > 0 && char.IsUpper(w[0]) &&
                (OrganizationWords.Is(w, OrganizationFacets.Media | OrganizationFacets.Newsroom | OrganizationFacets.Name) || s_publisherWords.Contains(w)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a credit part is only degrees and credentials: "MA", "M.D., PhD", "RN BSN".</summary>
    public static bool IsCredentials(ReadOnlySpan<char> s)
    {
        int words = 0;
        Span<char> letters = stackalloc char[BylineRules.MaxCredentialLength];
        foreach (Range r in s.SplitAny(" ,"))
        {
            ReadOnlySpan<char> w = s[r];
            if (w.IsEmpty)
            {
                continue;
            }

            int n = 0;
            foreach (char c in w)
            {
                if (c == '.')
                {
                    continue;
                }

                if (n == letters.Length)
                {
                    return false;
                }

                letters[n++] = c;
            }

            if (n == 0 || !char.IsUpper(letters[0]) || !s_credentials.Contains(letters[..n]))
            {
                return false;
            }

            words++;
        }

        return words > 0;
    }

    /// <summary>A name without the courtesy word before it: "Dr. Jane Roe" → "Jane Roe".</summary>
    private static ReadOnlySpan<char> WithoutHonorific(ReadOnlySpan<char> name)
    {
        int space = name.IndexOf(' ');
        return space > 0 && Titles.Is(name[..space], TitleFacets.Honorific) && name[(space + 1)..].Trim().IndexOf(' ') > 0
            ? name[(space + 1)..].Trim()
            : name;
    }

    private static bool IsNotName(ReadOnlySpan<char> w) =>
        s_notNames.Contains(w) || FunctionWords.Is(w, FunctionWordKinds.Demonstrative) ||
        (CalendarWords.Of(w) is var c && (c & (CalendarFacets.Month | CalendarFacets.Weekday)) != 0 && (c & CalendarFacets.AlsoName) == 0);

    private static bool IsRoleWord(ReadOnlySpan<char> w) => Titles.Is(w, TitleFacets.Journalist) || s_roleWords.Contains(w);
}
