namespace NewsNlp;

/// <summary>Finds words in text independently of the tokenizer: runs of letters and digits joined by inner
/// hyphens, apostrophes, periods and ampersands (<c>U.S.</c>, <c>al-Qaeda</c>, <c>China's</c>, <c>AT&amp;T</c>). Linear time.</summary>
internal static class WordScanner
{
    /// <summary>Finds the next word at or after <paramref name="pos"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="pos">Scan position; advanced past the word.</param>
    /// <param name="start">The word's start.</param>
    /// <param name="length">The word's length.</param>
    /// <param name="brk">Whether punctuation or a line break separates this word from the previous one.</param>
    /// <returns><see langword="false"/> at the end of the text.</returns>
    public static bool Next(ReadOnlySpan<char> text, ref int pos, out int start, out int length, out bool brk)
    {
        brk = false;
        int newlines = 0;
        int i = pos;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            char c = text[i];
            if (c == '\n')
            {
                newlines++;
                if (newlines >= 1)
                {
                    brk = true;
                }
            }
            else if (!char.IsWhiteSpace(c))
            {
                brk = true;
            }

            i++;
        }

        if (i >= text.Length)
        {
            pos = i;
            start = i;
            length = 0;
            return false;
        }

        start = i;
        i++;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || char.IsLowSurrogate(c) || c == '\u0301')
            {
                i++;
            }
            else if ((c == '-' || c == '\'' || c == '\u2019' || c == '.' || c == '&') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
            }
            else if (c == '.' && i >= 2 && text[i - 2] == '.' && char.IsUpper(text[i - 1]))
            {
                i++; // closing period of an abbreviation like U.S.
                break;
            }
            else
            {
                break;
            }
        }

        length = i - start;
        pos = i;
        return true;
    }
}
