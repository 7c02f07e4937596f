using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace NewsNlp;

/// <summary>Finds the dateline that opens a wire story (<c>TAIPEI, Taiwan (AP) —</c>,
/// <c>BEIJING, June 14 (Reuters) -</c>, <c>WASHINGTON —</c>) in raw text.</summary>
/// <remarks>Only the head of the article is searched: the first lines, until the body has clearly begun,
/// at a line start or (for a capitalized city with an agency, date or known region) after site noise on the
/// same line. Every attempt reads at most <see cref="MaxDatelineLength"/> characters, so the work is linear
/// in the head and bounded whatever the input.</remarks>
internal static class DatelineParser
{
    /// <summary>The longest dateline accepted, dash included.</summary>
    public const int MaxDatelineLength = 160;

    private const int MaxHeadLines = 12;
    private const int MaxHeadChars = 6000;
    private const int MaxMidLineOffset = 240;
    private const int MaxCityWords = 5;
    private const int MaxCityLength = 48;
    private const int MaxRegionWords = 4;

    private static readonly SearchValues<char> s_noiseEnd = SearchValues.Create(":|•·>»›])*");

    private static readonly FrozenSet<string> s_connectors = FrozenSet.Create(StringComparer.Ordinal,
        "of", "de", "du", "des", "la", "le", "les", "el", "al", "on", "upon", "am", "an", "der", "den", "sur",
        "y", "da", "do", "dos", "das", "del", "di", "van", "von", "and", "en", "im", "in", "under", "by", "the");

    private static readonly FrozenSet<string> s_notCities = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "update", "updated", "breaking", "exclusive", "watch", "video", "videos", "photo", "photos", "live", "opinion",
        "analysis", "editorial", "review", "corrected", "correction", "factbox", "interview", "column", "commentary",
        "note", "editor", "editors", "urgent", "flash", "alert", "special", "advisory", "refile", "rpt", "feature",
        "poll", "news", "sports", "sport", "business", "world", "home", "menu", "search", "share", "advertisement",
        "topics", "more", "read", "related", "nasa", "fbi", "cia", "the", "a", "an", "ap", "reuters", "afp", "by",
        "published", "posted", "file", "warning", "summary", "text", "transcript", "bulletin", "latest",
        "today", "yesterday", "tomorrow", "now", "here", "this", "that", "it", "he", "she", "they", "we", "i", "you",
        "mr", "mrs", "ms", "dr", "sir", "lord", "president", "police", "officials", "sources", "source", "image",
        "images", "credit", "caption", "getty", "listen", "subscribe", "sign", "follow", "comments", "tags", "contents",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "story", "stories", "next",
        "previous", "top", "back", "skip", "main", "section", "page", "click", "email", "print", "tweet", "and", "or",
        "but", "if", "so", "as", "at", "in", "on", "for", "with", "from", "to", "of", "after", "before", "when", "while",
        "am", "pm", "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "et", "bst", "cet", "ist");

