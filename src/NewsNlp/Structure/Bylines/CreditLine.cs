namespace NewsNlp;

/// <summary>Reads one line as a credit: <c>By Associated Press</c>, <c>By JANE DOE and JOHN ROE, Associated Press</c>,
/// <c>By Jane Doe | Reuters</c>, or a name and an agency without "By" (<c>Jane Doe, Reuters</c>).</summary>
internal static class CreditLine
{
    /// <summary>"By Associated Press", "By JANE DOE and JOHN ROE, Associated Press", "By Jane Doe | Reuters".</summary>
    public static Byline? TryBy(string text, TextLine line)
    {
        ReadOnlySpan<char> s = text.AsSpan(line.Start, line.Length);
        if (s.Length < BylineRules.MinByLineLength || !(s.StartsWith("By ", StringComparison.Ordinal) || s.StartsWith("BY ", StringComparison.Ordinal)
            || (s.StartsWith("by ", StringComparison.Ordinal) && s.Length <= BylineRules.MaxLowerCaseByLength)))
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

            if (CharScan.ContainsDigit(part) || BylineNames.IsRole(part))
            {
                if (first)
                {
                    return null;
                }

                break;
            }

            if (BylineNames.IsOrganization(part))
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

            if (!BylineNames.AddNames(part, authors))
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
}
