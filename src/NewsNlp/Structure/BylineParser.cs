using System.Collections.Frozen;

namespace NewsNlp;

/// <summary>Finds the credit line: <c>By Associated Press</c>, <c>By JANE DOE and JOHN ROE, Associated Press</c>,
/// <c>Jane Doe, Reuters</c>, Reuters' trailer <c>(Reporting by X; Editing by Y)</c>, or an agency alone
/// (<c>Reuter</c>, <c>The Associated Press</c>) on its own line.</summary>
internal static class BylineParser
{
    private const int MaxBylineLength = 160;
    private const int MaxTrailerLength = 600;
    private const int TrailerLines = 8;

    private static readonly FrozenSet<string> s_particles = FrozenSet.Create(StringComparer.Ordinal,
        "de", "van", "von", "der", "den", "bin", "al", "da", "di", "le", "la", "del", "dos", "du", "ter", "ten", "y", "e", "el");

    private static readonly FrozenSet<string> s_notNames = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "June", "July", "August", "September", "October", "November", "December", "The", "This", "That",
        "Then", "Now", "Contrast", "Comparison", "Law", "Default", "Far", "Design", "Staff", "Updated", "Published");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_particleLookup =
        s_particles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_notNameLookup =
        s_notNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] s_roleWords =
    [
        "Staff", "Writer", "Correspondent", "Reporter", "Editor", "Contributor", "Columnist", "Special to", "Bureau Chief",
        "Analyst", "Producer", "Photographer", "Senior", "Chief",
    ];

    private static readonly string[] s_orgWords =
    [
        "Post", "Times", "News", "Press", "Journal", "Herald", "Tribune", "Daily", "Magazine", "Media", "Network", "Agency",
        "Service", "Wire", "Online", "Desk", "Bureau", "Group", "Television", "Radio", "Channel", "Chronicle", "Gazette",
        "Guardian", "Telegraph", "Independent", "Observer", "Mail", "Express", "Insider", "Today", "Weekly", "Standard",
        "Globe", "Review", "Report", "Monitor", "Street", "Politico", "Axios", "Newsweek", "Fox", "NBC", "CBS", "ABC", "BBC",
        "NPR", "PBS", "MSNBC",
    ];

    /// <summary>Finds the byline among <paramref name="lines"/>, skipping lines already taken (category header,
    /// boilerplate).</summary>
    public static Byline? Find(string text, TextLine[] lines, Func<TextLine, bool> taken)
    {
        Byline? nameAgency = null;
        Byline? agencyOnly = null;
        for (int i = 0; i < lines.Length; i++)
        {
            TextLine line = lines[i];
            if (line.Length > MaxBylineLength || taken(line))
            {
                continue;
            }

            ReadOnlySpan<char> s = text.AsSpan(line.Start, line.Length);
            Byline? by = TryBy(text, line);
            if (by is not null)
            {
                return by;
            }

            nameAgency ??= TryNameAgency(text, line, s);
            if (agencyOnly is null && s.Length <= 40 && Agencies.Normalize(s) is { } agency)
            {
                agencyOnly = new Byline(s.ToString(), line.Span, [], agency);
            }
        }

        if (nameAgency is not null)
        {
            return nameAgency;
        }

        Byline? trailer = FindTrailer(text, lines);
        return trailer ?? agencyOnly;
    }

    /// <summary>"By Associated Press", "By JANE DOE and JOHN ROE, Associated Press", "By Jane Doe | Reuters".</summary>
    private static Byline? TryBy(string text, TextLine line)
    {
        ReadOnlySpan<char> s = text.AsSpan(line.Start, line.Length);
        if (s.Length < 4 || !(s.StartsWith("By ", StringComparison.Ordinal) || s.StartsWith("BY ", StringComparison.Ordinal)
            || (s.StartsWith("by ", StringComparison.Ordinal) && s.Length <= 60)))
        {
            return null;
        }

        var authors = new List<string>();
        string? agency = null;
        ReadOnlySpan<char> rest = s[3..];
        bool first = true;
        foreach (Range r in rest.SplitAny(",|;\u2014\u2013"))
        {
            ReadOnlySpan<char> part = rest[r].Trim().Trim('-').Trim();
            if (part.IsEmpty)
            {
                continue;
            }

            if (Agencies.Normalize(part) is { } a)
            {
                agency ??= a;
                first = false;
                continue;
            }

            if (CharScan.ContainsDigit(part) || IsRole(part))
            {
                if (first)
                {
                    return null;
                }

                break;
            }

            if (IsOrganization(part))
            {
                if (first && authors.Count == 0 && agency is null)
                {
                    agency = part.ToString();
                }
                else
                {
                    agency ??= part.ToString();
                }

                first = false;
                continue;
            }

            if (!AddNames(part, authors))
            {
                return null; // "By Peter Smith, the chairman of ..." is a wrapped sentence, not a credit
            }

            first = false;
        }

        if (authors.Count == 0 && agency is null)
        {
            return null;
        }

        return new Byline(s.ToString(), line.Span, authors, agency);
    }

    /// <summary>"Jane Doe, Reuters", "JANE DOE and JOHN ROE, Associated Press".</summary>
    private static Byline? TryNameAgency(string text, TextLine line, ReadOnlySpan<char> s)
    {
        if (s.Length > 100)
        {
            return null;
        }

        int sep = s.LastIndexOfAny(',', '|');
        if (sep <= 0)
        {
            return null;
        }

        string? agency = Agencies.Normalize(s[(sep + 1)..]);
        if (agency is null)
        {
            return null;
        }

        var authors = new List<string>();
        return AddNames(s[..sep].Trim(), authors) ? new Byline(s.ToString(), line.Span, authors, agency) : null;
    }

    /// <summary>Reuters' trailer: "(Reporting by Yew Lun Tian in Beijing; Additional reporting by X; Editing by Y)".</summary>
    private static Byline? FindTrailer(string text, TextLine[] lines)
    {
        for (int i = Math.Max(0, lines.Length - TrailerLines); i < lines.Length; i++)
        {
            TextLine line = lines[i];
            ReadOnlySpan<char> s = text.AsSpan(line.Start, line.Length);
            int at = s.IndexOf("Reporting by ", StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            // Start at the opening parenthesis when there is one; end at its closing one, else at the line end.
            int start = at;
            int k = at - 1;
            while (k >= 0 && s[k] == ' ')
            {
                k--;
            }

            bool paren = k >= 0 && s[k] == '(';
            if (paren)
            {
                start = k;
            }
            else if (at > 0 && k >= 0 && !(s[k] is '.' or ';' or '-' or '\u2014'))
            {
                continue; // "... after reporting by the newspaper" is prose.
            }

            int end = s.Length;
            if (paren)
            {
                int close = s[start..].IndexOf(')');
                if (close > 0)
                {
                    end = start + close + 1;
                }
            }

            if (end - start > MaxTrailerLength)
            {
                continue;
            }

            ReadOnlySpan<char> credit = s[start..end];
            var authors = new List<string>();
            ReadOnlySpan<char> body = credit.Trim("()");
            foreach (Range r in body.Split(';'))
            {
                ReadOnlySpan<char> segment = body[r].Trim();
                int by = segment.IndexOf(" by ", StringComparison.OrdinalIgnoreCase);
                if (by < 0)
                {
                    continue;
                }

                ReadOnlySpan<char> role = segment[..by];
                if (role.Contains("Editing", StringComparison.OrdinalIgnoreCase) || role.Contains("Graphics", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                ReadOnlySpan<char> names = segment[(by + 4)..];
                foreach (Range n in names.Split(','))
                {
                    AddTrailerNames(names[n], authors);
                }
            }

            return new Byline(credit.ToString(), new TextSpan(line.Start + start, end - start), authors, "Reuters");
        }

        return null;
    }

    private static void AddTrailerNames(ReadOnlySpan<char> names, List<string> authors)
    {
        // Names, joined by "and", each possibly followed by "in <place>".
        while (!names.IsEmpty)
        {
            int and = names.IndexOf(" and ", StringComparison.Ordinal);
            ReadOnlySpan<char> one = and < 0 ? names : names[..and];
            names = and < 0 ? [] : names[(and + 5)..];
            int inPlace = one.IndexOf(" in ", StringComparison.Ordinal);
            if (inPlace > 0)
            {
                one = one[..inPlace];
            }

            one = one.Trim();
            if (IsName(one))
            {
                string name = NameCase(one);
                if (!authors.Contains(name))
                {
                    authors.Add(name);
                }
            }
        }
    }

    /// <summary>Adds the names in "JANE DOE and JOHN ROE" / "Jane Doe &amp; John Roe"; false when a piece is no name.</summary>
    private static bool AddNames(ReadOnlySpan<char> part, List<string> authors)
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
    private static bool IsName(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || s.Length > 60)
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

        return words is >= 1 and <= 5;
    }

    private static string NameCase(ReadOnlySpan<char> name) =>
        DatelineParser.IsAllCaps(name) && name.Length > 3 ? DatelineParser.TitleCase(name) : name.ToString();

    private static bool IsRole(ReadOnlySpan<char> s)
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

    private static bool IsOrganization(ReadOnlySpan<char> s)
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
