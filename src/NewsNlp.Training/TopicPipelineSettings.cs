namespace NewsNlp;

/// <summary>How a topic model is trained (chosen by measurement; see tools/NewsNlp.ModelBuilder/TopicTraining.cs).</summary>
/// <param name="MinCount">Drop words and bigrams seen in fewer than this many training texts.</param>
/// <param name="L2">L2 regularization weight.</param>
/// <param name="L1">L1 regularization weight; makes the weights sparse and the model small.</param>
/// <param name="MaxIterations">Most L-BFGS iterations.</param>
internal sealed record TopicPipelineSettings(int MinCount, float L2, float L1, int MaxIterations)
{
    /// <summary>The settings the shipped model and custom training use.</summary>
    public static TopicPipelineSettings Default { get; } = new(2, 0.1f, 0.05f, 100);
}
