namespace NewsNlp;

/// <summary>Pipeline stage for topics (placeholder until the feature lands: adds nothing).</summary>
internal sealed class TopicStage : AnalysisStage
{
    public override void Run(AnalysisContext context)
    {
    }
}
