namespace NewsNlp;

/// <summary>What the quote stage found: every quote and reported statement, in text order. Immutable.</summary>
internal sealed class QuoteResult
{
    /// <summary>No quotes (the stage is off or the text is blank).</summary>
    public static readonly QuoteResult None = new([], null);

    public QuoteResult(Quote[] quotes, QuoteDocument? document)
    {
        Quotes = quotes;
        Document = document;
    }

    /// <summary>Gets the quotes, in text order.</summary>
    public Quote[] Quotes { get; }

    /// <summary>Gets the word view the quotes were found in (words, sentences, quote regions, the names), for the
    /// mention chains to read instead of building their own; <see langword="null"/> when the stage did not run. The
    /// quote finder is done with it: nothing writes to it any more.</summary>
    public QuoteDocument? Document { get; }
}
