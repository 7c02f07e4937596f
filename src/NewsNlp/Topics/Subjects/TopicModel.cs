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
    /// <summary>File format written: 3 records the feature-hash format after the version.</summary>
    private const int FormatVersion = 3;

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

    /// <summary>A model from its parts (the trainer's read-out weights, or a model file).</summary>
    /// <param name="labels">The labels, in weight order.</param>
    /// <param name="vocabulary">The feature buckets kept.</param>
    /// <param name="idf">The inverse document frequency of each vocabulary entry.</param>
    /// <param name="rowOf">Each vocabulary entry's offset in <paramref name="rows"/>, or -1 when all its weights are zero.</param>
    /// <param name="rows">Weights, one row of <paramref name="labels"/>.Length per entry with a non-zero weight.</param>
    /// <param name="bias">One bias per label.</param>
    internal TopicModel(string[] labels, RankedBitmap vocabulary, float[] idf, int[] rowOf, float[] rows, float[] bias)
    {
        _labels = labels;
        _vocabulary = vocabulary;
        _idf = idf;
        _rowOf = rowOf;
        _rows = rows;
        _bias = bias;
    }

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
        int max = TopicFeatures.MaxFeatures(words.Length);
        int[] indices = ArrayPool<int>.Shared.Rent(max);
        float[] values = ArrayPool<float>.Shared.Rent(max);
        try
        {
            Span<double> z = classes <= 256 ? stackalloc double[classes] : new double[classes];
            for (int c = 0; c < classes; c++)
            {
                z[c] = _bias[c];
            }

            int n = TopicFeatures.Vectorize(text, words, _vocabulary, _idf, indices, values);
            for (int i = 0; i < n; i++)
            {
                int row = _rowOf[indices[i]];
                if (row < 0)
                {
                    continue;
                }

                ReadOnlySpan<float> w = _rows.AsSpan(row, classes);
                float x = values[i];
                for (int c = 0; c < classes; c++)
                {
                    z[c] += x * w[c];
                }
            }

            double top = double.NegativeInfinity;
            foreach (double v in z)
            {
                top = Math.Max(top, v);
            }

            double sum = 0;
            for (int c = 0; c < classes; c++)
            {
                z[c] = Math.Exp(z[c] - top);
                sum += z[c];
            }

            for (int c = 0; c < classes; c++)
            {
                probabilities[c] = (float)(z[c] / sum);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(indices);
            ArrayPool<float>.Shared.Return(values);
        }
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
