namespace NewsNlp;

/// <summary>One step of the analysis pipeline. Stages are built once, are immutable and thread-safe,
/// and read and fill the per-call <see cref="AnalysisContext"/>.</summary>
internal abstract class AnalysisStage
{
    public abstract void Run(AnalysisContext context);

    /// <summary>Loads the embedded models and tables this stage reads (each once per process; thread-safe, so the
    /// analyzer runs the stages' loads side by side in the background as soon as it is built).</summary>
    /// <param name="options">The analyzer's options.</param>
    public virtual void LoadModels(NewsAnalyzerOptions options)
    {
    }
}
