namespace NewsNlp;

/// <summary>The words and sentences the quote finder works on. Quote regions are atomic: a sentence never
/// ends inside a quote, so a quote and its attribution always share one sentence.</summary>
internal static class QuoteTokenizer
{
    /// <summary>Splits <paramref name="text"/> into words and punctuation marks.</summary>
    public static List<QuoteWord> Words(string text, List<QuoteRegion> regions)
    {
        var words = new List<QuoteWord>(text.Length / 5 + 4);
        int r = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int start = i;
            bool isWord = char.IsLetterOrDigit(c);
            if (isWord)
            {
                i++;
                while (i < text.Length)
                {
                    char d = text[i];
                    if (char.IsLetterOrDigit(d))
                    {
                        i++;
                    }
                    else if ((d is '’' or '\'' or '-' or '.' or '&' or ',') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])
                        && (d != ',' || (char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                // Keep the period of an abbreviation (Mr., U.S., Sen.) with its word.
                if (i < text.Length && text[i] == '.' && KeepsPeriod(text, start, i))
                {
                    i++;
                }
            }
            else
            {
                i++;
                if (char.IsHighSurrogate(c) && i < text.Length && char.IsLowSurrogate(text[i]))
                {
                    i++;
                }
            }

            while (r < regions.Count && regions[r].End <= start)
            {
                r++;
            }

            int region = r < regions.Count && regions[r].Start <= start ? r : -1;
            words.Add(new QuoteWord(start, i, isWord, isWord && char.IsUpper(c), region));
        }

        return words;
    }

    /// <summary>Sentence boundaries as half-open word-index ranges.</summary>
    public static List<(int Start, int End)> Sentences(string text, List<QuoteWord> words, List<QuoteRegion> regions)
    {
        var result = new List<(int Start, int End)>();
        int start = 0;
        for (int w = 0; w < words.Count; w++)
        {
            if (w + 1 >= words.Count)
            {
                break;
            }

            QuoteWord cur = words[w];
            QuoteWord next = words[w + 1];
            bool boundary;
            if (cur.Region >= 0 && next.Region == cur.Region)
            {
                boundary = false; // never inside a quote
            }
            else if (HasLineBreak(text, cur.End, next.Start))
            {
                boundary = true;
            }
            else if (cur.Region >= 0)
            {
                // The closing mark of a quote that ends a sentence: “We won.” Then …
                QuoteRegion q = regions[cur.Region];
                boundary = cur.End == q.End && q.End - q.Start >= 3 && IsTerminal(QuoteMarkScanner.LastInner(text, q)) && StartsSentence(text, next);
            }
            else
            {
                int len = cur.End - cur.Start;
                boundary = len == 1 && IsTerminal(text[cur.Start]) && StartsSentence(text, next);
            }

            if (boundary)
            {
                result.Add((start, w + 1));
                start = w + 1;
            }
        }

        if (start < words.Count)
        {
            result.Add((start, words.Count));
        }

        return result;
    }

    private static bool StartsSentence(string text, QuoteWord next)
    {
        char c = text[next.Start];
        return char.IsUpper(c) || char.IsDigit(c) || c is '“' or '"' or '‘' or '\'' or '(' or '—';
    }

    private static bool IsTerminal(char c) => c is '.' or '?' or '!';

    private static bool HasLineBreak(string text, int from, int to) => text.AsSpan(from, to - from).Contains('\n');

    /// <summary>Whether the word in [<paramref name="start"/>, <paramref name="dot"/>) keeps the period at
    /// <paramref name="dot"/>: an initial, dotted letters (U.S, a.m), or one of the tokenizer's abbreviations
    /// (<see cref="Abbreviations"/>; "No." only before a number).</summary>
    private static bool KeepsPeriod(string text, int start, int dot)
    {
        ReadOnlySpan<char> word = text.AsSpan(start, dot - start);
        if (word.Length == 1)
        {
            return char.IsUpper(word[0]); // an initial: "John F. Kennedy"
        }

        if (word.Contains('.'))
        {
            // U.S, U.N, a.m: single letters separated by periods.
            bool dotted = true;
            for (int k = 1; k < word.Length && dotted; k += 2)
            {
                dotted = word[k] == '.';
            }

            if (dotted)
            {
                return true;
            }
        }

        if (Abbreviations.NeedsNumber(word))
        {
            int next = dot + 1;
            while (next < text.Length && text[next] == ' ')
            {
                next++;
            }

            return next < text.Length && char.IsAsciiDigit(text[next]);
        }

        return Abbreviations.IsAbbreviation(word);
    }
}
