using System.Collections.Frozen;

namespace NewsNlp;

/// <summary>Tells names from roles and organizations in a credit, and writes names the usual way.</summary>
internal static class BylineNames
{
    /// <summary>Lower-case name particles (<c>Max van der Berg</c>, <c>Ana da Silva</c>).</summary>
    private static readonly FrozenSet<string> s_particles = FrozenSet.Create(StringComparer.Ordinal,
        "de", "van", "von", "der", "den", "bin", "al", "da", "di", "le", "la", "del", "dos", "du", "ter", "ten", "y", "e", "el");

    /// <summary>Capitalized words that are no part of a name: weekdays, months, sentence openers, page words
    /// ("By Tuesday, ...", "By contrast, ...", "By Staff").</summary>
    private static readonly FrozenSet<string> s_notNames = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "June", "July", "August", "September", "October", "November", "December", "The", "This", "That",
        "Then", "Now", "Contrast", "Comparison", "Law", "Default", "Far", "Design", "Staff", "Updated", "Published");

    /// <summary>Job words in a credit ("Staff Writer", "Special to The Times"): the credit's names end there.</summary>
    private static readonly string[] s_roleWords =
    [
        "Staff", "Writer", "Correspondent", "Reporter", "Editor", "Contributor", "Columnist", "Special to", "Bureau Chief",
        "Analyst", "Producer", "Photographer", "Senior", "Chief",
    ];

    /// <summary>Words that make a credit part a publisher rather than a person ("Washington Post", "Fox News").</summary>
    private static readonly string[] s_orgWords =
    [
        "Post", "Times", "News", "Press", "Journal", "Herald", "Tribune", "Daily", "Magazine", "Media", "Network", "Agency",
        "Service", "Wire", "Online", "Desk", "Bureau", "Group", "Television", "Radio", "Channel", "Chronicle", "Gazette",
        "Guardian", "Telegraph", "Independent", "Observer", "Mail", "Express", "Insider", "Today", "Weekly", "Standard",
        "Globe", "Review", "Report", "Monitor", "Street", "Politico", "Axios", "Newsweek", "Fox", "NBC", "CBS", "ABC", "BBC",
        "NPR", "PBS", "MSNBC",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_particleLookup =
        s_particles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_notNameLookup =
        s_notNames.GetAlternateLookup<ReadOnlySpan<char>>();

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
            ReadOnlySpan<char> one = (cut < 0 ? part : part[..cut]).Trim();
            part = cut < 0 ? [] : part[(cut + skip)..];
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
                if (words == 1 || !s_particleLookup.Contains(w))
                {
                    return false;
                }
            }

            if (s_notNameLookup.Contains(w))
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

    /// <summary>Whether a credit part names a job ("Staff Writer").</summary>
    public static bool IsRole(ReadOnlySpan<char> s)
    {
        foreach (string word in s_roleWords)
        {
            if (s.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a credit part names a publisher ("Washington Post").</summary>
    public static bool IsOrganization(ReadOnlySpan<char> s)
    {
        foreach (Range r in s.Split(' '))
        {
            ReadOnlySpan<char> w = s[r];
            foreach (string org in s_orgWords)
            {
                if (w.SequenceEqual(org))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