    private static readonly FrozenSet<string> s_cityAbbreviations = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "St.", "Ste.", "Ft.", "Mt.", "Pt.", "Pte.", "Gen.", "Sta.", "Sto.");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_cityAbbreviationLookup =
        s_cityAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, int> s_months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["January"] = 1, ["Jan"] = 1, ["February"] = 2, ["Feb"] = 2, ["March"] = 3, ["Mar"] = 3, ["April"] = 4, ["Apr"] = 4,
        ["May"] = 5, ["June"] = 6, ["Jun"] = 6, ["July"] = 7, ["Jul"] = 7, ["August"] = 8, ["Aug"] = 8,
        ["September"] = 9, ["Sept"] = 9, ["Sep"] = 9, ["October"] = 10, ["Oct"] = 10, ["November"] = 11, ["Nov"] = 11,
        ["December"] = 12, ["Dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_monthLookup =
        s_months.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> s_weekdays = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_weekdayLookup =
        s_weekdays.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_connectorLookup =
        s_connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_notCityLookup =
        s_notCities.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Finds the dateline of <paramref name="text"/>, or returns <see langword="null"/>.</summary>
    public static Dateline? Find(string text)
    {
        int pos = 0;
        int lines = 0;
        int bodyLines = 0;
        int headLimit = Math.Min(text.Length, MaxHeadChars);
        while (pos < headLimit && lines < MaxHeadLines)
        {
            int nl = text.IndexOf('\n', pos);
            int lineEnd = nl < 0 ? text.Length : nl;
            int start = SkipSpace(text, pos, lineEnd);
            int end = TrimEnd(text, start, lineEnd);
            pos = lineEnd + 1;
            if (start >= end)
            {
                continue;
            }

            lines++;
            Dateline? found = TryAt(text, start, end, atLineStart: true);
            if (found is not null)
            {
                return found;
            }

            int limit = Math.Min(end, start + MaxMidLineOffset);
            for (int i = start + 2; i < limit; i++)
            {
                if (IsMidLineCandidate(text, start, i))
                {
                    found = TryAt(text, i, end, atLineStart: false);
                    if (found is not null)
                    {
                        return found;
                    }
                }
            }

            if (LooksLikeBody(text, start, end))
            {
                bodyLines++;
                if (bodyLines >= 2 || end - start >= 400)
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>A position after site noise on the same line: a capital letter after a space, after a colon,
    /// bar, bullet or similar mark (<c>Desk: TAIPEI</c>, <c>Home | WASHINGTON</c>).</summary>
    private static bool IsMidLineCandidate(string text, int lineStart, int i)
    {
        if (!char.IsUpper(text[i]) || !IsSpace(text[i - 1]))
        {
            return false;
        }

        int j = i - 1;
        while (j > lineStart && IsSpace(text[j]))
        {
            j--;
        }

        return s_noiseEnd.Contains(text[j]) || char.IsDigit(text[j]);
    }

    /// <summary>A line that reads as body prose: long, or a full sentence of many words.</summary>
    internal static bool LooksLikeBody(string text, int start, int end)
    {
        int length = end - start;
        if (length >= 160)
        {
            return true;
        }

        char last = text[end - 1];
        bool sentenceEnd = last is '.' or '?' or '!' or '"' or '\u201D' or '\'' or '\u2019';
        return sentenceEnd && CountWords(text.AsSpan(start, length)) >= 10;
    }

    private static int CountWords(ReadOnlySpan<char> s)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in s)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                words++;
            }

            inWord = !space;
        }

        return words;
    }

    /// <summary>Tries to read a dateline starting exactly at <paramref name="start"/>, within the line ending at <paramref name="lineEnd"/>.</summary>
    internal static Dateline? TryAt(string text, int start, int lineEnd, bool atLineStart)
    {
        int limit = Math.Min(text.Length, start + MaxDatelineLength);
        int p = start;

        // 1. The city: one to five words, all in capitals (TAIPEI, SALT LAKE CITY, ST. LOUIS, KING OF PRUSSIA)
        //    or capitalized (Taipei, King of Prussia).
        if (!ReadCity(text, ref p, Math.Min(limit, lineEnd), out int cityEnd, out bool allCaps))
        {
            return null;
        }

        ReadOnlySpan<char> cityText = text.AsSpan(start, cityEnd - start);
        bool allCapsCity = allCaps;
        int regionStart = -1, regionEnd = -1, dateStart = -1, dateEnd = -1;
        string? agency = null;
        bool agencyKnown = false;
        bool dateWithoutComma = false;

        // 2. Comma-separated region and date: ", Taiwan", ", Mass., March 4", ", June 14".
        for (int segment = 0; segment < 3 && p < limit; segment++)
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
                    return null;
                }

                if (IsDashAt(text, q, limit, out _))
                {
                    p = q; // stray comma before the dash: "CHICAGO, March 4, -"
                    break;
                }

                if (dateStart < 0 && ReadDate(text, q, limit, out int de))
                {
                    dateStart = q;
                    dateEnd = de;
                    p = de;
                    continue;
                }

                if (regionStart < 0 && dateStart < 0 && ReadRegion(text, q, limit, out int re))
                {
                    regionStart = q;
                    regionEnd = re;
                    p = re;
                    continue;
                }

                return null;
            }

            if (text[p] is ' ' or '.' && dateStart < 0 && p + 1 < limit && (text[p + 1] == ' ' || text[p] == ' ') && (regionStart >= 0 || allCapsCity))
            {
                // "RICHMOND, Va. Feb 26 -", "LOS ANGELES Sept. 13, 2004 -", "MOSCOW. Oct 5 (Interfax) -": a date
                // after the city or region without a comma.
                int q = SkipInlineSpace(text, text[p] == '.' ? p + 1 : p, limit);
                if (q < limit && char.IsLetter(text[q]) && ReadDate(text, q, limit, out int de) && !s_weekdayLookup.Contains(text.AsSpan(q, de - q)))
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

        // 3. The agency in parentheses: (AP), (Reuters), (CNN Business), (WJW).
        int afterSpace = SkipInlineSpace(text, p, limit);
        if (afterSpace < limit && text[afterSpace] == '(')
        {
            int close = text.AsSpan(afterSpace, Math.Min(40, limit - afterSpace)).IndexOf(')');
            if (close < 0)
            {
                return null;
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
                return null;
            }

            p = afterSpace + close + 1;
            afterSpace = SkipInlineSpace(text, p, limit);
        }

        // 4. The dash (—, –, --, -) or, for a capitalized city at a line start, a colon.
        bool colon = false;
        int dashEnd;
        if (afterSpace < limit && IsDashAt(text, afterSpace, limit, out dashEnd))
        {
            // A lone hyphen must stand apart from a word: "NEW YORK, March 3 - ", "(AP)-The", "Feb 26-", not
            // "LONDON-based" or "N.J.-based".
            if (text[afterSpace] == '-' && dashEnd == afterSpace + 1 && afterSpace == p && text[p - 1] != ')'
                && (char.IsLetter(text[afterSpace - 1]) || (dashEnd < text.Length && char.IsLetter(text[dashEnd]))))
            {
                return null;
            }
        }
        else if (afterSpace < limit && text[afterSpace] == ':' && afterSpace - p <= 1 && allCaps && atLineStart && agency is null)
        {
            colon = true;
            dashEnd = afterSpace + 1;
        }
        else
        {
            return null;
        }

        // The dateline is followed by the body (or the end of the text), not by more punctuation or digits.
        if (dashEnd < text.Length)
        {
            char next = text[dashEnd];
            if (!(char.IsWhiteSpace(next) || char.IsLetter(next) || next is '"' or '\u201C' or '\'' or '\u2018'))
            {
                return null;
            }
        }

        // 5. Resolve the places and decide.
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
                bool abbreviated = regionText.Contains('.') || (regionText.Length <= 3 && IsAllCaps(regionText));
                regionName = abbreviated || IsAllCaps(regionText) ? region.Name : regionText.ToString();
                if (region.Name == "Georgia" && !abbreviated && cityKnown && city.Country == "GE")
                {
                    country = "GE";
                }
            }
            else
            {
                regionName = allCaps && IsAllCaps(regionText) ? TitleCase(regionText) : regionText.ToString();
            }
        }

        if (country is null && cityKnown && (regionStart < 0 || !regionKnown))
        {
            country = city.Country;
        }

        bool hasDate = dateStart >= 0;
        if (dateWithoutComma && !cityKnown)
        {
            return null; // "ROTTERDAM PORT SUBSIDY TO END JULY 1 -" is a headline
        }

        if (!allCaps && agency is not null && !agencyKnown && !cityKnown)
        {
            return null; // "Evans and Sutherland Computer Corp (ESCC) -" is a company and its ticker
        }

        bool strong = agency is not null || hasDate || regionKnown;
        if (!Accept(text, cityText, allCaps, atLineStart, colon, strong, cityKnown, regionKnown, hasDate, agency is not null, regionStart >= 0, afterSpace, dashEnd))
        {
            return null;
        }

        string cityName = allCaps
            ? (cityKnown && city.Name.Length == cityText.Length ? city.Name : TitleCase(cityText))
            : cityText.ToString();
        string? date = hasDate ? text[dateStart..dateEnd] : null;
        return new Dateline(text[start..dashEnd], TextSpan.FromBounds(start, dashEnd), cityName, regionName, country, agency, date);
    }

    private static bool Accept(string text, ReadOnlySpan<char> city, bool allCaps, bool atLineStart, bool colon, bool strong,
        bool cityKnown, bool regionKnown, bool hasDate, bool hasAgency, bool hasRegion, int dashStart, int dashEnd)
    {
        if (IsNotCity(city))
        {
            return false;
        }

        if (allCaps)
        {
            if (colon)
            {
                return cityKnown && !hasRegion && !hasDate;
            }

            if (!atLineStart && !strong)
            {
                return false;
            }

            if (strong)
            {
                return true;
            }

            // "NASA —", "FBI —": a short acronym that no gazetteer knows is no city.
            if (!cityKnown && city.Length <= 4 && !city.Contains(' '))
            {
                return false;
            }

            // A known city, or up to three words with prose after the dash on the same line ("SMALLVILLE — The");
            // a capitalized headline ending in a dash ("ECONOMIC SPOTLIGHT -") is neither.
            return BodyFollows(text, dashEnd) && (cityKnown || CountWords(city) <= 3);
        }

        // Capitalized city: the evidence must be stronger, since ordinary sentences start that way.
        if (hasAgency)
        {
            return true;
        }

        if (!atLineStart)
        {
            return false;
        }

        if (regionKnown && (cityKnown || hasDate))
        {
            return true;
        }

        if (hasDate && cityKnown)
        {
            return true;
        }

        // "Taipei —": a known city, nothing else, and a real dash (not a hyphen).
        return !hasRegion && cityKnown && text[dashStart] is '\u2014' or '\u2013' or '\u2015';
    }

    /// <summary>Whether body prose (a lower-case letter) follows on the same line, within a few words.</summary>
    private static bool BodyFollows(string text, int from)
    {
        int end = Math.Min(text.Length, from + 80);
        for (int i = from; i < end && text[i] != '\n'; i++)
        {
            if (char.IsLower(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNotCity(ReadOnlySpan<char> city)
    {
        int space = city.IndexOf(' ');
        ReadOnlySpan<char> first = space < 0 ? city : city[..space];
        first = first.TrimEnd('.');
        return s_notCityLookup.Contains(first) && !(space > 0 && PlaceIndex.Default.TryGetCity(city, out _));
    }

    /// <summary>Reads the city words. Each word is letters with inner hyphens, apostrophes or periods
    /// (WINSTON-SALEM, O'FALLON, ST.); words are joined by one space; lower-case connectors (of, de, la)
    /// may join capitalized words.</summary>
    private static bool ReadCity(string text, ref int p, int limit, out int cityEnd, out bool allCaps)
    {
        cityEnd = p;
        allCaps = false;
        int words = 0;
        int pos = p;
        bool caps = false;
        while (pos < limit && words < MaxCityWords)
        {
            int ws = pos;
            if (!char.IsLetter(text[pos]))
            {
                break;
            }

            int we = ReadWord(text, pos, limit);
            ReadOnlySpan<char> word = text.AsSpan(ws, we - ws);
            bool connector = words > 0 && char.IsLower(word[0]) && s_connectorLookup.Contains(word);
            if (words == 0)
            {
                if (!char.IsUpper(word[0]))
                {
                    return false;
                }

                caps = IsAllCaps(word) && CountLetters(word) >= 2;
            }
            else if (!connector)
            {
                if (!char.IsUpper(word[0]) || (caps && !IsAllCaps(word)))
                {
                    break;
                }
            }
            else if (caps && !IsAllCaps(word))
            {
                break;
            }

            if (word[^1] == '.')
            {
                // Only Saint/Fort/Mount abbreviations followed by another word end in a period (ST. LOUIS, FT. WORTH).
                if (!s_cityAbbreviationLookup.Contains(word) || we + 1 >= limit || text[we] != ' ' || !char.IsUpper(text[we + 1]))
                {
                    break;
                }
            }
            else if (word.Contains('.'))
            {
                break; // U.S. is no city
            }

            words++;
            if (!connector)
            {
                cityEnd = we;
            }

            pos = we;
            if (pos + 1 < limit && text[pos] == ' ' && char.IsLetter(text[pos + 1]))
            {
                pos++;
                continue;
            }

            break;
        }

        if (cityEnd == p || cityEnd - p > MaxCityLength)
        {
            return false;
        }

        allCaps = caps;
        p = cityEnd;
        return true;
    }

    private static int ReadWord(string text, int pos, int limit)
    {
        int i = pos;
        while (i < limit)
        {
            char c = text[i];
            if (char.IsLetter(c))
            {
                i++;
            }
            else if ((c is '-' or '\'' or '\u2019') && i + 1 < limit && char.IsLetter(text[i + 1]) && i > pos)
            {
                i++;
            }
            else if (c == '.' && i > pos)
            {
                i++;
                if (i < limit && char.IsLetter(text[i]))
                {
                    continue; // D.C., N.J.
                }

                break;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>Reads a region: capitalized words or dotted abbreviations (Taiwan, Mass., N.J., British Columbia, KY).</summary>
    private static bool ReadRegion(string text, int p, int limit, out int end)
    {
        end = p;
        int words = 0;
        int pos = p;
        while (pos < limit && words < MaxRegionWords && char.IsLetter(text[pos]))
        {
            int we = ReadWord(text, pos, limit);
            ReadOnlySpan<char> word = text.AsSpan(pos, we - pos);
            bool connector = words > 0 && char.IsLower(word[0]) && s_connectorLookup.Contains(word);
            if (!connector && !char.IsUpper(word[0]))
            {
                break;
            }

            if (words > 0 && s_monthLookup.ContainsKey(word.TrimEnd('.')))
            {
                break;
            }

            words++;
            if (!connector)
            {
                end = we;
            }

            pos = we;
            if (pos + 1 < limit && text[pos] == ' ' && char.IsLetter(text[pos + 1]))
            {
                pos++;
                continue;
            }

            break;
        }

        return end > p;
    }

    /// <summary>Reads a date as datelines write it: June 14, Jan. 5, 2 March, MARCH 11, Monday.</summary>
    private static bool ReadDate(string text, int p, int limit, out int end)
    {
        end = p;
        if (p >= limit)
        {
            return false;
        }

        if (char.IsDigit(text[p]))
        {
            int d = ReadDay(text, p, limit);
            if (d < 0 || d >= limit || text[d] != ' ')
            {
                return false;
            }

            int m = d + 1;
            int me = ReadLetters(text, m, limit);
            if (me == m || !s_monthLookup.ContainsKey(text.AsSpan(m, me - m)))
            {
                return false;
            }

            end = me;
            return true;
        }

        int we = ReadLetters(text, p, limit);
        if (we == p)
        {
            return false;
        }

        ReadOnlySpan<char> word = text.AsSpan(p, we - p);
        if (s_weekdayLookup.Contains(word))
        {
            end = we;
            return true;
        }

        if (!s_monthLookup.ContainsKey(word))
        {
            return false;
        }

        int q = we;
        if (q < limit && text[q] == '.')
        {
            q++;
        }

        int spaces = 0;
        while (q < limit && text[q] == ' ' && spaces < 2)
        {
            q++;
            spaces++;
        }

        if (spaces == 0)
        {
            return false;
        }

        int dayEnd = ReadDay(text, q, limit);
        if (dayEnd < 0)
        {
            return false;
        }

        end = dayEnd;

        // An optional year: "June 14, 2023".
        if (end + 6 <= limit && text[end] == ',' && text[end + 1] == ' ' && char.IsDigit(text[end + 2]) && char.IsDigit(text[end + 3])
            && char.IsDigit(text[end + 4]) && char.IsDigit(text[end + 5]) && (end + 6 == limit || !char.IsDigit(text[end + 6])))
        {
            end += 6;
        }

        return true;
    }

    private static int ReadDay(string text, int p, int limit)
    {
        int i = p;
        while (i < limit && i - p < 2 && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i == p || (i < limit && char.IsAsciiDigit(text[i])))
        {
            return -1;
        }

        int day = text[p] - '0';
        if (i - p == 2)
        {
            day = (day * 10) + (text[p + 1] - '0');
        }

        if (day is < 1 or > 31)
        {
            return -1;
        }

        // Ordinal suffixes: "June 14th".
        if (i + 2 <= limit && text.AsSpan(i, 2) is "st" or "nd" or "rd" or "th")
        {
            i += 2;
        }

        return i;
    }

    private static int ReadLetters(string text, int p, int limit)
    {
        int i = p;
        while (i < limit && char.IsLetter(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsDashAt(string text, int p, int limit, out int end)
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
        if (s.Length is < 2 or > 30 || !char.IsLetter(s[0]))
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

        return words <= 4 && (upper || s.Contains('.'));
    }

    private static bool IsStationCode(ReadOnlySpan<char> s)
    {
        if (s.Length is < 3 or > 6)
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

    internal static bool IsAllCaps(ReadOnlySpan<char> s)
    {
        bool any = false;
        foreach (char c in s)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            any |= char.IsUpper(c);
        }

        return any;
    }

    private static int CountLetters(ReadOnlySpan<char> s)
    {
        int n = 0;
        foreach (char c in s)
        {
            if (char.IsLetter(c))
            {
                n++;
            }
        }

        return n;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u2009' or '\u202F';

    private static int SkipSpace(string text, int p, int end)
    {
        while (p < end && char.IsWhiteSpace(text[p]))
        {
            p++;
        }

        return p;
    }

    private static int SkipInlineSpace(string text, int p, int end)
    {
        while (p < end && IsSpace(text[p]))
        {
            p++;
        }

        return p;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>Title-cases a name written in capitals: SALT LAKE CITY → Salt Lake City, WINSTON-SALEM →
    /// Winston-Salem, KING OF PRUSSIA → King of Prussia, O'FALLON → O'Fallon, ST. LOUIS → St. Louis.</summary>
    internal static string TitleCase(ReadOnlySpan<char> s)
    {
        var sb = new StringBuilder(s.Length);
        Span<char> lowerBuffer = stackalloc char[64];
        int wordStart = 0;
        for (int i = 0; i <= s.Length; i++)
        {
            if (i < s.Length && s[i] != ' ')
            {
                continue;
            }

            ReadOnlySpan<char> word = s[wordStart..i];
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            Span<char> lower = lowerBuffer[..Math.Min(word.Length, lowerBuffer.Length)];
            int n = word[..lower.Length].ToLowerInvariant(lower);
            if (wordStart > 0 && s_connectorLookup.Contains(lower[..n]))
            {
                sb.Append(lower[..n]);
            }
            else
            {
                bool upperNext = true;
                for (int k = 0; k < word.Length; k++)
                {
                    char c = word[k];
                    sb.Append(upperNext ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
                    upperNext = c is '-' || ((c is '\'' or '\u2019') && k == 1);
                }
            }

            wordStart = i + 1;
        }

        return sb.ToString();
    }
}
