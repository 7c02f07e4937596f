namespace NewsNlp;

/// <summary>How the ML.NET text pipeline is built (chosen by measurement; see src/NewsNlp.Training/TopicTraining.cs).</summary>
/// <param name="WordNgrams">Longest word n-gram (1 = bag of words, 2 = words and bigrams).</param>
/// <param name="CharNgrams">Character n-gram length, or 0 for none.</param>
/// <param name="MinCount">Drop features seen in fewer than this many training texts.</param>
/// <param name="Trainer"><c>lbfgs</c> (maximum entropy, L-BFGS) or <c>sdca</c> (maximum entropy, SDCA).</param>
/// <param name="L2">L2 regularization weight.</param>
/// <param name="L1">L1 regularization weight (L-BFGS only); makes the weights sparse and the model small.</param>
/// <param name="MaxIterations">Most optimizer iterations (L-BFGS iterations or SDCA passes).</param>
/// <param name="TfIdf">Weight n-grams by TF-IDF instead of raw counts.</param>
internal sealed record TopicPipelineSettings(int WordNgrams, int CharNgrams, int MinCount, string Trainer, float L2, float L1, int MaxIterations, bool TfIdf = false)
{
    /// <summary>The settings the shipped model and custom training use.</summary>
    public static TopicPipelineSettings Default { get; } = new(2, 0, 2, "lbfgs", 0.1f, 0.05f, 100, TfIdf: true);
}
