namespace NewsNlp;

/// <summary>Words: runs of word characters joined by acronym dots (<c>U.S.</c>), hyphens (<c>well-known</c>),
/// apostrophes (<c>O'Brien</c>), underscores and <c>&amp;</c> (<c>AT&amp;T</c>); abbreviations and initials keep their
/// period; clitics (<c>'s</c>, <c>n't</c>) and split contractions (<c>can|not</c>, <c>gon|na</c>) are tokens of their own.</summary>
internal static partial class TokenScanner
{
    private static Token ScanWord(ReadOnlySpan<char> text, int pos)
    {
        int len = text.Length;
        int i = pos;
        int segStart = pos;
        bool hadDot = false;
        while (true)
        {
            i = WordRunEnd(text, i);

            if (i >= len)
            {
                break;
            }

            char c = text[i];
            if (CharClass.IsPlainWordEnd(c))
            {
                break; // the common word ends: space and plain punctuation
            }

            if (c == '.')
            {
                if (i + 1 < len)
                {
                    char n = text[i + 1];
                    if (IsBetweenDigits(text, i))
                    {
                        // 3.5, 1.2.3
                        i++;
                        segStart = i;
                        continue;
                    }

                    if (char.IsLetter(n))
                    {
                        if (IsAcronymDot(text, segStart, i))
                        {
                            // U.S, e.g, a.m, Ph.D, J.R.R
                            hadDot = true;
                            i++;
                            segStart = i;
                            continue;
                        }

                        if (TryDomain(text, pos, out int domainEnd, out bool isUrl))
                        {
                            return new Token(pos, domainEnd - pos, isUrl ? TokenKind.Url : TokenKind.Word);
                        }

                        break;
                    }
                }

                if (ShouldAttachPeriod(text, pos, i, hadDot))
                {
                    i++;
                }

                break;
            }

            if (CharClass.IsHyphen(c))
            {
                if (i + 1 < len && CharClass.IsWordCharAt(text, i + 1))
                {
                    // well-known, China-U.S., 2023-06-14, COVID-19
                    i++;
                    segStart = i;
                    continue;
                }

                break;
            }

            if (CharClass.IsApostrophe(c))
            {
                if (i + 1 < len && char.IsLetter(text[i + 1]))
                {
                    int r = i + 1;
                    while (r < len && char.IsLetter(text[r]) && r - i <= 3)
                    {
                        r++;
                    }

                    bool endsWord = !CharClass.IsWordCharAt(text, r);
                    if (endsWord && IsCliticSuffix(text.Slice(i + 1, r - i - 1)))
                    {
                        // China | ’s, we | 've
                        break;
                    }

                    if (endsWord && r - i == 2 && (text[i + 1] | 0x20) == 't' && i - 1 > pos && (text[i - 1] | 0x20) == 'n')
                    {
                        // did | n't, ca | n't
                        i--;
                        break;
                    }

                    // O'Brien, rock'n'roll
                    i++;
                    continue;
                }

                break;
            }

            if (IsDigitSeparator(c) && IsBetweenDigits(text, i))
            {
                // 1,000  10:30  08/16/2000
                i++;
                continue;
            }

            if (c == '_' && i + 1 < len && char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                // snake_case, file_name.doc
                i++;
                continue;
            }

            if (c == '&' && char.IsAsciiLetterUpper(text[i - 1]) && i + 1 < len && char.IsAsciiLetterUpper(text[i + 1]))
            {
                // AT&T, S&P
                i++;
                continue;
            }

            break;
        }

        int length = i - pos;
        if (length == 6 && text.Slice(pos, 6).Equals("cannot", StringComparison.OrdinalIgnoreCase))
        {
            length = 3; // can | not
        }
        else if (length == 5 && IsSplitContraction(text.Slice(pos, 5)))
        {
            length = 3; // gon | na, wan | na, got | ta
        }

        return new Token(pos, length, KindOfWordAt(text, pos));
    }

