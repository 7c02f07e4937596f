namespace NewsNlp;

/// <summary>What <see cref="TopicTrainer.Train"/> returns: the model and how it did on the held-out examples.</summary>
/// <param name="Model">The trained model; plug it into an analyzer with <see cref="NewsAnalyzerOptions.TopicModel"/>
/// or keep it with <see cref="TopicModel.Save(Stream)"/>.</param>
/// <param name="Evaluation">Per-label precision, recall and F1 on the held-out split; <see langword="null"/> when
/// nothing was held out.</param>
public sealed record TopicTrainingResult(TopicModel Model, TopicEvaluation? Evaluation);
