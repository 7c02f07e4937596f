namespace NewsNlp;

/// <summary>Emoji, kept whole: a flag (two regional indicators), or a pictograph with its variation selectors, keycap,
/// skin tone and tags, and the pictographs joined to it by zero-width joiners.</summary>
internal static partial class TokenScanner
{
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
                if (CharClass.IsEmojiStart(joined))
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
}
