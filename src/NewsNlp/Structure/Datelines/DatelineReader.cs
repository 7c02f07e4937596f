namespace NewsNlp;

/// <summary>Reads one dateline candidate at a token of a head line: the city, comma-separated region and date,
/// the agency in parentheses, the dash, and what the gazetteer knows of the places. Whether the candidate is a
/// dateline is <see cref="DatelineDecision"/>'s call.</summary>
/// <remarks>Words are the text layer's tokens (see <see cref="DatelinePlaceWords"/>); the marks between them
/// (commas, parentheses, dashes) are read as characters. A read looks at most
/// <see cref="DatelineRules.MaxDatelineLength"/> characters.</remarks>
internal static class DatelineReader
{
    /// <summary>Reads the candidate that starts at token <paramref name="token"/> of <paramref name="line"/>.</summary>
    /// <param name="article">The text layer.</param>
    /// <param name="line">The line the token is on.</param>
    /// <param name="token">The index of the token the city would start with.</param>
    /// <param name="atLineStart">Whether the token starts the line (rather than following site noise).</param>
    /// <param name="candidate">What was read.</param>
    /// <returns>Whether a city, the optional parts and a dash were read.</returns>
    public static bool TryRead(ArticleText article, TextLine line, int token, bool atLineStart, out DatelineCandidate candidate)
    {
        candidate = default;
        string text = article.Text;
        int start = article.Tokens[token].Start;
        int limit = Math.Min(text.Length, start + DatelineRules.MaxDatelineLength);

        // 1. The city: one to five words, all in capitals (TAIPEI, SALT LAKE CITY, ST. LOUIS, KING OF PRUSSIA)
        //    or capitalized (Taipei, King of Prussia).
        if (!DatelinePlaceWords.ReadCity(article, token, Math.Min(limit, line.End), out int cityEnd, out int cityWords, out bool allCaps))
        {
            return false;
        }

        int p = cityEnd;
        int regionStart = -1, regionEnd = -1, dateStart = -1, dateEnd = -1;
        bool dateWithoutComma = false;
        bool secondRegion = false;

        // 2. Comma-separated region and date: ", Taiwan", ", Mass., March 4", ", June 14".
        for (int part = 0; part < DatelineRules.MaxCommaParts && p < limit; part++)
        {
            if (text[p] == ' ' && p + 1 < limit && text[p + 1] == ',')
            {
                p++; // "OAKLAND , N.J."
            }

            if (text[p] == ',')
            {
                int q = SkipInlineSpace(text, p + 1, limit);
                if (q >= limit)
                {
                    return false;
                }

                if (IsDashAt(text, q, limit, out _))
                {
                    p = q; // stray comma before the dash: "CHICAGO, March 4, -"
                    break;
                }

                if (dateStart < 0 && DatelineDates.Read(article, q, limit, out int de))
                {
                    dateStart = q;
                    dateEnd = de;
                    p = de;
                    continue;
                }

                if (regionStart < 0 && dateStart < 0 && DatelinePlaceWords.ReadRegion(article, q, limit, out int re))
                {
                    regionStart = q;
                    regionEnd = re;
                    p = re;
                    continue;
                }

                // A country after the state: "Washington, DC, United States".
                if (regionStart >= 0 && !secondRegion && dateStart < 0 && DatelinePlaceWords.ReadRegion(article, q, limit, out re)
                    && PlaceIndex.Default.TryGetRegion(text.AsSpan(q, re - q), out _))
                {
                    secondRegion = true;
                    p = re;
                    continue;
                }

                return false;
            }

            if (text[p] is ' ' or '.' && dateStart < 0 && p + 1 < limit && (text[p + 1] == ' ' || text[p] == ' ') && (regionStart >= 0 || allCaps))
            {
                // "RICHMOND, Va. Feb 26 -", "LOS ANGELES Sept. 13, 2004 -", "MOSCOW. Oct 5 (Interfax) -": a date
                // after the city or region without a comma.
                int q = SkipInlineSpace(text, text[p] == '.' ? p + 1 : p, limit);
                if (q < limit && char.IsLetter(text[q]) && DatelineDates.Read(article, q, limit, out int de) && !DatelineWords.IsWeekday(text.AsSpan(q, de - q)))
                {
                    dateWithoutComma = regionStart < 0;
                    dateStart = q;
                    dateEnd = de;
                    p = de;
                    continue;
                }
            }

            break;
        }

        // A second city after a slash: "SURABAYA, Indonesia/JAKARTA (Reuters) -".
        if (p + 1 < limit && text[p] == '/' && char.IsUpper(text[p + 1]) && DatelinePlaceWords.TokenStartingAt(article, p + 1) is var second and >= 0
            && DatelinePlaceWords.ReadCity(article, second, limit, out int secondEnd, out _, out bool secondCaps) && secondCaps == allCaps)
        {
            p = secondEnd;
        }

        // 3. The agency in parentheses: (AP), (Reuters), (CNN Business), (WJW).
        string? agency = null;
        bool agencyKnown = false;
        int afterSpace = SkipInlineSpace(text, p, limit);
        if (afterSpace < limit && text[afterSpace] == '(')
        {
            int close = text.AsSpan(afterSpace, Math.Min(DatelineRules.MaxAgencyLength, limit - afterSpace)).IndexOf(')');
            if (close < 0)
            {
                return false;
            }

            ReadOnlySpan<char> inside = text.AsSpan(afterSpace + 1, close - 1).Trim();
            agency = Agencies.Normalize(inside);
            agencyKnown = agency is not null;
            agency ??= IsStationCode(inside) ? inside.ToString() : null;
            if (agency is null && allCaps && IsSourceName(inside))
            {
                // Any short source name after a city in capitals: (Ticker), (CBS.MW), (CNN/Money), (Sports Network).
                int slash = inside.IndexOf('/');
                agency = (slash > 0 ? Agencies.Normalize(inside[..slash]) : null) ?? inside.ToString();
            }

            if (agency is null)
            {
                return false;
            }

            p = afterSpace + close + 1;
            afterSpace = SkipInlineSpace(text, p, limit);
        }

        // 4. The dash (—, –, --, -) or, for a capitalized city at a line start, a colon; or nothing, the place alone on
        //    its line.
        bool colon = false;
        bool lineAlone = false;
        int dashEnd;
        if (afterSpace < limit && IsDashAt(text, afterSpace, limit, out dashEnd))
        {
            // A lone hyphen must stand apart from a word: "NEW YORK, March 3 - ", "(AP)-The", "Feb 26-", not
            // "LONDON-based" or "N.J.-based".
            if (text[afterSpace] == '-' && dashEnd == afterSpace + 1 && afterSpace == p && text[p - 1] != ')'
                && (char.IsLetter(text[afterSpace - 1]) || (dashEnd < text.Length && char.IsLetter(text[dashEnd]))))
            {
                return false;
            }
        }
        else if (afterSpace < limit && text[afterSpace] == ':' && afterSpace - p <= 1 && (allCaps || regionStart >= 0) && atLineStart && agency is null)
        {
            colon = true;
            dashEnd = afterSpace + 1;
        }
        else if (atLineStart && agency is null && dateStart < 0 && IsLineEnd(text, afterSpace, line) && BodyBelow(article, line))
        {
            // The place alone on its line, the body below: "Pittsburgh" / "BAAR, SWITZERLAND", then a paragraph.
            lineAlone = true;
            afterSpace = p;
            dashEnd = p;
        }
        else if (agencyKnown && afterSpace > p && DatelineOpener.ProseStartsAt(text, afterSpace, limit))
        {
            // No dash after a known agency, a sentence's first word next: "Hong Kong (CNN Business) Markets fell", not
            // "CANADIAN PACIFIC (CP) CONFIRMS EARNINGS".
            afterSpace = p;
            dashEnd = p;
        }
        else
        {
            return false;
        }

        // The dateline is followed by the body (or the end of the text), not by more punctuation or digits.
        if (dashEnd < text.Length)
        {
            char next = text[dashEnd];
            if (!(char.IsWhiteSpace(next) || char.IsLetter(next) || next is '"' or '\u201C' or '\'' or '\u2018'))
            {
                return false;
            }
        }

        // 5. Resolve the places.
        ReadOnlySpan<char> cityText = text.AsSpan(start, cityEnd - start);
        var gazetteer = PlaceIndex.Default;
        bool cityKnown = gazetteer.TryGetCity(cityText, out PlaceCity city);
        string? regionName = null;
        string? country = null;
        bool regionKnown = false;
        if (regionStart >= 0)
        {
            ReadOnlySpan<char> regionText = text.AsSpan(regionStart, regionEnd - regionStart);
            if (gazetteer.TryGetRegion(regionText, out PlaceRegion region))
            {
                regionKnown = true;
                country = region.Country;
                bool abbreviated = regionText.Contains('.') || (regionText.Length <= 3 && CharScan.IsAllCaps(regionText));
                regionName = abbreviated || CharScan.IsAllCaps(regionText) ? region.Name : regionText.ToString();
                if (region.Name == "Georgia" && !abbreviated && cityKnown && city.Country == "GE")
                {
                    country = "GE";
                }
            }
            else
            {
                regionName = allCaps && CharScan.IsAllCaps(regionText) ? NameCasing.TitleCase(regionText) : regionText.ToString();
            }
        }

        if (country is null && cityKnown && (regionStart < 0 || !regionKnown))
        {
            country = city.Country;
        }

        candidate = new DatelineCandidate
        {
            Start = start,
            CityEnd = cityEnd,
            CityWords = cityWords,
            AllCaps = allCaps,
            AtLineStart = atLineStart,
            CityKnown = cityKnown,
            City = city,
            NotCity = IsNotCity(cityText),
            RegionStart = regionStart,
            RegionEnd = regionEnd,
            RegionKnown = regionKnown,
            RegionName = regionName,
            Country = country,
            DateStart = dateStart,
            DateEnd = dateEnd,
            DateWithoutComma = dateWithoutComma,
            Agency = agency,
            AgencyKnown = agencyKnown,
            Colon = colon,
            LineAlone = lineAlone,
            DashStart = afterSpace,
            DashEnd = dashEnd,
        };
        return true;
    }

