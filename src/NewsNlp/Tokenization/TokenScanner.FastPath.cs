using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsNlp;

/// <summary>The fast path: most tokens are plain words that no rule would extend, found eight characters at a time.</summary>
internal static partial class TokenScanner
{
    /// <summary>Scans the token starting at <paramref name="pos"/>, which must not be skippable space.</summary>
    public static Token Scan(ReadOnlySpan<char> text, int pos)
    {
        char c = text[pos];
        if (c < 128 && CharClass.OfAscii(c) == CharClass.Letter)
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

    /// <summary>Whether the character at <paramref name="end"/>, right after a run of word characters, ends the word
    /// whatever came before: whitespace, <c>) " ” ; ? !</c>, or a comma that does not follow a digit (1,000).
    /// Words of five and six letters take the full path (cannot, gonna).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EndsPlainWord(ReadOnlySpan<char> text, int end)
    {
        char d = text[end];
        return CharClass.IsPlainWordEnd(d) || (d == ',' && !char.IsAsciiDigit(text[end - 1]));
    }

    /// <summary>The end of the run of word characters starting at <paramref name="i"/>: ASCII letters and digits are
    /// tested inline (the common case), anything else through <see cref="CharClass.NonAsciiWordCharWidth"/>.</summary>
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
                if (CharClass.IsAsciiWordChar(c))
                {
                    i++;
                    continue;
                }

                return i;
            }

            int w = CharClass.NonAsciiWordCharWidth(text, i, c);
            if (w == 0)
            {
                return i;
            }

            i += w;
        }

        return i;
    }
}
