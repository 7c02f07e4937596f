namespace NewsNlp;

/// <summary>What the quote stage found: every quote and reported statement, in text order. Immutable.</summary>
internal sealed class QuoteResult
{
    /// <summary>No quotes (the stage is off or the text is blank).</summary>
    public static readonly QuoteResult None = new([]);

    public QuoteResult(Quote[] quotes) => Quotes = quotes;

    /// <summary>Gets the quotes, in text order.</summary>
    public Quote[] Quotes { get; }
}
