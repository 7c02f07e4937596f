using System.Globalization;
using System.Text;

namespace NewsNlp;

/// <summary>How a model trained by <see cref="TopicTrainer.Train"/> did on the examples held out from its training.</summary>
/// <param name="Classes">Per-label precision, recall and F1, in label order.</param>
/// <param name="MacroF1">The unweighted mean F1 over labels with held-out examples.</param>
/// <param name="Accuracy">The share of held-out examples whose top label is right.</param>
/// <param name="TrainCount">The number of examples trained on.</param>
/// <param name="TestCount">The number of examples held out and evaluated.</param>
public sealed record TopicEvaluation(IReadOnlyList<TopicClassMetrics> Classes, double MacroF1, double Accuracy, int TrainCount, int TestCount)
{
    /// <summary>Computes the figures from gold and predicted labels.</summary>
    /// <param name="labels">Every label, in report order.</param>
    /// <param name="gold">The true labels.</param>
    /// <param name="predicted">The predicted labels, aligned with <paramref name="gold"/>.</param>
    /// <param name="trainCount">The number of training examples, for the record.</param>
    /// <returns>The evaluation.</returns>
    internal static TopicEvaluation Compute(IReadOnlyList<string> labels, IReadOnlyList<string> gold, IReadOnlyList<string> predicted, int trainCount)
    {
        var classes = new List<TopicClassMetrics>(labels.Count);
        double sumF1 = 0;
        int withSupport = 0;
        int correct = 0;
        for (int i = 0; i < gold.Count; i++)
        {
            if (string.Equals(gold[i], predicted[i], StringComparison.Ordinal))
            {
                correct++;
            }
        }

        foreach (string label in labels)
        {
            int tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < gold.Count; i++)
            {
                bool g = string.Equals(gold[i], label, StringComparison.Ordinal);
                bool p = string.Equals(predicted[i], label, StringComparison.Ordinal);
                if (g && p)
                {
                    tp++;
                }
                else if (p)
                {
                    fp++;
                }
                else if (g)
                {
                    fn++;
                }
            }

            double precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
            double recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            int support = tp + fn;
            classes.Add(new TopicClassMetrics(label, precision, recall, f1, support));
            if (support > 0)
            {
                sumF1 += f1;
                withSupport++;
            }
        }

        return new TopicEvaluation(classes, withSupport == 0 ? 0 : sumF1 / withSupport, gold.Count == 0 ? 0 : (double)correct / gold.Count, trainCount, gold.Count);
    }

    /// <summary>Formats the figures as a plain-text table: one line per label, then macro-F1 and accuracy.</summary>
    /// <returns>The table.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        int width = 5;
        foreach (TopicClassMetrics c in Classes)
        {
            width = Math.Max(width, c.Label.Length);
        }

        sb.Append("label".PadRight(width)).AppendLine("  precision  recall     f1  support");
        foreach (TopicClassMetrics c in Classes)
        {
            sb.Append(c.Label.PadRight(width))
              .Append(CultureInfo.InvariantCulture, $"  {c.Precision,9:F3}  {c.Recall,6:F3}  {c.F1,5:F3}  {c.Support,7}")
              .AppendLine();
        }

        sb.Append(CultureInfo.InvariantCulture, $"macro-F1 {MacroF1:F3}  accuracy {Accuracy:F3}  (trained on {TrainCount}, held out {TestCount})");
        return sb.ToString();
    }
}
