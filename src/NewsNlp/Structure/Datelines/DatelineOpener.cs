namespace NewsNlp;

/// <summary>Reads a dateline without a city at the start of a head line: an agency in parentheses
/// (<c>(Reuters) —</c>, <c>(CNN) Officials said</c>), an agency or news site alone before a dash
/// (<c>AFP - </c>, <c>Acmenews.net - </c>) or a date before a dash (<c>Feb. 3, 2015 --</c>).</summary>
/// <remarks>The forms are narrow on purpose: a known agency (a site name only on the text's first line), a date
/// that reads as one, and a dash that stands apart, or, after an agency in parentheses, a capital that starts the
/// body. <see cref="DatelineDecision"/> takes such a candidate only at a line start.</remarks>
internal static class DatelineOpener
{
    /// <summary>Reads the opener that starts at token <paramref name="token"/>, the first of its line.</summary>
    /// <param name="article">The text layer.</param>
    /// <param name="line">The line.</param>
    /// <param name="token">The line's first token.</param>
    /// <param name="firstLine">Whether the line is the text's first: a news site's name is read only there.</param>
    /// <param name="candidate">What was read.</param>
    /// <returns>Whether an opener was read.</returns>
    public static bool TryRead(ArticleText article, TextLine line, int token, bool firstLine, out DatelineCandidate candidate)
    {
        candidate = default;
        string text = article.Text;
        int start = article.Tokens[token].Start;
        int limit = Math.Min(line.End, start + DatelineRules.MaxDatelineLength);
        string? agency = null;
        int p;
        int dateStart = -1, dateEnd = -1;
        if (text[start] == '(')
        {
            // "(Reuters) —", "(CNN) Officials said"
            agency = ParenthesizedAgency(text, start, limit, out p);
            if (agency is null)
            {
                return false;
            }
        }
        else if (DatelineDates.Read(article, start, limit, out int de) && !DatelineWords.IsWeekday(text.AsSpan(start, de - start))
            && CharScan.ContainsDigit(text.AsSpan(start, de - start)))
        {
            // "Feb. 3, 2015 --", "June 14 (AP) -"
            dateStart = start;
            dateEnd = de;
            p = de;
            int q = DatelineReader.SkipInlineSpace(text, p, limit);
            if (q < limit && text[q] == '(')
            {
                agency = ParenthesizedAgency(text, q, limit, out p);
                if (agency is null)
                {
                    return false;
                }
            }
        }
        else
        {
            // "AFP - ", "The Associated Press — ", "Acmenews.net - "
            p = SeparatorBefore(text, start, Math.Min(limit, start + DatelineRules.MaxAgencyLength));
            ReadOnlySpan<char> name = p < 0 ? [] : text.AsSpan(start, p - start).TrimEnd();
            agency = name.IsEmpty ? null : BareAgency(name) ?? (firstLine && IsSiteName(name) ? name.ToString() : null);
            if (agency is null)
            {
                return false;
            }

            p = start + name.Length;
            if (DatelineDecision.ProseWords(text, p) < DatelineRules.MinBareAgencyBodyWords)
            {
                return false; // "Acme.com - Q3 Results" is a headline
            }
        }

        int dashStart = DatelineReader.SkipInlineSpace(text, p, limit);
        bool closed = text[p - 1] == ')';
        if (DatelineReader.IsDashAt(text, dashStart, limit, out int dashEnd) && (closed || dashStart > p))
        {
            // The body follows the dash: not a digit ("2015-16"), nor a letter right after a lone hyphen ("AFP-led").
            char next = dashEnd < text.Length ? text[dashEnd] : ' ';
            if (char.IsDigit(next) || (char.IsLetter(next) && dashEnd == dashStart + 1 && text[dashStart] == '-' && !closed))
            {
                return false;
            }
        }
        else
        {
            // No dash: only after an agency in parentheses, with the body's capital next ("(CNN) Officials said").
            if (text[start] != '(' || dashStart == p || !ProseStartsAt(text, dashStart, limit))
            {
                return false;
            }

            dashStart = dashEnd = p;
        }

        candidate = new DatelineCandidate
        {
            Start = start,
            CityEnd = start,
            AtLineStart = true,
            RegionStart = -1,
            RegionEnd = -1,
            DateStart = dateStart,
            DateEnd = dateEnd,
            Agency = agency,
            AgencyKnown = agency is not null,
            DashStart = dashStart,
            DashEnd = dashEnd,
        };
        return true;
    }

    /// <summary>An agency written alone as the agency writes itself ("AFP", "Reuters", "The Associated Press", not
    /// "BLOOMBERG"), and no place ("PA" is Pennsylvania too).</summary>
    private static string? BareAgency(ReadOnlySpan<char> name)
    {
        if (Agencies.Find(name) is not { } agency || PlaceIndex.Default.TryGetRegion(name, out _) || PlaceIndex.Default.TryGetCity(name, out _))
        {
            return null;
        }

        foreach (string alias in agency.Aliases)
        {
            if (name.Equals(alias, StringComparison.Ordinal))
            {
                return agency.Code;
            }
        }

        return null;
    }

    /// <summary>Where the first dash that stands apart (" - ", " — ", " -- ") starts before <paramref name="limit"/>,
    /// less its leading space; -1 when there is none.</summary>
    private static int SeparatorBefore(string text, int start, int limit)
    {
        for (int i = start + 1; i < limit - 1; i++)
        {
            if (text[i] == '\n')
            {
                return -1;
            }

            if (text[i] == ' ' && text[i + 1] is '-' or '\u2014' or '\u2013')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A news site's name written as its domain: one word, a period and a two- or three-letter ending
    /// (<c>Acmenews.net</c>, <c>PanExample.Net</c>).</summary>
    private static bool IsSiteName(ReadOnlySpan<char> s)
    {
        int dot = s.LastIndexOf('.');
        if (dot < DatelineRules.MinSiteNameLength || s.Length - dot - 1 is < 2 or > 3 || !char.IsUpper(s[0]))
        {
            return false;
        }

        foreach (char c in s)
        {
            if (!(char.IsLetterOrDigit(c) || c is '.' or '-'))
            {
                return false;
            }
        }

        return CharScan.ContainsLetter(s[(dot + 1)..]) && char.IsLetter(s[dot + 1]);
    }

    /// <summary>Whether a sentence starts at <paramref name="p"/>: a capital and a lower-case letter ("Markets"), or
    /// an opening quotation mark; not a word in capitals ("CONFIRMS").</summary>
    internal static bool ProseStartsAt(string text, int p, int limit) =>
        p + 1 < limit && ((char.IsUpper(text[p]) && char.IsLower(text[p + 1])) || text[p] is '"' or '\u201C');

    /// <summary>The agency named in the parentheses that open at <paramref name="open"/> ("(Reuters)"), and where
    /// they close; <see langword="null"/> when the parentheses hold no known agency.</summary>
    private static string? ParenthesizedAgency(string text, int open, int limit, out int end)
    {
        int close = text.AsSpan(open, Math.Min(DatelineRules.MaxAgencyLength, limit - open)).IndexOf(')');
        end = open + close + 1;
        return close > 1 ? Agencies.Normalize(text.AsSpan(open + 1, close - 1)) : null;
    }
}
