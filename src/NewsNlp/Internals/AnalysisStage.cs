namespace NewsNlp;

/// <summary>One step of the analysis pipeline. Stages are built once, are immutable and thread-safe,
/// and read and fill the per-call <see cref="AnalysisContext"/>.</summary>
internal abstract class AnalysisStage
{
    public abstract void Run(AnalysisContext context);
}
