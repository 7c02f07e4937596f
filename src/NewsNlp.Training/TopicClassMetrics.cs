namespace NewsNlp;

/// <summary>Precision, recall and F1 of one label on a held-out split.</summary>
/// <param name="Label">The label.</param>
/// <param name="Precision">Correct predictions of the label over all predictions of it, in [0, 1].</param>
/// <param name="Recall">Correct predictions of the label over all held-out examples of it, in [0, 1].</param>
/// <param name="F1">The harmonic mean of <paramref name="Precision"/> and <paramref name="Recall"/>.</param>
/// <param name="Support">The number of held-out examples with this label.</param>
public sealed record TopicClassMetrics(string Label, double Precision, double Recall, double F1, int Support);
