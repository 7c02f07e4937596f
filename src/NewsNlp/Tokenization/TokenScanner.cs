using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace NewsNlp;

/// <summary>The tokenizer's scanner: given a position that is not whitespace, finds the token that starts there.
/// Stateless, allocation-free and linear: every look-ahead is bounded or consumed by the token it finds.</summary>
internal static class TokenScanner
{
    // ASCII character classes.
    private const byte Space = 0;
    private const byte Letter = 1;
    private const byte Digit = 2;
    private const byte Other = 3;

    /// <summary>How far a word start looks ahead for an '@' (e-mail addresses) or a domain name.</summary>
    private const int MaxLookAhead = 64;

    /// <summary>ASCII character classes (Space, Letter, Digit, Other), as static data so that lookups need no field load.</summary>
    private static ReadOnlySpan<byte> AsciiClass =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3,
        3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3,
        3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 0,
    ];

    // ASCII only, so the search is vectorized; a curly quote before the '@' fails the local-part check instead.
    private static readonly SearchValues<char> s_emailLookAhead = SearchValues.Create("@ \t\r\n\"'()<>[]{},;");
    private static readonly SearchValues<char> s_urlStop = SearchValues.Create(" \t\r\n\f\v\"<>“”‘’\u00A0\u2028\u2029\u3000");

    /// <summary>Returns the first index at or after <paramref name="pos"/> that is not whitespace, a control character
    /// or an invisible format character.</summary>
    public static int SkipSpace(ReadOnlySpan<char> text, int pos)
    {
        while (pos < text.Length)
        {
            char c = text[pos];
            if (c < 128)
            {
                if (AsciiClass[c] != Space)
                {
                    return pos;
                }
            }
            else if (!IsSkippable(c))
            {
                return pos;
            }

            pos++;
        }

        return pos;
    }

    private static bool IsSkippable(char c) =>
        char.IsWhiteSpace(c)
        || c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF' or '\u00AD'
        || (c >= '\u0080' && c <= '\u009F');

    /// <summary>Scans the token starting at <paramref name="pos"/>, which must not be skippable space.</summary>
    public static Token Scan(ReadOnlySpan<char> text, int pos)
    {
        char c = text[pos];
        if (c < 128 && AsciiClass[c] == Letter)
        {
            // The common case first: a word of letters (and digits) ended by a space or plain punctuation, which
            // none of the rules (URLs, e-mail, clitics, abbreviations, hyphens, numbers) would extend.
            int end = WordRunEnd(text, pos);
            int length = end - pos;
            if ((end == text.Length || EndsPlainWord(text, end)) && length is not (5 or 6))
            {
                return new Token(pos, length, TokenKind.Word);
            }
        }

        return ScanFullRules(text, pos);
    }

    /// <summary>The same as <see cref="Scan"/> without its fast path for plain words: every token through the full
    /// rules. Tests check that both agree.</summary>
    internal static Token ScanFullRules(ReadOnlySpan<char> text, int pos)
    {
        char c = text[pos];
        if (c < 128)
        {
            byte cls = AsciiClass[c];
            return cls is Letter or Digit ? ScanWordStart(text, pos) : ScanAsciiOther(text, pos, c);
        }

        return ScanNonAscii(text, pos, c);
    }

    /// <summary>Whether the character at <paramref name="end"/>, right after a run of word characters, ends the word
    /// whatever came before: whitespace, <c>) " ” ; ? !</c>, or a comma that does not follow a digit (1,000).
    /// Words of five and six letters take the full path (cannot, gonna).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EndsPlainWord(ReadOnlySpan<char> text, int end)
    {
        char d = text[end];
        return d <= ' ' || d is ')' or '"' or ';' or '?' or '!' or '”' || (d == ',' && !char.IsAsciiDigit(text[end - 1]));
    }

    private static Token ScanWordStart(ReadOnlySpan<char> text, int pos)
    {
        char c = text[pos];
        if (pos + 4 < text.Length && (c | 0x20) is 'h' or 'w' or 'f' && (text[pos + 1] | 0x20) is 't' or 'w' && TryUrl(text, pos, out int urlEnd))
        {
            return new Token(pos, urlEnd - pos, TokenKind.Url);
        }

        if ((c | 0x20) == 'n' && pos + 2 < text.Length && IsApostrophe(text[pos + 1]) && (text[pos + 2] | 0x20) == 't'
            && !IsWordCharAt(text, pos + 3))
        {
            return new Token(pos, 3, TokenKind.Word);
        }

        Token word = ScanWord(text, pos);

        // An e-mail address: only a word that stops at a character an address can contain is looked at again,
        // with a bounded look-ahead for the '@'.
        int end = word.End;
        if (end < text.Length && text[end - 1] != '.' && text[end] is '@' or '.' or '_' or '+' or '-' or '%' or '\''
            || (text[end - 1] == '.' && end < text.Length && text[end] == '@'))
        {
            ReadOnlySpan<char> ahead = text.Slice(pos, Math.Min(MaxLookAhead, text.Length - pos));
            int stop = ahead.IndexOfAny(s_emailLookAhead);
            if (stop > 0 && ahead[stop] == '@' && TryEmail(text, pos, pos + stop, out int emailEnd))
            {
                return new Token(pos, emailEnd - pos, TokenKind.Email);
            }
        }

        return word;
    }

    private static Token ScanWord(ReadOnlySpan<char> text, int pos)
    {
        int len = text.Length;
        int i = pos;
        int segStart = pos;
        bool hadDot = false;
        bool startsWithDigit = char.IsAsciiDigit(text[pos]);
        while (true)
        {
            i = WordRunEnd(text, i);

            if (i >= len)
            {
                break;
            }

            char c = text[i];
            if (c <= ' ' || c is ')' or '”' or '"' or ';' or '?' or '!')
            {
                break; // the common word ends: space and plain punctuation
            }

            if (c == '.')
            {
                if (i + 1 < len)
                {
                    char n = text[i + 1];
                    if (char.IsAsciiDigit(n) && char.IsAsciiDigit(text[i - 1]))
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

            if (IsHyphen(c))
            {
                if (i + 1 < len && IsWordCharAt(text, i + 1))
                {
                    // well-known, China-U.S., 2023-06-14, COVID-19
                    i++;
                    segStart = i;
                    continue;
                }

                break;
            }

            if (IsApostrophe(c))
            {
                if (i + 1 < len && char.IsLetter(text[i + 1]))
                {
                    int r = i + 1;
                    while (r < len && char.IsLetter(text[r]) && r - i <= 3)
                    {
                        r++;
                    }

                    bool endsWord = !IsWordCharAt(text, r);
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

            if (c is ',' or ':' or '/' && char.IsAsciiDigit(text[i - 1]) && i + 1 < len && char.IsAsciiDigit(text[i + 1]))
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

        return new Token(pos, length, startsWithDigit ? TokenKind.Number : TokenKind.Word);
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
        return nextLength <= 2 && !IsWordCharAt(text, r);
    }

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
            return char.IsUpper(word[0]); // an initial: J. Smith
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

    private static bool IsCliticSuffix(ReadOnlySpan<char> s) => s.Length switch
    {
        1 => (s[0] | 0x20) is 's' or 'm' or 'd',
        2 => s.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || s.Equals("re", StringComparison.OrdinalIgnoreCase)
            || s.Equals("ve", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private static Token ScanAsciiOther(ReadOnlySpan<char> text, int pos, char c)
    {
        int len = text.Length;
        switch (c)
        {
            case '\'':
                if (IsCliticAt(text, pos))
                {
                    return CliticToken(text, pos);
                }

                return new Token(pos, pos + 1 < len && text[pos + 1] == '\'' ? 2 : 1, TokenKind.Punctuation);
            case '`':
                return new Token(pos, pos + 1 < len && text[pos + 1] == '`' ? 2 : 1, TokenKind.Punctuation);
            case '#':
            case '@':
                {
                    int e = pos + 1;
                    bool hasLetter = false;
                    while (e < len && (char.IsLetterOrDigit(text[e]) || text[e] == '_'))
                    {
                        hasLetter |= char.IsLetter(text[e]);
                        e++;
                    }

                    if (hasLetter && (pos == 0 || !char.IsLetterOrDigit(text[pos - 1])))
                    {
                        return new Token(pos, e - pos, c == '#' ? TokenKind.Hashtag : TokenKind.Mention);
                    }

                    return new Token(pos, 1, TokenKind.Symbol);
                }

            case '.':
            case '!':
            case '?':
                {
                    // "...", "?!", "!!!"
                    int e = pos + 1;
                    while (e < len && text[e] is '.' or '!' or '?')
                    {
                        e++;
                    }

                    return new Token(pos, e - pos, TokenKind.Punctuation);
                }

            case ':':
            case ';':
                if (pos + 1 < len)
                {
                    char n = text[pos + 1];
                    if (n is ')' or '(' && !IsWordCharAt(text, pos + 2))
                    {
                        return new Token(pos, 2, TokenKind.Symbol); // :) ;(
                    }

                    if (n == '-' && pos + 2 < len && text[pos + 2] is ')' or '(')
                    {
                        return new Token(pos, 3, TokenKind.Symbol); // :-)
                    }
                }

                return new Token(pos, 1, TokenKind.Punctuation);
            case '"':
            case '(':
            case ')':
            case '[':
            case ']':
            case '{':
            case '}':
            case ',':
                return new Token(pos, 1, TokenKind.Punctuation);
            default:
                {
                    // Runs of one mark stay together: "--", "==", "$$$", ">>".
                    int e = pos + 1;
                    while (e < len && text[e] == c)
                    {
                        e++;
                    }

                    return new Token(pos, e - pos, IsAsciiSymbol(c) ? TokenKind.Symbol : TokenKind.Punctuation);
                }
        }
    }

    private static bool IsAsciiSymbol(char c) => c is '$' or '%' or '&' or '+' or '=' or '<' or '>' or '^' or '~' or '|' or '*' or '\\' or '#' or '@';

    private static Token ScanNonAscii(ReadOnlySpan<char> text, int pos, char c)
    {
        if (char.IsHighSurrogate(c) && pos + 1 < text.Length && char.IsLowSurrogate(text[pos + 1]))
        {
            int cp = char.ConvertToUtf32(c, text[pos + 1]);
            if (IsEmojiStart(cp))
            {
                return ScanEmoji(text, pos);
            }

            if (Rune.IsLetterOrDigit(new Rune(cp)))
            {
                return ScanWord(text, pos);
            }

            return new Token(pos, 2, TokenKind.Symbol);
        }

        if (char.IsSurrogate(c))
        {
            return new Token(pos, 1, TokenKind.Symbol); // a lone surrogate: kept, never paired wrongly
        }

        if (char.IsLetterOrDigit(c))
        {
            return ScanWord(text, pos);
        }

        if (IsApostrophe(c))
        {
            if (IsCliticAt(text, pos))
            {
                return CliticToken(text, pos);
            }

            return new Token(pos, 1, TokenKind.Punctuation);
        }

        if (IsEmojiStart(c))
        {
            return ScanEmoji(text, pos);
        }

        switch (c)
        {
            case '…':
            case '—':
            case '–':
            case '―':
                {
                    int e = pos + 1;
                    while (e < text.Length && text[e] == c)
                    {
                        e++;
                    }

                    return new Token(pos, e - pos, TokenKind.Punctuation);
                }
        }

        UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(c);
        TokenKind kind = cat is UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol
            ? TokenKind.Symbol
            : TokenKind.Punctuation;
        int end = pos + 1;

        // Combining marks after a symbol belong to it.
        while (end < text.Length && IsMark(text[end]))
        {
            end++;
        }

        return new Token(pos, end - pos, kind);
    }

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

        return r > pos + 1 && !IsWordCharAt(text, r) && IsCliticSuffix(text.Slice(pos + 1, r - pos - 1));
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

    private static bool TryUrl(ReadOnlySpan<char> text, int pos, out int end)
    {
        ReadOnlySpan<char> rest = text[pos..];
        int prefix = rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
            : rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7
            : rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) ? 6
            : rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? 4
            : 0;
        if (prefix == 0 || prefix >= rest.Length || !char.IsLetterOrDigit(rest[prefix]))
        {
            end = 0;
            return false;
        }

        int stop = rest.IndexOfAny(s_urlStop);
        int e = stop < 0 ? rest.Length : stop;
        end = pos + TrimUrlEnd(rest[..e]);
        return true;
    }

    /// <summary>Drops sentence punctuation and unbalanced closing brackets from the end of a URL.</summary>
    private static int TrimUrlEnd(ReadOnlySpan<char> url)
    {
        int e = url.Length;
        while (e > 1)
        {
            char last = url[e - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or ']' or '}')
            {
                e--;
                continue;
            }

            if (last == ')' && url[..e].Count('(') < url[..e].Count(')'))
            {
                e--;
                continue;
            }

            break;
        }

        return e;
    }

    /// <summary>A bare domain or file name: <c>nasa.gov</c>, <c>www-less.example.co.uk/path</c>, <c>report.pdf</c>.</summary>
    private static bool TryDomain(ReadOnlySpan<char> text, int pos, out int end, out bool isUrl)
    {
        int limit = Math.Min(text.Length, pos + MaxLookAhead);
        int i = pos;
        int labels = 0;
        int lastLabelStart = pos;
        while (true)
        {
            int s = i;
            while (i < limit && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '_'))
            {
                i++;
            }

            if (i == s)
            {
                break;
            }

            labels++;
            lastLabelStart = s;
            if (i < limit - 1 && text[i] == '.' && char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        end = i;
        isUrl = false;
        if (labels < 2 || IsWordCharAt(text, i))
        {
            return false;
        }

        ReadOnlySpan<char> last = text[lastLabelStart..i];
        if (Abbreviations.IsTopLevelDomain(last))
        {
            isUrl = true;
            if (i < text.Length && text[i] == '/')
            {
                ReadOnlySpan<char> rest = text[i..];
                int stop = rest.IndexOfAny(s_urlStop);
                end = i + TrimUrlEnd(stop < 0 ? rest : rest[..stop]);
            }

            return true;
        }

        return labels == 2 && Abbreviations.IsFileExtension(last);
    }

    private static bool TryEmail(ReadOnlySpan<char> text, int pos, int at, out int end)
    {
        end = 0;
        for (int k = pos; k < at; k++)
        {
            char c = text[k];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-'))
            {
                return false;
            }
        }

        int limit = Math.Min(text.Length, at + MaxLookAhead);
        int i = at + 1;
        int dots = 0;
        int lastLabelStart = i;
        while (i < limit)
        {
            char c = text[i];
            if (char.IsAsciiLetterOrDigit(c) || c == '-')
            {
                i++;
            }
            else if (c == '.' && i + 1 < limit && char.IsAsciiLetterOrDigit(text[i + 1]) && i > lastLabelStart)
            {
                dots++;
                i++;
                lastLabelStart = i;
            }
            else
            {
                break;
            }
        }

        if (dots == 0 || i - lastLabelStart < 2)
        {
            return false;
        }

        end = i;
        return true;
    }

    private static bool IsEmojiStart(int cp) =>
        (cp >= 0x1F000 && cp <= 0x1FAFF)
        || (cp >= 0x2600 && cp <= 0x27BF)
        || (cp >= 0x2B05 && cp <= 0x2B55)
        || cp is 0x231A or 0x231B or 0x2328 or 0x23CF or (>= 0x23E9 and <= 0x23FA) or 0x2934 or 0x2935 or 0x3030 or 0x303D or 0x3297 or 0x3299;

    private static Token ScanEmoji(ReadOnlySpan<char> text, int pos)
    {
        int i = pos;
        int first = ReadCodePoint(text, i, out int w);
        i += w;
        bool regional = first is >= 0x1F1E6 and <= 0x1F1FF;
        if (regional && i < text.Length)
        {
            int next = ReadCodePoint(text, i, out int w2);
            if (next is >= 0x1F1E6 and <= 0x1F1FF)
            {
                return new Token(pos, i + w2 - pos, TokenKind.Emoji); // a flag
            }
        }

        while (i < text.Length)
        {
            int cp = ReadCodePoint(text, i, out int cw);
            if (cp is 0xFE0F or 0xFE0E or 0x20E3 or (>= 0x1F3FB and <= 0x1F3FF) or (>= 0xE0020 and <= 0xE007F))
            {
                i += cw; // variation selector, keycap, skin tone, tag
                continue;
            }

            if (cp == 0x200D && i + 1 < text.Length)
            {
                int joined = ReadCodePoint(text, i + 1, out int jw);
                if (IsEmojiStart(joined))
                {
                    i += 1 + jw; // zero-width joiner sequence
                    continue;
                }
            }

            break;
        }

        return new Token(pos, i - pos, TokenKind.Emoji);
    }

    private static int ReadCodePoint(ReadOnlySpan<char> text, int i, out int width)
    {
        char c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, text[i + 1]);
        }

        width = 1;
        return c;
    }

    /// <summary>The end of the run of word characters starting at <paramref name="i"/>: ASCII letters and digits are
    /// tested inline (the common case), anything else through <see cref="NonAsciiWordCharWidth"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WordRunEnd(ReadOnlySpan<char> text, int i)
    {
        ref char start = ref MemoryMarshal.GetReference(text);
        int len = text.Length;
        if (Vector128.IsHardwareAccelerated)
        {
            // Eight characters at a time: most words end within the first eight, with no per-character branch.
            ref ushort units = ref Unsafe.As<char, ushort>(ref start);
            while (i <= len - Vector128<ushort>.Count)
            {
                Vector128<ushort> v = Vector128.LoadUnsafe(ref units, (nuint)i);
                Vector128<ushort> letter = Vector128.LessThanOrEqual((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
                Vector128<ushort> digit = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
                uint run = (letter | digit).ExtractMostSignificantBits();
                if (run != 0xFF)
                {
                    i += BitOperations.TrailingZeroCount(~run);
                    break; // the character at i is not an ASCII letter or digit; the loop below decides about it
                }

                i += Vector128<ushort>.Count;
            }
        }

        while ((uint)i < (uint)len)
        {
            char c = Unsafe.Add(ref start, i);
            if (c < 128)
            {
                if ((uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9)
                {
                    i++;
                    continue;
                }

                return i;
            }

            int w = NonAsciiWordCharWidth(text, i, c);
            if (w == 0)
            {
                return i;
            }

            i += w;
        }

        return i;
    }

    /// <summary>Width (1 or 2) of the word character at <paramref name="i"/>, or 0 when it is not one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WordCharWidth(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (c < 128)
        {
            return AsciiClass[c] is Letter or Digit ? 1 : 0;
        }

        return NonAsciiWordCharWidth(text, i, c);
    }

    private static int NonAsciiWordCharWidth(ReadOnlySpan<char> text, int i, char c)
    {
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                int cp = char.ConvertToUtf32(c, text[i + 1]);
                return !IsEmojiStart(cp) && Rune.IsLetterOrDigit(new Rune(cp)) ? 2 : 0;
            }

            return 0;
        }

        return char.IsLetterOrDigit(c) || IsMark(c) || c == '\u00AD' ? 1 : 0;
    }

    private static bool IsWordCharAt(ReadOnlySpan<char> text, int i) => i < text.Length && WordCharWidth(text, i) > 0;

    private static bool IsMark(char c)
    {
        if (c < '\u0300')
        {
            return false;
        }

        UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';
}
