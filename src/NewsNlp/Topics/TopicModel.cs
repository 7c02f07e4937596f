using System.Buffers;
using System.IO.Compression;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;

namespace NewsNlp;

/// <summary>A text classifier for your own subject taxonomy; plug it into an analyzer with
/// <see cref="NewsAnalyzerOptions.TopicModel"/> to replace the built-in IPTC subjects.</summary>
/// <remarks>
/// <para>Train with <see cref="Train(IEnumerable{ValueTuple{string, string}}, TopicTrainingOptions?)"/> from labelled
/// texts (a stratified share of each label is held out and evaluated), keep it with <see cref="Save(Stream)"/> and
/// bring it back with <see cref="Load(Stream)"/>.</para>
/// <para>The model is multinomial logistic regression (maximum entropy, trained by ML.NET's L-BFGS) over hashed word
/// and bigram TF-IDF features. Classifying does not go through ML.NET: the weights are read out after training and a
/// text is scored with one pass over its words and a sparse dot product, so it costs microseconds and allocates
/// nothing per call beyond the result.</para>
/// <para>A model is immutable and <b>thread-safe</b>: <see cref="Classify(string)"/> may be called from many threads at once.</para>
/// </remarks>
public sealed class TopicModel
{
    private static readonly byte[] s_magic = "NNTM"u8.ToArray();
    /// <summary>File format written: 3 records the feature-hash format after the version.</summary>
    private const int FormatVersion = 3;

    /// <summary>The file format before models recorded their feature-hash format; still read.</summary>
    private const int UnrecordedHashFormatVersion = 2;
    private const int SmallTrainingSet = 2000;

    /// <summary>Feature hash bits: 2^22 buckets, so that distinct words and bigrams almost never share one.</summary>
    private const int FeatureBits = 22;

    private readonly string[] _labels;
    private readonly RankedBitmap _vocabulary;
    private readonly float[] _idf;
    private readonly int[] _rowOf;
    private readonly float[] _rows;
    private readonly float[] _bias;

    private TopicModel(string[] labels, RankedBitmap vocabulary, float[] idf, int[] rowOf, float[] rows, float[] bias, TopicEvaluation? evaluation)
    {
        _labels = labels;
        _vocabulary = vocabulary;
        _idf = idf;
        _rowOf = rowOf;
        _rows = rows;
        _bias = bias;
        Evaluation = evaluation;
    }

    /// <summary>Gets the labels the model can return, in the model's order.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>Gets the evaluation on the held-out split when the model was just trained; <see langword="null"/> after <see cref="Load(Stream)"/>
    /// or when nothing was held out.</summary>
    public TopicEvaluation? Evaluation { get; }

    /// <summary>Trains a model from labelled texts, holding out a stratified share of each label to evaluate it.</summary>
    /// <param name="examples">The texts and their labels (at least two distinct labels).</param>
    /// <param name="options">Hold-out share, seed and progress; <see langword="null"/> for defaults.</param>
    /// <returns>The trained model; its <see cref="Evaluation"/> holds per-label precision, recall and F1 on the held-out split.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="examples"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Fewer than two distinct labels, or an empty label.</exception>
    public static TopicModel Train(IEnumerable<(string Text, string Label)> examples, TopicTrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        options ??= new TopicTrainingOptions();
        if (options.HoldOutFraction is < 0 or > 0.5 || double.IsNaN(options.HoldOutFraction))
        {
            throw new ArgumentException("HoldOutFraction must be in [0, 0.5]; got " + options.HoldOutFraction.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".", nameof(options));
        }

        var byLabel = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach ((string text, string label) in examples)
        {
            if (string.IsNullOrWhiteSpace(label))
            {
                throw new ArgumentException("Every example needs a non-empty label.", nameof(examples));
            }

            string key = label.Trim();
            if (!byLabel.TryGetValue(key, out List<string>? list))
            {
                byLabel[key] = list = [];
            }

            list.Add(text ?? string.Empty);
        }

        if (byLabel.Count < 2)
        {
            throw new ArgumentException("Training needs at least two distinct labels; got " + byLabel.Count + ".", nameof(examples));
        }

        // Stratified, seeded hold-out: shuffle each label's examples, then every k-th goes to the test split.
        var train = new List<TopicInput>();
        var test = new List<TopicInput>();
        var random = new Random(options.Seed);
        foreach ((string label, List<string> texts) in byLabel)
        {
            int[] order = Enumerable.Range(0, texts.Count).ToArray();
            random.Shuffle(order);
            int testCount = texts.Count < 2 ? 0 : (int)Math.Round(texts.Count * options.HoldOutFraction);
            for (int i = 0; i < order.Length; i++)
            {
                var row = new TopicInput { Text = texts[order[i]], Label = label };
                (i < testCount ? test : train).Add(row);
            }
        }

        options.Progress?.Report($"training on {train.Count} examples, {byLabel.Count} labels; holding out {test.Count}");
        // Small sets keep every n-gram; large ones drop those seen once (smaller model, little loss).
        TopicPipelineSettings settings = train.Count < SmallTrainingSet ? TopicPipelineSettings.Default with { MinCount = 1 } : TopicPipelineSettings.Default;
        TopicModel model = TrainCore(train, settings, options.Seed);
        if (test.Count == 0)
        {
            options.Progress?.Report("trained (nothing held out)");
            return model;
        }

        options.Progress?.Report($"evaluating on {test.Count} held-out examples");
        var gold = new List<string>(test.Count);
        var predicted = new List<string>(test.Count);
        foreach (TopicInput row in test)
        {
            gold.Add(row.Label);
            predicted.Add(model.PredictTop(row.Text));
        }

        TopicEvaluation evaluation = TopicEvaluation.Compute([.. byLabel.Keys], gold, predicted, train.Count);
        return new TopicModel(model._labels, model._vocabulary, model._idf, model._rowOf, model._rows, model._bias, evaluation);
    }

