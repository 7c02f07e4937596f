using System.Globalization;
using System.Runtime.CompilerServices;

namespace NewsNlp;

/// <summary>Punctuation and symbols: quotes and brackets alone, runs of one mark together (<c>...</c>, <c>?!</c>,
/// <c>--</c>, <c>——</c>), emoticons (<c>:)</c>), and a symbol with its combining marks.</summary>
internal static partial class TokenScanner
{
    /// <summary>A token that starts with an ASCII character that is neither a letter nor a digit.</summary>
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
                return ScanHandle(text, pos, c);
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
                    if (n is ')' or '(' && !CharClass.IsWordCharAt(text, pos + 2))
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

                    return new Token(pos, e - pos, CharClass.IsAsciiSymbol(c) ? TokenKind.Symbol : TokenKind.Punctuation);
                }
        }
    }

    /// <summary>A non-ASCII mark that is neither a letter, an apostrophe nor an emoji: a run of one dash or ellipsis,
    /// else one character (a symbol by its Unicode category, punctuation otherwise) with its combining marks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Token ScanNonAsciiMark(ReadOnlySpan<char> text, int pos, char c)
    {
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
        while (end < text.Length && CharClass.IsMark(text[end]))
        {
            end++;
        }

        return new Token(pos, end - pos, kind);
    }
}
