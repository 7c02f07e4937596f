namespace NewsNlp;

/// <summary>Pipeline stage for quotes (placeholder until the feature lands: adds nothing).</summary>
internal sealed class QuoteStage : AnalysisStage
{
    public override void Run(AnalysisContext context)
    {
    }
}
