using System.Text;

namespace NewsNlp;

/// <summary>The tokenizer's scanner: given a position that is not whitespace, finds the token that starts there.
/// Stateless, allocation-free and linear: every look-ahead is bounded or consumed by the token it finds.</summary>
/// <remarks>One concern per file: the fast path for plain words (<c>TokenScanner.FastPath.cs</c>), words with their
/// abbreviations, clitics and hyphens (<c>.Words.cs</c>), numbers (<c>.Numbers.cs</c>), URLs, e-mail addresses, handles
/// and hashtags (<c>.Web.cs</c>), punctuation and symbols (<c>.Punctuation.cs</c>) and emoji (<c>.Emoji.cs</c>); what a
/// character is, is <see cref="CharClass"/>'s. This file holds the dispatch.</remarks>
internal static partial class TokenScanner
{
    /// <summary>Returns the first index at or after <paramref name="pos"/> that is not whitespace, a control character
    /// or an invisible format character.</summary>
    public static int SkipSpace(ReadOnlySpan<char> text, int pos)
    {
        while (pos < text.Length)
        {
            char c = text[pos];
            if (c < 128)
            {
                if (CharClass.OfAscii(c) != CharClass.Space)
                {
                    return pos;
                }
            }
            else if (!CharClass.IsSkippable(c))
            {
                return pos;
            }

            pos++;
        }

        return pos;
    }

    /// <summary>The same as <see cref="Scan"/> without its fast path for plain words: every token through the full
    /// rules. Tests check that both agree.</summary>
    internal static Token ScanFullRules(ReadOnlySpan<char> text, int pos)
    {
        char c = text[pos];
        if (c < 128)
        {
            byte cls = CharClass.OfAscii(c);
            return cls is CharClass.Letter or CharClass.Digit ? ScanWordStart(text, pos) : ScanAsciiOther(text, pos, c);
        }

        return ScanNonAscii(text, pos, c);
    }

    /// <summary>A token that starts with an ASCII letter or digit: a URL, a lone <c>n't</c>, a word or number, or an
    /// e-mail address that the word turns out to begin.</summary>
    private static Token ScanWordStart(ReadOnlySpan<char> text, int pos)
    {
        if (MayStartUrl(text, pos) && TryUrl(text, pos, out int urlEnd))
        {
            return new Token(pos, urlEnd - pos, TokenKind.Url);
        }

        if (IsNotClitic(text, pos))
        {
            return new Token(pos, 3, TokenKind.Word);
        }

        Token word = ScanWord(text, pos);
        if (MayContinueAsEmail(text, word.End) && TryEmailFrom(text, pos, out int emailEnd))
        {
            return new Token(pos, emailEnd - pos, TokenKind.Email);
        }

        return word;
    }

    /// <summary>A token that starts with a non-ASCII character: an emoji, a word, a clitic, a dash run or a mark.</summary>
    private static Token ScanNonAscii(ReadOnlySpan<char> text, int pos, char c)
    {
        if (char.IsHighSurrogate(c) && pos + 1 < text.Length && char.IsLowSurrogate(text[pos + 1]))
        {
            int cp = char.ConvertToUtf32(c, text[pos + 1]);
            if (CharClass.IsEmojiStart(cp))
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

        if (CharClass.IsApostrophe(c))
        {
            if (IsCliticAt(text, pos))
            {
                return CliticToken(text, pos);
            }

            return new Token(pos, 1, TokenKind.Punctuation);
        }

        if (CharClass.IsEmojiStart(c))
        {
            return ScanEmoji(text, pos);
        }

        return ScanNonAsciiMark(text, pos, c);
    }
}