    /// <summary>Trains on exactly <paramref name="train"/> with the given settings (used by the training project).</summary>
    internal static TopicModel TrainCore(IReadOnlyList<TopicInput> train, TopicPipelineSettings settings, int seed)
    {
        // Vocabulary: every word and bigram hash bucket seen in at least MinCount training texts.
        var documentFrequency = new Dictionary<int, int>();
        var seen = new HashSet<int>();
        ulong[] buffer = [];
        foreach (TopicInput row in train)
        {
            using TopicWordBuffer words = TopicWords.Of(row.Text);
            int max = TopicFeatures.MaxFeatures(words.Count);
            if (buffer.Length < max)
            {
                buffer = new ulong[Math.Max(max, buffer.Length * 2)];
            }

            int n = TopicFeatures.Extract(row.Text, words.Words, buffer);
            seen.Clear();
            for (int i = 0; i < n; i++)
            {
                int bucket = (int)(buffer[i] >> (64 - FeatureBits));
                if (seen.Add(bucket))
                {
                    documentFrequency[bucket] = documentFrequency.GetValueOrDefault(bucket) + 1;
                }
            }
        }

        var kept = new List<int>();
        foreach ((int bucket, int df) in documentFrequency)
        {
            if (df >= settings.MinCount)
            {
                kept.Add(bucket);
            }
        }

        kept.Sort();
        var vocabulary = new RankedBitmap(FeatureBits, kept);
        var idf = new float[kept.Count];
        for (int v = 0; v < idf.Length; v++)
        {
            idf[v] = TopicFeatures.Idf(train.Count, documentFrequency[kept[v]]);
        }

        // Vectors, then ML.NET's maximum-entropy trainer on them.
        var rows = new List<VectorRow>(train.Count);
        foreach (TopicInput row in train)
        {
            using TopicWordBuffer words = TopicWords.Of(row.Text);
            int max = TopicFeatures.MaxFeatures(words.Count);
            var indices = new int[max];
            var values = new float[max];
            int m = TopicFeatures.Vectorize(row.Text, words.Words, vocabulary, idf, indices, values);
            rows.Add(new VectorRow { Label = row.Label, Features = new VBuffer<float>(Math.Max(1, kept.Count), m, values[..m], indices[..m]) });
        }

        var ml = new MLContext(seed);
        SchemaDefinition schema = SchemaDefinition.Create(typeof(VectorRow));
        schema[nameof(VectorRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, Math.Max(1, kept.Count));
        IDataView data = ml.Data.LoadFromEnumerable(rows, schema);
        var pipeline = ml.Transforms.Conversion.MapValueToKey(nameof(VectorRow.Label), nameof(VectorRow.Label), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = nameof(VectorRow.Label),
                FeatureColumnName = nameof(VectorRow.Features),
                L2Regularization = settings.L2,
                L1Regularization = settings.L1,
                NumberOfThreads = 1,
                MaximumNumberOfIterations = settings.MaxIterations,
            }));
        var fitted = pipeline.Fit(data);

        VBuffer<ReadOnlyMemory<char>> names = default;
        fitted.GetOutputSchema(data.Schema)["Score"].GetSlotNames(ref names);
        ReadOnlyMemory<char>[] slotNames = names.DenseValues().ToArray();
        string[] labels = new string[slotNames.Length];
        for (int i = 0; i < labels.Length; i++)
        {
            labels[i] = slotNames[i].ToString();
        }