    /// <summary>Whether only space is left of <paramref name="line"/> from <paramref name="i"/>.</summary>
    private static bool IsLineEnd(string text, int i, TextLine line) => i >= line.End || text.AsSpan(i, line.End - i).IsWhiteSpace();

    /// <summary>Whether a blank line and then body prose follow <paramref name="line"/> (<see cref="DatelineLocator.LooksLikeBody"/>).</summary>
    private static bool BodyBelow(ArticleText article, TextLine line)
    {
        int n = article.LineAt(line.Start);
        if (n < 0 || n + 1 >= article.Lines.Length || !article.Lines[n + 1].BlankBefore)
        {
            return false;
        }

        TextLine next = article.Lines[n + 1];
        return DatelineLocator.LooksLikeBody(article, next, article.TokenAt(next.Start));
    }

    /// <summary>Whether the city's first word starts no city (<c>UPDATE</c>, <c>NASA</c>), unless the gazetteer knows
    /// the whole name as a city (<c>Home Hill</c>).</summary>
    private static bool IsNotCity(ReadOnlySpan<char> city)
    {
        int space = city.IndexOf(' ');
        ReadOnlySpan<char> first = space < 0 ? city : city[..space];
        first = first.TrimEnd('.');
        return DatelineWords.IsNotCity(first) && !(space > 0 && PlaceIndex.Default.TryGetCity(city, out _));
    }

