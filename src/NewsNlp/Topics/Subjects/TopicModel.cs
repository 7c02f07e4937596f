using System.Buffers;

namespace NewsNlp;

/// <summary>A text classifier for your own subject taxonomy; plug it into an analyzer with
/// <see cref="NewsAnalyzerOptions.TopicModel"/> to replace the built-in IPTC subjects.</summary>
/// <remarks>
/// <para>Train one with <c>TopicTrainer.Train</c> from the NewsNlp.Training package (labelled texts; a stratified share
/// of each label is held out and evaluated), keep it with <see cref="Save(Stream)"/> and bring it back with
/// <see cref="Load(Stream)"/>: loading and classifying need this package alone.</para>
/// <para>The model is multinomial logistic regression (maximum entropy, trained by ML.NET's L-BFGS) over hashed word
/// and bigram TF-IDF features. Classifying does not go through ML.NET: the weights are read out after training and a
/// text is scored with one pass over its words and a sparse dot product, so it costs microseconds and allocates
/// nothing per call beyond the result.</para>
/// <para>A model is immutable and <b>thread-safe</b>: <see cref="Classify(string)"/> may be called from many threads at once.</para>
/// </remarks>
public sealed partial class TopicModel
{
    private static readonly byte[] s_magic = "NNTM"u8.ToArray();
    /// <summary>File format written: 5 stores the vocabulary column by column (bucket gaps, document frequencies,
    /// which entries have weights, the weights label by label) instead of entry by entry: 350 → 262 KB for the
    /// embedded model, the same numbers read back.</summary>
    private const int FormatVersion = 5;

    /// <summary>The first format with the vocabulary in columns.</summary>
    private const int ColumnFormatVersion = 5;

    /// <summary>The file format before columns (4 added optional per-label calibration, Platt scaling and a reporting
    /// threshold, after the biases and optional 8-bit weights); still read.</summary>
    private const int CalibratedFormatVersion = 4;

    /// <summary>The largest document frequency of a model's rarest entry for which <see cref="Save(Stream)"/> looks for
    /// the document counts its inverse document frequencies came from (the trainer keeps entries seen in 3 texts or
    /// more; a model with rarer entries left out still qualifies up to this).</summary>
    private const int MaxRarestDocumentFrequency = 64;

    /// <summary>The file format before calibration; still read.</summary>
    private const int UncalibratedFormatVersion = 3;

    /// <summary>The file format before models recorded their feature-hash format; still read.</summary>
    private const int UnrecordedHashFormatVersion = 2;

    /// <summary>Feature hash bits: 2^22 buckets, so that distinct words and bigrams almost never share one.</summary>
    internal const int FeatureBits = 22;

    private readonly string[] _labels;
    private readonly RankedBitmap _vocabulary;
    private readonly float[] _idf;
    private readonly int[] _rowOf;
    private readonly float[] _rows;
    private readonly float[] _bias;

    /// <summary>Per label: Platt slope and intercept over the log-probability, and the calibrated score from which the
    /// label is reported; null for an uncalibrated model.</summary>
    private readonly float[]? _plattA, _plattB, _thresholds;

    /// <summary>The step of 8-bit weights (every weight is a multiple of it, kept as one signed byte in the file), or
    /// 0 when the weights are full floats.</summary>
    private readonly float _weightStep;

    /// <summary>A model from its parts (the trainer's read-out weights, or a model file).</summary>
    /// <param name="labels">The labels, in weight order.</param>
    /// <param name="vocabulary">The feature buckets kept.</param>
    /// <param name="idf">The inverse document frequency of each vocabulary entry.</param>
    /// <param name="rowOf">Each vocabulary entry's offset in <paramref name="rows"/>, or -1 when all its weights are zero.</param>
    /// <param name="rows">Weights, one row of <paramref name="labels"/>.Length per entry with a non-zero weight.</param>
    /// <param name="bias">One bias per label.</param>
    /// <param name="calibration">Per-label Platt slope, intercept and reporting threshold, or null.</param>
    /// <param name="weightStep">The step of 8-bit weights, or 0 for full floats.</param>
    internal TopicModel(string[] labels, RankedBitmap vocabulary, float[] idf, int[] rowOf, float[] rows, float[] bias, (float[] A, float[] B, float[] Thresholds)? calibration = null, float weightStep = 0)
    {
        _weightStep = weightStep;
        _labels = labels;
        _vocabulary = vocabulary;
        _idf = idf;
        _rowOf = rowOf;
        _rows = rows;
        _bias = bias;
        (_plattA, _plattB, _thresholds) = calibration is { } c ? (c.A, c.B, c.Thresholds) : (null, null, null);
    }