        MaximumEntropyModelParameters parameters = fitted.LastTransformer.Model;
        VBuffer<float>[] weights = [];
        parameters.GetWeights(ref weights, out int classes);
        float[] bias = [.. parameters.GetBiases()];
        return FromWeights(labels, vocabulary, idf, weights, classes, bias);
    }

    /// <summary>Keeps the weights as rows per vocabulary entry, only for entries with a non-zero weight.</summary>
    private static TopicModel FromWeights(string[] labels, RankedBitmap vocabulary, float[] idf, VBuffer<float>[] weights, int classes, float[] bias)
    {
        int size = vocabulary.Count;
        var dense = new float[classes][];
        for (int c = 0; c < classes; c++)
        {
            dense[c] = new float[Math.Max(1, size)];
            weights[c].CopyTo(dense[c]);
        }

        var rowOf = new int[size];
        var rows = new List<float>();
        for (int v = 0; v < size; v++)
        {
            bool any = false;
            for (int c = 0; c < classes; c++)
            {
                any |= dense[c][v] != 0;
            }

            rowOf[v] = any ? rows.Count : -1;
            if (any)
            {
                for (int c = 0; c < classes; c++)
                {
                    rows.Add(dense[c][v]);
                }
            }
        }

        return new TopicModel(labels, vocabulary, idf, rowOf, [.. rows], bias, null);
    }

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

    /// <summary>Writes the model to a stream (Brotli-compressed).</summary>
    /// <param name="stream">A writable stream; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(s_magic);
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        writer.Write(FormatVersion);
        writer.Write(FeatureHash.FormatVersion);
        writer.Write(_labels.Length);
        foreach (string label in _labels)
        {
            writer.Write(label);
        }

        foreach (float b in _bias)
        {
            writer.Write(b);
        }

        writer.Write(_vocabulary.Bits);
        writer.Write(_vocabulary.Count);
        int previous = -1;
        int v = 0;
        foreach (int bucket in _vocabulary.Members())
        {
            writer.Write7BitEncodedInt(bucket - previous);
            previous = bucket;
            writer.Write(_idf[v]);
            writer.Write(_rowOf[v] >= 0);
            if (_rowOf[v] >= 0)
            {
                for (int c = 0; c < _labels.Length; c++)
                {
                    writer.Write(_rows[_rowOf[v] + c]);
                }
            }

            v++;
        }
    }

    /// <summary>Writes the model to a file.</summary>
    /// <param name="path">The file to create or overwrite.</param>
    public void Save(string path)
    {
        using FileStream stream = File.Create(path);
        Save(stream);
    }

    /// <summary>Reads a model written by <see cref="Save(Stream)"/>.</summary>
    /// <param name="stream">A readable stream positioned at the model; left open.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDataException">The stream does not hold a NewsNlp topic model of this version, or its features were hashed with another format.</exception>
    public static TopicModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> magic = stackalloc byte[4];
        if (stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) != 4 || !magic.SequenceEqual(s_magic))
        {
            throw new InvalidDataException("Not a NewsNlp topic model (bad header).");
        }

        try
        {
            using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new BinaryReader(brotli, Encoding.UTF8, leaveOpen: true);
            int version = reader.ReadInt32();
            if (version is not (FormatVersion or UnrecordedHashFormatVersion))
            {
                throw new InvalidDataException("Unsupported NewsNlp topic model version " + version + " (this library reads version " + FormatVersion + "); train it again.");
            }

            int hashFormat = version == FormatVersion ? reader.ReadInt32() : FeatureHash.UnrecordedFormatVersion;
            FeatureHash.EnsureFormat(hashFormat, "The topic model");

            int labelCount = reader.ReadInt32();
            if (labelCount is < 2 or > 100_000)
            {
                throw new InvalidDataException("Not a NewsNlp topic model (bad label count).");
            }

            string[] labels = new string[labelCount];
            for (int i = 0; i < labelCount; i++)
            {
                labels[i] = reader.ReadString();
            }

            float[] bias = new float[labelCount];
            for (int i = 0; i < labelCount; i++)
            {
                bias[i] = reader.ReadSingle();
            }

            int bits = reader.ReadInt32();
            int size = reader.ReadInt32();
            if (bits is < 6 or > 28 || size < 0 || size > 1 << bits)
            {
                throw new InvalidDataException("Not a NewsNlp topic model (bad vocabulary header).");
            }

            var buckets = new int[size];
            var idf = new float[size];
            var rowOf = new int[size];
            var rows = new List<float>();
            int bucket = -1;
            for (int v = 0; v < size; v++)
            {
                bucket += reader.Read7BitEncodedInt();
                buckets[v] = bucket;
                idf[v] = reader.ReadSingle();
                rowOf[v] = -1;
                if (reader.ReadBoolean())
                {
                    rowOf[v] = rows.Count;
                    for (int c = 0; c < labelCount; c++)
                    {
                        rows.Add(reader.ReadSingle());
                    }
                }
            }

            return new TopicModel(labels, new RankedBitmap(bits, buckets), idf, rowOf, [.. rows], bias, null);
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or InvalidOperationException)
        {
            // InvalidOperationException: what BrotliStream throws on data it cannot decode.
            throw new InvalidDataException("Not a NewsNlp topic model (truncated or corrupt).", e);
        }
    }

    /// <summary>Reads a model from a file written by <see cref="Save(string)"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The model.</returns>
    public static TopicModel Load(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return Load(stream);
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

    /// <summary>An ML.NET training row: a label and a sparse feature vector.</summary>
    private sealed class VectorRow
    {
        public string Label { get; set; } = string.Empty;

        public VBuffer<float> Features { get; set; }
    }
}
