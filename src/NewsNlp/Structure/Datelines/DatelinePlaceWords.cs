namespace NewsNlp;

/// <summary>Reads the words of a dateline's city and region from the text layer's tokens.</summary>
/// <remarks>A place word is a word token of letters, with inner hyphens, apostrophes or periods
/// (<c>WINSTON-SALEM</c>, <c>O'FALLON</c>, <c>N.J.</c>); a period or clitic written onto it belongs to it
/// (<c>MASS</c> + <c>.</c>, <c>JOHN</c> + <c>'S</c>). Words are joined by one space; lower-case connectors
/// (<c>of</c>, <c>de</c>, <c>la</c>) may join capitalized words.</remarks>
internal static class DatelinePlaceWords
{
    /// <summary>Reads the city that starts at token <paramref name="token"/>.</summary>
    /// <param name="article">The text layer.</param>
    /// <param name="token">The first token.</param>
    /// <param name="limit">Where reading stops (the line end, or the longest dateline).</param>
    /// <param name="cityEnd">Where the city ends (after its last word that is no connector).</param>
    /// <param name="cityWords">The number of words up to there.</param>
    /// <param name="allCaps">Whether the city is written in capitals.</param>
    /// <returns>Whether a city was read.</returns>
    public static bool ReadCity(ArticleText article, int token, int limit, out int cityEnd, out int cityWords, out bool allCaps)
    {
        string text = article.Text;
        int start = article.Tokens[token].Start;
        cityEnd = start;
        cityWords = 0;
        allCaps = false;
        int words = 0;
        bool caps = false;
        int k = token;
        while (k >= 0 && article.Tokens[k].Start < limit && words < DatelineRules.MaxCityWords)
        {
            int we = WordEnd(article, k, limit, out int next);
            if (we < 0)
            {
                break;
            }

            ReadOnlySpan<char> word = text.AsSpan(article.Tokens[k].Start, we - article.Tokens[k].Start);
            bool connector = words > 0 && char.IsLower(word[0]) && DatelineWords.IsConnector(word);
            if (words == 0)
            {
                if (!char.IsUpper(word[0]))
                {
                    return false;
                }

                caps = CharScan.IsAllCaps(word) && CountLetters(word) >= 2;
            }
            else if (!connector)
            {
                if (!char.IsUpper(word[0]) || (caps && !CharScan.IsAllCaps(word)))
                {
                    break;
                }
            }
            else if (caps && !CharScan.IsAllCaps(word))
            {
                break;
            }

            if (word[^1] == '.')
            {
                // Only Saint/Fort/Mount abbreviations followed by another word end in a period (ST. LOUIS, FT. WORTH).
                if (!DatelineWords.IsCityAbbreviation(word) || we + 1 >= limit || text[we] != ' ' || !char.IsUpper(text[we + 1]))
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
                cityWords = words;
            }

            k = NextWord(article, we, next, limit);
        }

        if (cityEnd == start || cityEnd - start > DatelineRules.MaxCityLength)
        {
            return false;
        }

        allCaps = caps;
        return true;
    }

    /// <summary>Reads a region at <paramref name="p"/>: capitalized words or dotted abbreviations (Taiwan, Mass.,
    /// N.J., British Columbia, KY), up to a month name.</summary>
    public static bool ReadRegion(ArticleText article, int p, int limit, out int end)
    {
        string text = article.Text;
        end = p;
        int words = 0;
        int k = TokenStartingAt(article, p);
        while (k >= 0 && article.Tokens[k].Start < limit && words < DatelineRules.MaxRegionWords)
        {
            int we = WordEnd(article, k, limit, out int next);
            if (we < 0)
            {
                break;
            }

            ReadOnlySpan<char> word = text.AsSpan(article.Tokens[k].Start, we - article.Tokens[k].Start);
            bool connector = words > 0 && char.IsLower(word[0]) && DatelineWords.IsConnector(word);
            if (!connector && !char.IsUpper(word[0]))
            {
                break;
            }

            if (words > 0 && DatelineWords.IsMonth(word.TrimEnd('.')))
            {
                break;
            }

            words++;
            if (!connector)
            {
                end = we;
            }

            k = NextWord(article, we, next, limit);
        }

        return end > p;
    }

    /// <summary>The index of the token that starts exactly at <paramref name="pos"/>, or -1.</summary>
    public static int TokenStartingAt(ArticleText article, int pos)
    {
        int k = article.TokenAt(pos);
        return k < article.Tokens.Length && article.Tokens[k].Start == pos ? k : -1;
    }

    /// <summary>The end of the place word at token <paramref name="k"/> with any period or clitic written onto it,
    /// or -1 when the token is no place word; <paramref name="next"/> is the token after the word.</summary>
    private static int WordEnd(ArticleText article, int k, int limit, out int next)
    {
        next = k + 1;
        Token t = article.Tokens[k];
        if (!article.Has(k, TokenFlags.Word) || t.End > limit || !IsPlaceWordShape(article.Text.AsSpan(t.Start, t.Length)))
        {
            return -1;
        }

        int end = t.End;
        while (next < article.Tokens.Length && article.Tokens[next].End <= limit
            && (article.Has(next, TokenFlags.Clitic) || (article.Has(next, TokenFlags.Joined) && article.Tokens[next].Length == 1 && article.Text[article.Tokens[next].Start] == '.')))
        {
            end = article.Tokens[next].End;
            next++;
        }

        return end;
    }

    /// <summary>The next word of the same name: after one space and starting with a letter; -1 when the name ends.</summary>
    private static int NextWord(ArticleText article, int wordEnd, int next, int limit)
    {
        string text = article.Text;
        bool spaceThenLetter = wordEnd + 1 < limit && text[wordEnd] == ' ' && char.IsLetter(text[wordEnd + 1]);
        return spaceThenLetter && next < article.Tokens.Length && article.Tokens[next].Start == wordEnd + 1 ? next : -1;
    }

    /// <summary>Letters, with inner hyphens and apostrophes before a letter and periods after the first letter.</summary>
    private static bool IsPlaceWordShape(ReadOnlySpan<char> s)
    {
        if (!char.IsLetter(s[0]))
        {
            return false;
        }

        for (int i = 1; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsLetter(c) || c == '.')
            {
                continue;
            }

            if (c is not ('-' or '\'' or '\u2019') || i + 1 >= s.Length || !char.IsLetter(s[i + 1]))
            {
                return false;
            }
        }

        return true;
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
}