    /// <summary>Gets whether the model carries per-label calibration (<see cref="PredictCalibrated"/>).</summary>
    internal bool IsCalibrated => _plattA is not null;

    /// <summary>Gets the calibrated score from which each label is reported (empty when uncalibrated).</summary>
    internal ReadOnlySpan<float> Thresholds => _thresholds;

    /// <summary>The same weights with per-label calibration.</summary>
    internal TopicModel WithCalibration(float[] a, float[] b, float[] thresholds) =>
        new(_labels, _vocabulary, _idf, _rowOf, _rows, _bias, (a, b, thresholds), _weightStep);

    /// <summary>The same weights without calibration (the model builder recalibrates a saved model).</summary>
    internal TopicModel WithoutCalibration() => new(_labels, _vocabulary, _idf, _rowOf, _rows, _bias, null, _weightStep);

    /// <summary>A smaller copy: weights below <paramref name="pruneBelow"/> in magnitude dropped, the rest rounded to
    /// 255 levels (kept as one signed byte each in the file); rows left all zero are dropped.</summary>
    internal TopicModel Compact(float pruneBelow)
    {
        int classes = _labels.Length;
        float max = 0;
        foreach (float w in _rows)
        {
            max = Math.Max(max, Math.Abs(w));
        }

        float step = max > 0 ? max / 127 : 1;
        var rowOf = new int[_rowOf.Length];
        var rows = new List<float>();
        for (int v = 0; v < _rowOf.Length; v++)
        {
            rowOf[v] = -1;
            if (_rowOf[v] < 0)
            {
                continue;
            }

            int start = rows.Count;
            bool any = false;
            for (int c = 0; c < classes; c++)
            {
                float w = _rows[_rowOf[v] + c];
                float q = Math.Abs(w) < pruneBelow ? 0 : MathF.Round(w / step) * step;
                any |= q != 0;
                rows.Add(q);
            }

            if (any)
            {
                rowOf[v] = start;
            }
            else
            {
                rows.RemoveRange(start, classes);
            }
        }

        (float[], float[], float[])? calibration = _plattA is null ? null : (_plattA, _plattB!, _thresholds!);
        return new TopicModel(_labels, _vocabulary, _idf, rowOf, [.. rows], _bias, calibration, step);
    }

    /// <summary>Gets the vocabulary size and the number of entries with weights (model builder statistics).</summary>
    internal (int Vocabulary, int Rows) Size => (_rowOf.Length, _rows.Length / _labels.Length);

