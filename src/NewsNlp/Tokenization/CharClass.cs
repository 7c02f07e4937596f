using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace NewsNlp;

/// <summary>The tokenizer's character classes, in one place: what is space, what belongs to a word, which marks are
/// apostrophes, hyphens, symbols or the start of an emoji. The per-character tests are inlined into the scanner's loops.</summary>
internal static class CharClass
{
    /// <summary>ASCII class: whitespace and control characters.</summary>
    public const byte Space = 0;

    /// <summary>ASCII class: a-z, A-Z.</summary>
    public const byte Letter = 1;

    /// <summary>ASCII class: 0-9.</summary>
    public const byte Digit = 2;

    /// <summary>ASCII class: everything else (punctuation and symbols).</summary>
    public const byte Other = 3;

    /// <summary>ASCII character classes (Space, Letter, Digit, Other), as static data so that lookups need no field load.</summary>
    private static ReadOnlySpan<byte> AsciiTable =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3,
        3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3,
        3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 0,
    ];

    /// <summary>The class of an ASCII character (<paramref name="c"/> below 128).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte OfAscii(char c) => AsciiTable[c];

    /// <summary>Whether an ASCII character (below 128) is a letter or digit, tested without the table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiWordChar(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

    /// <summary>Whether a non-ASCII character is skipped between tokens: whitespace, an invisible format character
    /// (zero-width space and joiners, direction marks, byte-order mark, soft hyphen) or a C1 control.</summary>
    public static bool IsSkippable(char c) =>
        char.IsWhiteSpace(c)
        || c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF' or '\u00AD'
        || (c >= '\u0080' && c <= '\u009F');

    /// <summary>Whether <paramref name="c"/>, right after a word, ends it whatever came before: whitespace or
    /// <c>) " ” ; ? !</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPlainWordEnd(char c) => c <= ' ' || c is ')' or '"' or ';' or '?' or '!' or '”';

    /// <summary>An apostrophe: straight, right single quotation mark, or modifier letter apostrophe.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    /// <summary>A hyphen that joins words: hyphen-minus, hyphen, non-breaking hyphen (not the dashes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>An ASCII mark that is a symbol rather than punctuation.</summary>
    public static bool IsAsciiSymbol(char c) => c is '$' or '%' or '&' or '+' or '=' or '<' or '>' or '^' or '~' or '|' or '*' or '\\' or '#' or '@';

    /// <summary>A combining mark (non-spacing, spacing or enclosing).</summary>
    public static bool IsMark(char c)
    {
        if (c < '\u0300')
        {
            return false;
        }

        UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    /// <summary>A code point that starts an emoji (pictographs, dingbats, arrows, flags' regional indicators…).</summary>
    public static bool IsEmojiStart(int cp) =>
        (cp >= 0x1F000 && cp <= 0x1FAFF)
        || (cp >= 0x2600 && cp <= 0x27BF)
        || (cp >= 0x2B05 && cp <= 0x2B55)
        || cp is 0x231A or 0x231B or 0x2328 or 0x23CF or (>= 0x23E9 and <= 0x23FA) or 0x2934 or 0x2935 or 0x3030 or 0x303D or 0x3297 or 0x3299;

    /// <summary>Whether the character at <paramref name="i"/> (which may be the end of the text) belongs to a word.</summary>
    public static bool IsWordCharAt(ReadOnlySpan<char> text, int i) => i < text.Length && WordCharWidth(text, i) > 0;

    /// <summary>Width (1 or 2) of the word character at <paramref name="i"/>, or 0 when it is not one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WordCharWidth(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (c < 128)
        {
            return OfAscii(c) is Letter or Digit ? 1 : 0;
        }

        return NonAsciiWordCharWidth(text, i, c);
    }

    /// <summary>Width of a non-ASCII word character: a letter or digit (a surrogate pair counts as two), a combining
    /// mark or a soft hyphen; 0 for anything else, emoji included.</summary>
    public static int NonAsciiWordCharWidth(ReadOnlySpan<char> text, int i, char c)
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
}
