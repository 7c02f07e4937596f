namespace NewsNlp;

/// <summary>Reads one line as a credit: <c>By Associated Press</c>, <c>By JANE DOE and JOHN ROE, Associated Press</c>,
/// <c>By Jane Doe | Reuters</c>, or a name and an agency without "By" (<c>Jane Doe, Reuters</c>).</summary>
internal static class CreditLine
{
    /// <summary>Lines that credit the newsroom, not a person: "Staff Reports", "From staff reports".</summary>
    private static readonly string[] s_staffLines =
    [
        "Staff Reports", "Staff Report", "From staff reports", "From staff report", "Staff and wire reports",
        "From staff and wire reports", "Staff and agencies", "Wire reports", "From wire reports",
    ];

    /// <summary>"Staff Reports" alone on its line: a byline with no person and no agency.</summary>
    public static Byline? TryStaffReport(TextLine line, ReadOnlySpan<char> s)
    {
        ReadOnlySpan<char> trimmed = s.TrimEnd('.');
        foreach (string staff in s_staffLines)
        {
            if (trimmed.Equals(staff, StringComparison.OrdinalIgnoreCase) && char.IsUpper(s[0]))
            {
                return new Byline(s.ToString(), line.Span, [], null);
            }
        }

        return null;
    }

    /// <summary>"By Associated Press", "By JANE DOE and JOHN ROE, Associated Press", "By Jane Doe | Reuters" (or
    /// "/"), "BY TMZ
    /// STAFF", also after a date and time on the same line ("2/26/2015 7:11 AM PST BY TMZ STAFF").</summary>
    public static Byline? TryBy(string text, TextLine line)
    {
        ReadOnlySpan<char> s = text.AsSpan(line.Start, line.Length);
        int from = DatePrefixLength(s);
        s = s[from..];
        if (s.Length < BylineRules.MinByLineLength || !(s.StartsWith("By ", StringComparison.Ordinal) || s.StartsWith("BY ", StringComparison.Ordinal)
            || (s.StartsWith("by ", StringComparison.Ordinal) && s.Length <= BylineRules.MaxLowerCaseByLength)))
        {
            return null;
        }

        var span = new TextSpan(line.Start + from, s.Length);
        if (StaffOf(s[3..]) is { } staff)
        {
            return new Byline(s.ToString(), span, [], staff.Length == 0 ? null : staff);
        }

        var authors = new List<string>();
        string? agency = null;
        if (!ReadCredit(s[3..], authors, ref agency) || (authors.Count == 0 && agency is null))
        {
            return null;
        }

        return new Byline(s.ToString(), span, authors, agency);
    }

    /// <summary>Reads a credit's parts after "By" (or a bare name line's): names, an agency or publisher, roles and
    /// credentials, separated by , | ; / a dash, a middle dot or brackets ("Jane Roe, Staff Writer", "Jane Roe
    /// (Reuters)"); false when a part is none of these (a sentence).</summary>
    public static bool ReadCredit(ReadOnlySpan<char> rest, List<string> authors, ref string? agency)
    {
        bool first = true;
        foreach (Range r in rest.SplitAny(",|;/()\u2014\u2013\u00B7\u2022"))
        {
            ReadOnlySpan<char> part = rest[r].Trim().Trim('-').Trim();
            int dash = part.IndexOf(" - ", StringComparison.Ordinal); // "Jane Roe - Staff Writer": a spaced hyphen is a dash
            PartRead read = ReadPart(dash > 0 ? part[..dash] : part, authors, ref agency, ref first);
            if (read == PartRead.Next && dash > 0)
            {
                read = ReadPart(part[(dash + 3)..].Trim(), authors, ref agency, ref first);
            }

            if (read == PartRead.Fail)
            {
                return false;
            }

            if (read == PartRead.Stop)
            {
                break;
            }
        }

        return true;
    }

    /// <summary>Reads one part of a credit: a name, an agency or publisher, credentials, or a role (which ends the
    /// credit).</summary>
    private static PartRead ReadPart(ReadOnlySpan<char> part, List<string> authors, ref string? agency, ref bool first)
    {
        if (part.IsEmpty)
        {
            return PartRead.Next;
        }

        if (Agencies.Normalize(part) is { } a)
        {
            agency ??= a;
            first = false;
            return PartRead.Next;
        }

        if (!first && BylineNames.IsCredentials(part))
        {
            return PartRead.Next; // "By Jane Roe, MA"
        }

        if (CharScan.ContainsDigit(part) || BylineNames.IsRole(part))
        {
            if (first)
            {
                return PartRead.Fail;
            }

            agency ??= AgencyBeforeRole(part); // "Associated Press Writer", "AP Business Writers"
            return PartRead.Stop;
        }

        if (BylineNames.IsOrganization(part))
        {
            agency ??= part.ToString();
            first = false;
            return PartRead.Next;
        }

        if (!BylineNames.AddNames(part, authors))
        {
            return PartRead.Fail; // "By Peter Smith, the chairman of ..." is a wrapped sentence, not a credit
        }

        first = false;
        return PartRead.Next;
    }

