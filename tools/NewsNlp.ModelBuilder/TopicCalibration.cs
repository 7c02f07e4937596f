using System.Globalization;
using System.Text;

namespace NewsNlp.ModelBuilder;

/// <summary>Scores texts with a trained (not yet embedded) model, per IPTC subject.</summary>
internal sealed class SubjectScorer
{
    private readonly int[] _toSubject;

    public SubjectScorer(TopicModel model)
    {
        Model = model;
        _toSubject = [.. model.Labels.Select(IptcSubjects.IndexOfCode)];
        Thresholds = new float[IptcSubjects.Count];
        Array.Fill(Thresholds, 0.5f);
        if (model.IsCalibrated)
        {
            for (int i = 0; i < _toSubject.Length; i++)
            {
                Thresholds[_toSubject[i]] = model.Thresholds[i];
            }
        }
    }

    public TopicModel Model { get; }

    /// <summary>Gets the reporting threshold per subject.</summary>
    public float[] Thresholds { get; }

    /// <summary>Calibrated (or plain) score per subject; returns the number of weighted features.</summary>
    public int Score(string text, float[] scores)
    {
        using TopicWordBuffer words = TopicWords.Of(text);
        Span<float> p = stackalloc float[_toSubject.Length];
        int evidence = Model.PredictCalibrated(text, words.Words, p);
        Array.Clear(scores);
        for (int i = 0; i < p.Length; i++)
        {
            scores[_toSubject[i]] = p[i];
        }

        return evidence;
    }

    public float[] Score(string text)
    {
        var s = new float[IptcSubjects.Count];
        Score(text, s);
        return s;
    }
}

/// <summary>Per-subject Platt scaling of the model's log-probabilities and reporting thresholds, both fitted on the
/// calibration split only, and the reliability table of calibrated scores.</summary>
internal static class TopicCalibration
{
    /// <summary>A secondary subject is never reported below this calibrated score, whatever F1 on the calibration
    /// split prefers (a listed subject should be more likely than not to be one in four).</summary>
    private const float MinThreshold = 0.25f;

    /// <summary>Most Newton steps of a Platt fit (it converges in a handful).</summary>
    private const int PlattIterations = 50;

    /// <summary>Log-probabilities are clipped here (a zero probability has no logarithm).</summary>
    private const double MinLogP = -30;

    /// <summary>Fits the calibration on <paramref name="cal"/> and returns the calibrated model.</summary>
    public static TopicModel Calibrate(TopicModel model, List<LabeledText> cal, string mode = "subject")
    {
        var raw = new SubjectScorer(model);
        int labels = model.Labels.Count;
        var a = new float[labels];
        var b = new float[labels];
        var thresholds = new float[labels];
        var scores = new List<float[]>(cal.Count);
        foreach (LabeledText r in cal)
        {
            scores.Add(raw.Score(r.Text));
        }

        var coverage = new Dictionary<string, bool[]>();
        foreach (IGrouping<string, LabeledText> g in cal.GroupBy(r => r.Source))
        {
            coverage[g.Key] = TopicExtraCorpus.Coverage(g);
        }

        if (mode == "shared")
        {
            var px = new List<double>();
            var py = new List<bool>();
            for (int i = 0; i < labels; i++)
            {
                int c = IptcSubjects.IndexOfCode(model.Labels[i]);
                for (int k = 0; k < cal.Count; k++)
                {
                    if (coverage[cal[k].Source][c])
                    {
                        px.Add(Math.Max(MinLogP, Math.Log(scores[k][c])));
                        py.Add(cal[k].Subjects.Contains(c));
                    }
                }
            }

            (float sa, float sb) = FitPlatt(px, py);
            Array.Fill(a, sa);
            Array.Fill(b, sb);
            Console.WriteLine($"shared calibration: a {sa:F3}, b {sb:F3}");
        }

        for (int i = 0; i < labels; i++)
        {
            int c = IptcSubjects.IndexOfCode(model.Labels[i]);
            var x = new List<double>();
            var y = new List<bool>();
            for (int k = 0; k < cal.Count; k++)
            {
                if (coverage[cal[k].Source][c])
                {
                    x.Add(Math.Max(MinLogP, Math.Log(scores[k][c])));
                    y.Add(cal[k].Subjects.Contains(c));
                }
            }

            if (mode != "shared")
            {
                (a[i], b[i]) = FitPlatt(x, y);
            }

            var q = new List<float>(x.Count);
            foreach (double v in x)
            {
                q.Add((float)(1 / (1 + Math.Exp(-((a[i] * v) + b[i])))));
            }

            thresholds[i] = BestThreshold(q, y);
        }

        return model.WithCalibration(a, b, thresholds);
    }

