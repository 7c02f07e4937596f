namespace NewsNlp;

/// <summary>Whether a span holds any character of a Unicode class; the one copy of these small scans.</summary>
internal static class CharScan
{
    private const char SoftHyphen = '\u00AD';

    /// <summary>Whether <paramref name="s"/> holds a letter.</summary>
    public static bool ContainsLetter(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="s"/> holds a letter or a digit.</summary>
    public static bool ContainsLetterOrDigit(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="s"/> holds a decimal digit (any script).</summary>
    public static bool ContainsDigit(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="s"/> has no lower-case letter and at least <paramref name="minUpper"/>
    /// upper-case ones (<c>NATO</c>, <c>U.S.</c>, <c>AP-NORC</c>).</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> s, int minUpper = 1)
    {
        int upper = 0;
        foreach (char c in s)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsUpper(c))
            {
                upper++;
            }
        }

        return upper >= minUpper;
    }

    /// <summary>A name as one line: each run of white space (a line break in hard-wrapped text, a double space)
    /// becomes one space, and soft hyphens (invisible hyphenation hints, "Del&#173;gado") are dropped. Returns
    /// <paramref name="written"/> itself when it already is (no allocation).</summary>
    public static string OneLine(string written)
    {
        int i = 0;
        for (; i < written.Length; i++)
        {
            if (written[i] == SoftHyphen
                || (char.IsWhiteSpace(written[i]) && (written[i] != ' ' || (i + 1 < written.Length && char.IsWhiteSpace(written[i + 1])))))
            {
                break;
            }
        }

        if (i == written.Length)
        {
            return written;
        }

        var sb = new System.Text.StringBuilder(written.Length);
        bool space = false;
        foreach (char c in written)
        {
            if (c == SoftHyphen)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }
}
