namespace NewsNlp;

/// <summary>A word or punctuation mark as the quote finder sees it.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="End">Index after the last character.</param>
/// <param name="IsWord">Whether it is a word or number (not punctuation).</param>
/// <param name="IsCapitalized">Whether it starts with an upper-case letter.</param>
/// <param name="Region">Index of the quote region it lies in, or -1 outside quotes.</param>
internal readonly record struct QuoteWord(int Start, int End, bool IsWord, bool IsCapitalized, int Region)
{
    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);
}