    /// <summary>Platt's method (with his smoothed targets), fitted by Newton's method with step halving.</summary>
    private static (float A, float B) FitPlatt(List<double> x, List<bool> y)
    {
        int positives = y.Count(v => v);
        int negatives = y.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return (1f, 0f);
        }

        double hi = (positives + 1.0) / (positives + 2.0), lo = 1.0 / (negatives + 2.0);
        double A = 1, B = 0;
        double loss = Loss(A, B);
        for (int it = 0; it < PlattIterations; it++)
        {
            double gA = 0, gB = 0, hAA = 1e-9, hAB = 0, hBB = 1e-9;
            for (int i = 0; i < x.Count; i++)
            {
                double p = Sigmoid((A * x[i]) + B);
                double t = y[i] ? hi : lo;
                double d = p - t, w = p * (1 - p);
                gA += d * x[i];
                gB += d;
                hAA += w * x[i] * x[i];
                hAB += w * x[i];
                hBB += w;
            }

            double det = (hAA * hBB) - (hAB * hAB);
            double dA = -((hBB * gA) - (hAB * gB)) / det, dB = -((-hAB * gA) + (hAA * gB)) / det;
            double step = 1;
            while (step > 1e-6 && Loss(A + (step * dA), B + (step * dB)) > loss)
            {
                step /= 2;
            }

            A += step * dA;
            B += step * dB;
            double next = Loss(A, B);
            if (loss - next < 1e-9)
            {
                break;
            }

            loss = next;
        }

        return ((float)A, (float)B);

        double Loss(double a, double b)
        {
            double sum = 0;
            for (int i = 0; i < x.Count; i++)
            {
                double z = (a * x[i]) + b;
                double t = y[i] ? hi : lo;
                // -t log σ(z) - (1-t) log(1-σ(z)), written stably.
                sum += Math.Max(z, 0) - (t * z) + Math.Log(1 + Math.Exp(-Math.Abs(z)));
            }

            return sum;
        }
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    /// <summary>The threshold (in hundredths, from <see cref="MinThreshold"/>) with the best F1 of "score ≥ threshold".</summary>
    private static float BestThreshold(List<float> q, List<bool> y)
    {
        float best = 0.5f;
        double bestF1 = -1;
        for (int t = (int)(MinThreshold * 100); t <= 95; t++)
        {
            float threshold = t / 100f;
            int tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < q.Count; i++)
            {
                bool predicted = q[i] >= threshold;
                tp += predicted && y[i] ? 1 : 0;
                fp += predicted && !y[i] ? 1 : 0;
                fn += !predicted && y[i] ? 1 : 0;
            }

            double f1 = tp == 0 ? 0 : 2.0 * tp / ((2.0 * tp) + fp + fn);
            if (f1 > bestF1)
            {
                bestF1 = f1;
                best = threshold;
            }
        }

        return best;
    }

    /// <summary>Score bins → observed share of (text, subject) pairs whose subject is gold, over the subjects each set labels.</summary>
    public static string ReliabilityTable(SubjectScorer scorer, IEnumerable<List<LabeledText>> sets)
    {
        var count = new int[10];
        var right = new int[10];
        var reportedCount = new int[10];
        var reportedRight = new int[10];
        var scores = new float[IptcSubjects.Count];
        Span<int> chosen = stackalloc int[TopicStage.MaxSubjects];
        foreach (List<LabeledText> set in sets)
        {
            bool[] covered = TopicExtraCorpus.Coverage(set);
            foreach (LabeledText r in set)
            {
                int n = scorer.Score(r.Text, scores) == 0 ? 0 : SubjectClassifier.Select(scores, scorer.Thresholds, chosen);
                for (int c = 0; c < IptcSubjects.Count; c++)
                {
                    if (!covered[c])
                    {
                        continue;
                    }

                    int bin = Math.Min(9, (int)(scores[c] * 10));
                    bool gold = r.Subjects.Contains(c);
                    count[bin]++;
                    right[bin] += gold ? 1 : 0;
                    if (chosen[..n].Contains(c))
                    {
                        reportedCount[bin]++;
                        reportedRight[bin] += gold ? 1 : 0;
                    }
                }
            }
        }

        var sb = new StringBuilder("| score | pairs | observed precision | reported | precision of reported |\n|---|---|---|---|---|\n");
        for (int bin = 0; bin < 10; bin++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {bin / 10.0:F1}–{(bin + 1) / 10.0:F1} | {count[bin]:N0} | {Ratio(right[bin], count[bin])} | {reportedCount[bin]:N0} | {Ratio(reportedRight[bin], reportedCount[bin])} |\n");
        }

        return sb.ToString();
    }

    private static string Ratio(int a, int b) => b == 0 ? "–" : ((double)a / b).ToString("F3", CultureInfo.InvariantCulture);
}
