namespace NewsNlp;

/// <summary>Pipeline stage for entities (placeholder until the feature lands: adds nothing).</summary>
internal sealed class EntityStage : AnalysisStage
{
    public override void Run(AnalysisContext context)
    {
    }
}