    /// <summary>Whether a dash starts at <paramref name="p"/>: an em, en, figure or horizontal-bar dash (doubled
    /// or not), or one or two hyphens.</summary>
    internal static bool IsDashAt(string text, int p, int limit, out int end)
    {
        end = p;
        if (p >= limit)
        {
            return false;
        }

        char c = text[p];
        if (c is '\u2014' or '\u2013' or '\u2015' or '\u2012')
        {
            end = p + 1;
            if (end < limit && text[end] is '\u2014' or '\u2013')
            {
                end++;
            }

            return true;
        }

        if (c == '-')
        {
            end = p + 1;
            if (end < limit && text[end] == '-')
            {
                end++;
            }

            return true;
        }

        return false;
    }

    /// <summary>A short source name: one to four words, the first capitalized or a domain (newratings.com),
    /// letters with . / - &amp; only.</summary>
    private static bool IsSourceName(ReadOnlySpan<char> s)
    {
        if (s.Length is < DatelineRules.MinSourceNameLength or > DatelineRules.MaxSourceNameLength || !char.IsLetter(s[0]))
        {
            return false;
        }

        int words = 1;
        bool upper = false;
        foreach (char c in s)
        {
            if (c == ' ')
            {
                words++;
            }
            else if (!(char.IsLetter(c) || c is '.' or '/' or '-' or '&'))
            {
                return false;
            }

            upper |= char.IsUpper(c);
        }

        return words <= DatelineRules.MaxSourceNameWords && (upper || s.Contains('.'));
    }

    /// <summary>A broadcaster's call sign: three to six capitals (<c>WJW</c>, <c>KTVU</c>).</summary>
    private static bool IsStationCode(ReadOnlySpan<char> s)
    {
        if (s.Length is < DatelineRules.MinStationCodeLength or > DatelineRules.MaxStationCodeLength)
        {
            return false;
        }

        foreach (char c in s)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Spaces and tabs within a line (no line break).</summary>
    internal static bool IsInlineSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u2009' or '\u202F';

    /// <summary>The first position at or after <paramref name="p"/> that is no inline space (see <see cref="IsInlineSpace"/>).</summary>
    internal static int SkipInlineSpace(string text, int p, int end)
    {
        while (p < end && IsInlineSpace(text[p]))
        {
            p++;
        }

        return p;
    }
}
