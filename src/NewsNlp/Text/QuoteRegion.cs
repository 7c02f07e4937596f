namespace NewsNlp;

/// <summary>A run of text between an opening and a closing quotation mark (or the paragraph end when the
/// closing mark is missing).</summary>
/// <param name="Start">Index of the opening mark.</param>
/// <param name="End">Index after the closing mark (or after the last non-space character of the capped paragraph).</param>
/// <param name="Closed">Whether a closing mark was found.</param>
/// <param name="Paragraphs">How many paragraphs the quote runs over (1 for an ordinary quote).</param>
internal readonly record struct QuoteRegion(int Start, int End, bool Closed, int Paragraphs)
{
    public TextSpan Span => TextSpan.FromBounds(Start, End);
}