    private static bool IsSplitContraction(ReadOnlySpan<char> word) =>
        word.Equals("gonna", StringComparison.OrdinalIgnoreCase)
        || word.Equals("wanna", StringComparison.OrdinalIgnoreCase)
        || word.Equals("gotta", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the '.' at <paramref name="dot"/> joins two short letter segments (<c>U.S</c>, <c>e.g</c>).</summary>
    private static bool IsAcronymDot(ReadOnlySpan<char> text, int segStart, int dot)
    {
        int segLength = dot - segStart;
        if (segLength is < 1 or > 2)
        {
            return false;
        }

        for (int k = segStart; k < dot; k++)
        {
            if (!char.IsLetter(text[k]))
            {
                return false;
            }
        }

        int r = dot + 1;
        while (r < text.Length && char.IsLetter(text[r]) && r - dot <= 3)
        {
            r++;
        }

        int nextLength = r - dot - 1;
        return nextLength <= 2 && !CharClass.IsWordCharAt(text, r);
    }

    /// <summary>Whether the period at <paramref name="dot"/> ends an abbreviation, an initial or an acronym and so
    /// belongs to the word.</summary>
    private static bool ShouldAttachPeriod(ReadOnlySpan<char> text, int start, int dot, bool hadDot)
    {
        if (dot + 1 < text.Length && text[dot + 1] == '.')
        {
            return false; // an ellipsis follows
        }

        if (hadDot)
        {
            return true;
        }

        ReadOnlySpan<char> word = text[start..dot];
        if (word.Length == 1)
        {
            // An initial (J. Smith), or the "v." of a case name before its second party (Roe v. Wade): a lower-case
            // letter's period otherwise ends the sentence ("vitamin b.").
            return char.IsUpper(word[0]) || (word[0] == 'v' && SkipSpace(text, dot + 1) is int n && n > dot + 1 && n < text.Length && char.IsUpper(text[n]));
        }

        if (!Abbreviations.IsAbbreviation(word))
        {
            return false;
        }

        if (Abbreviations.NeedsNumber(word))
        {
            int n = SkipSpace(text, dot + 1);
            return n < text.Length && char.IsAsciiDigit(text[n]);
        }

        return true;
    }

    /// <summary>A lone <c>n't</c> at <paramref name="pos"/> (the rest of <c>did|n't</c> when scanning resumes there).</summary>
    private static bool IsNotClitic(ReadOnlySpan<char> text, int pos) =>
        (text[pos] | 0x20) == 'n' && pos + 2 < text.Length && CharClass.IsApostrophe(text[pos + 1]) && (text[pos + 2] | 0x20) == 't'
        && !CharClass.IsWordCharAt(text, pos + 3);

    private static bool IsCliticSuffix(ReadOnlySpan<char> s) => s.Length switch
    {
        1 => (s[0] | 0x20) is 's' or 'm' or 'd',
        2 => s.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || s.Equals("re", StringComparison.OrdinalIgnoreCase)
            || s.Equals("ve", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>Whether the apostrophe at <paramref name="pos"/> starts a clitic of the word before it (<c>’s</c>, <c>'ll</c>).</summary>
    private static bool IsCliticAt(ReadOnlySpan<char> text, int pos)
    {
        if (pos == 0 || !char.IsLetterOrDigit(text[pos - 1]) || pos + 1 >= text.Length)
        {
            return false;
        }

        int r = pos + 1;
        while (r < text.Length && char.IsLetter(text[r]) && r - pos <= 3)
        {
            r++;
        }

        return r > pos + 1 && !CharClass.IsWordCharAt(text, r) && IsCliticSuffix(text.Slice(pos + 1, r - pos - 1));
    }

    private static Token CliticToken(ReadOnlySpan<char> text, int pos)
    {
        int r = pos + 1;
        while (r < text.Length && char.IsLetter(text[r]))
        {
            r++;
        }

        return new Token(pos, r - pos, TokenKind.Word);
    }
}
