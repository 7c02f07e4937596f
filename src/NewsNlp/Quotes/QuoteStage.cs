namespace NewsNlp;

/// <summary>Pipeline stage for quotes: direct, partial, multi-paragraph and reported speech, each with its
/// speaker and reporting cue. See <see cref="QuoteDocument"/> for the rules.</summary>
/// <remarks>
/// <para>An interrupted quote (<c>“We will,” he said, “not now.”</c>) is returned as ONE quote whose span
/// runs from the first opening mark to the last closing mark (so its text includes the attribution words
/// between the parts); both parts are one statement by one speaker.</para>
/// <para>A multi-paragraph quote (closing mark left off, next paragraph reopening) is one quote.</para>
/// </remarks>
internal sealed class QuoteStage : AnalysisStage
{
    public override void Run(AnalysisContext context)
    {
        if (string.IsNullOrWhiteSpace(context.Text))
        {
            return;
        }

        context.Quotes.AddRange(new QuoteDocument(context).Extract());
    }
}
