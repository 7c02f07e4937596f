namespace NewsNlp;

/// <summary>Reads the date of a dateline as wire copy writes it: <c>June 14</c>, <c>Jan. 5</c>, <c>2 March</c>,
/// <c>MARCH 11</c>, <c>June 14th</c>, <c>June 14, 2023</c>, <c>Monday</c>.</summary>
/// <remarks>The month or weekday is the letters of a token; a day is one or two digits.</remarks>
internal static class DatelineDates
{
    /// <summary>Reads a date that starts at <paramref name="p"/>, within <paramref name="limit"/>.</summary>
    /// <param name="article">The text layer.</param>
    /// <param name="p">Where the date would start.</param>
    /// <param name="limit">Where reading stops.</param>
    /// <param name="end">Where the date ends.</param>
    /// <returns>Whether a date was read.</returns>
    public static bool Read(ArticleText article, int p, int limit, out int end)
    {
        string text = article.Text;
        end = p;
        if (p >= limit || DatelinePlaceWords.TokenStartingAt(article, p) < 0)
        {
            return false;
        }

        if (char.IsDigit(text[p]))
        {
            // Day first: "2 March".
            int d = ReadDay(text, p, limit);
            if (d < 0 || d >= limit || text[d] != ' ')
            {
                return false;
            }

            int me = LettersEnd(article, d + 1, limit);
            if (me == d + 1 || !DatelineWords.IsMonth(text.AsSpan(d + 1, me - d - 1)))
            {
                return false;
            }

            end = me;
            return true;
        }

        int we = LettersEnd(article, p, limit);
        if (we == p)
        {
            return false;
        }

        ReadOnlySpan<char> word = text.AsSpan(p, we - p);
        if (DatelineWords.IsWeekday(word))
        {
            end = we;
            return true;
        }

        if (!DatelineWords.IsMonth(word))
        {
            return false;
        }

        // Month first: "June 14", "Jan. 5", "Feb  26".
        int q = we;
        if (q < limit && text[q] == '.')
        {
            q++;
        }

        int spaces = 0;
        while (q < limit && text[q] == ' ' && spaces < DatelineRules.MaxSpacesBeforeDay)
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

    /// <summary>The end of a day of the month (1 to 31, one or two digits, an ordinal suffix allowed) at
    /// <paramref name="p"/>, or -1.</summary>
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

    /// <summary>The end of the letters that open the token starting at <paramref name="p"/> (a month or weekday
    /// is written in letters, perhaps with a period after them); <paramref name="p"/> when no token starts there.</summary>
    private static int LettersEnd(ArticleText article, int p, int limit)
    {
        int k = DatelinePlaceWords.TokenStartingAt(article, p);
        if (k < 0)
        {
            return p;
        }

        string text = article.Text;
        int end = Math.Min(limit, article.Tokens[k].End);
        int i = p;
        while (i < end && char.IsLetter(text[i]))
        {
            i++;
        }

        return i;
    }
}