    /// <summary>The agency that opens a role ("Associated Press Writer" → AP, "AP Business Writers" → AP): the longest
    /// run of first words that is one, or null.</summary>
    private static string? AgencyBeforeRole(ReadOnlySpan<char> role)
    {
        for (int end = role.LastIndexOf(' '); end > 0; end = role[..end].LastIndexOf(' '))
        {
            if (Agencies.Normalize(role[..end]) is { } agency)
            {
                return agency;
            }
        }

        return null;
    }

    /// <summary>"Jane Doe, Reuters", "JANE DOE and JOHN ROE, Associated Press".</summary>
    public static Byline? TryNameAgency(TextLine line, ReadOnlySpan<char> s)
    {
        if (s.Length > BylineRules.MaxNameAgencyLength)
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
        return BylineNames.AddNames(s[..sep].Trim(), authors) ? new Byline(s.ToString(), line.Span, authors, agency) : null;
    }

    /// <summary>The organization of a staff credit ("TMZ STAFF" → "TMZ", "Reuters Staff" → "Reuters", "the Acme
    /// Herald Staff" → "Acme Herald"), the normalized agency when it is one; null when the credit is no staff
    /// credit.</summary>
    private static string? StaffOf(ReadOnlySpan<char> credit)
    {
        credit = credit.Trim();
        if (!credit.EndsWith(" Staff", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        ReadOnlySpan<char> org = credit[..^" Staff".Length].Trim();
        if (org.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            org = org[4..];
        }

        if (org.IsEmpty || org.Length > BylineRules.MaxNameLength || org.ContainsAny(",;|") || !char.IsUpper(org[0]))
        {
            return null;
        }

        int words = 0;
        foreach (Range r in org.Split(' '))
        {
            ReadOnlySpan<char> w = org[r];
            if (w.IsEmpty)
            {
                continue;
            }

            if (!char.IsUpper(w[0]) && !char.IsDigit(w[0]))
            {
                return null;
            }

            words++;
        }

        return words > BylineRules.MaxStaffOrganizationWords ? null : Agencies.Normalize(org) ?? org.ToString();
    }

    /// <summary>The length of a date and time before "By" on the line ("2/26/2015 7:11 AM PST ", "June 14, 2024 | "),
    /// or 0: every word before "By" holds a digit or is AM/PM, a time zone in capitals, a month or weekday, or a
    /// separator.</summary>
    private static int DatePrefixLength(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || !char.IsAsciiDigit(s[0]) && CalendarWords.Of(FirstWord(s)) == CalendarFacets.None)
        {
            return 0;
        }

        int window = Math.Min(s.Length, BylineRules.MaxDatePrefixLength);
        int by = s[..window].IndexOf(" BY ", StringComparison.Ordinal);
        if (by < 0)
        {
            by = s[..window].IndexOf(" By ", StringComparison.Ordinal);
        }

        if (by <= 0)
        {
            return 0;
        }

        bool digit = false;
        ReadOnlySpan<char> prefix = s[..by];
        foreach (Range r in prefix.Split(' '))
        {
            ReadOnlySpan<char> w = prefix[r].Trim(",|•-");
            if (w.IsEmpty)
            {
                continue;
            }

            if (CharScan.ContainsDigit(w))
            {
                digit = true;
                continue;
            }

            bool timeWord = w is "AM" or "PM" or "am" or "pm" or "a.m." or "p.m." or "at"
                || (w.Length is >= 2 and <= 4 && CharScan.IsAllCaps(w))
                || CalendarWords.Of(w.TrimEnd('.')) != CalendarFacets.None;
            if (!timeWord)
            {
                return 0;
            }
        }

        return digit ? by + 1 : 0;
    }

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> s)
    {
        int space = s.IndexOfAny(' ', ',');
        return (space < 0 ? s : s[..space]).TrimEnd('.');
    }

    /// <summary>What reading one part of a credit tells: go on, stop at a role, or no credit at all.</summary>
    private enum PartRead
    {
        Next,
        Stop,
        Fail,
    }
}
