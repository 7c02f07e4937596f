using System.Runtime.CompilerServices;

namespace NewsNlp;

/// <summary>Numbers: a token that starts with a digit; it goes on through a decimal point and digit separators
/// written between two digits (<c>3.5</c>, <c>1,000</c>, <c>10:30</c>, <c>08/16/2000</c>) and, like a word, through
/// hyphens (<c>2023-06-14</c>, <c>COVID-19</c>). The scan itself is <see cref="ScanWord"/>'s.</summary>
internal static partial class TokenScanner
{
    /// <summary>Whether the character at <paramref name="i"/> (not the first of the text) sits between two ASCII digits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsBetweenDigits(ReadOnlySpan<char> text, int i) =>
        char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]);

    /// <summary>Marks that group digits inside a number besides the decimal point: thousands, clock times, dates.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsDigitSeparator(char c) => c is ',' or ':' or '/';

    /// <summary>A token scanned as a word is a number when it starts with a digit.</summary>
    private static TokenKind KindOfWordAt(ReadOnlySpan<char> text, int pos) => char.IsAsciiDigit(text[pos]) ? TokenKind.Number : TokenKind.Word;
}
