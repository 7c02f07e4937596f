namespace NewsNlp;

/// <summary>One step of the analysis pipeline (see <see cref="NewsAnalyzer.Analyze(string)"/>). A stage is built once
/// per analyzer, is immutable and thread-safe, reads the <see cref="ArticleText"/> and the typed results of the stages
/// before it, and returns its own typed result.</summary>
internal abstract class AnalysisStage
{
    /// <summary>Loads the embedded models and tables this stage reads (each once per process; thread-safe, so the
    /// analyzer runs the stages' loads side by side in the background as soon as it is built).</summary>
    public virtual void LoadModels()
    {
    }
}
