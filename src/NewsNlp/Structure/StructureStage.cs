namespace NewsNlp;

/// <summary>Pipeline stage for structure (placeholder until the feature lands: adds nothing).</summary>
internal sealed class StructureStage : AnalysisStage
{
    public override void Run(AnalysisContext context)
    {
    }
}