    /// <summary>Gets the labels the model can return, in the model's order.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>Scores a text against every label.</summary>
    /// <param name="text">The text (a headline and body, or any passage).</param>
    /// <returns>One score in [0, 1] per label (summing to 1), highest first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<TopicScore> Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ToScores(Predict(text));
    }

    /// <summary>Scores the words of a text (an article's, read off its text layer) against every label.</summary>
    internal IReadOnlyList<TopicScore> Classify(ReadOnlySpan<char> text, ReadOnlySpan<TopicWord> words)
    {
        var probabilities = new float[_labels.Length];
        Predict(text, words, probabilities);
        return ToScores(probabilities);
    }

    private TopicScore[] ToScores(float[] scores)
    {
        var result = new TopicScore[scores.Length];
        for (int i = 0; i < scores.Length; i++)
        {
            result[i] = new TopicScore(_labels[i], _labels[i], scores[i]);
        }

        Array.Sort(result, static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Code, b.Code));
        return result;
    }

    /// <summary>Probabilities aligned with <see cref="Labels"/>. Thread-safe.</summary>
    internal float[] Predict(ReadOnlySpan<char> text)
    {
        var probabilities = new float[_labels.Length];
        Predict(text, probabilities);
        return probabilities;
    }

    /// <summary>Writes the probability of each label (aligned with <see cref="Labels"/>) into <paramref name="probabilities"/>.</summary>
    internal void Predict(ReadOnlySpan<char> text, Span<float> probabilities)
    {
        using TopicWordBuffer words = TopicWords.Of(text);
        Predict(text, words.Words, probabilities);
    }

    /// <summary>Writes the probability of each label for the words of a text into <paramref name="probabilities"/>.</summary>
    internal void Predict(ReadOnlySpan<char> text, ReadOnlySpan<TopicWord> words, Span<float> probabilities)
    {
        int classes = _labels.Length;
        Span<double> z = classes <= 256 ? stackalloc double[classes] : new double[classes];
        Scores(text, words, z);
        double logSum = LogSumExp(z);
        for (int c = 0; c < classes; c++)
        {
            probabilities[c] = (float)Math.Exp(z[c] - logSum);
        }
    }

    /// <summary>Writes each label's calibrated score (Platt scaling of its log-probability: about the precision of
    /// reporting it at that score) into <paramref name="scores"/>; the plain probability when uncalibrated.</summary>
    /// <returns>The number of the text's features that carry a weight (0: no evidence for any label).</returns>
    internal int PredictCalibrated(ReadOnlySpan<char> text, ReadOnlySpan<TopicWord> words, Span<float> scores)
    {
        int classes = _labels.Length;
        Span<double> z = classes <= 256 ? stackalloc double[classes] : new double[classes];
        int evidence = Scores(text, words, z);
        double logSum = LogSumExp(z);
        for (int c = 0; c < classes; c++)
        {
            double logP = z[c] - logSum;
            scores[c] = _plattA is null ? (float)Math.Exp(logP) : (float)(1 / (1 + Math.Exp(-((_plattA[c] * logP) + _plattB![c]))));
        }

        return evidence;
    }

    /// <summary>The linear scores (bias + weights · TF-IDF vector) of every label; returns the number of features with a weight.</summary>
    private int Scores(ReadOnlySpan<char> text, ReadOnlySpan<TopicWord> words, Span<double> z)
    {
        int classes = _labels.Length;
        int max = TopicFeatures.MaxFeatures(words.Length);
        int[] indices = ArrayPool<int>.Shared.Rent(max);
        float[] values = ArrayPool<float>.Shared.Rent(max);
        try
        {
            for (int c = 0; c < classes; c++)
            {
                z[c] = _bias[c];
            }

            int weighted = 0;
            int n = TopicFeatures.Vectorize(text, words, _vocabulary, _idf, indices, values);
            for (int i = 0; i < n; i++)
            {
                int row = _rowOf[indices[i]];
                if (row < 0)
                {
                    continue;
                }

                weighted++;
                ReadOnlySpan<float> w = _rows.AsSpan(row, classes);
                float x = values[i];
                for (int c = 0; c < classes; c++)
                {
                    z[c] += x * w[c];
                }
            }

            return weighted;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(indices);
            ArrayPool<float>.Shared.Return(values);
        }
    }

    private static double LogSumExp(ReadOnlySpan<double> z)
    {
        double top = double.NegativeInfinity;
        foreach (double v in z)
        {
            top = Math.Max(top, v);
        }

        double sum = 0;
        foreach (double v in z)
        {
            sum += Math.Exp(v - top);
        }

        return top + Math.Log(sum);
    }

    /// <summary>The label with the highest probability.</summary>
    internal string PredictTop(string text)
    {
        float[] scores = Predict(text);
        int best = 0;
        for (int i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return _labels[best];
    }
}
