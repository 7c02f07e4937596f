using System.Diagnostics.CodeAnalysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;

namespace NewsNlp;

/// <summary>Trains a <see cref="TopicModel"/> for your own subject taxonomy from labelled texts: ML.NET fits the
/// weights on the runtime's own features, then the weights are read out into a model that the NewsNlp package scores
/// natively (no ML.NET at run time).</summary>
/// <remarks>Keep the trained model with <see cref="TopicModel.Save(Stream)"/>; an application that only classifies
/// needs the NewsNlp package alone and <see cref="TopicModel.Load(Stream)"/>. ML.NET builds code at run time and reads
/// types by reflection, so training is neither trim- nor AOT-safe; train in a JIT process.</remarks>
public static class TopicTrainer
{
    /// <summary>Below this many training examples every n-gram is kept (MinCount 1); above, those seen once are
    /// dropped (smaller model, little loss).</summary>
    private const int SmallTrainingSet = 2000;

    /// <summary>Why training is not AOT-safe (the reason shown by the analyzer at a call site).</summary>
    private const string MlNetDynamicCode = "ML.NET compiles code at run time (LoadFromEnumerable, the trainers); training does not work under NativeAOT.";

    /// <summary>Why training is not trim-safe.</summary>
    private const string MlNetReflection = "ML.NET reads the training row types by reflection; trimming can remove what it needs.";

    /// <summary>Trains a model from labelled texts, holding out a stratified share of each label to evaluate it.</summary>
    /// <param name="examples">The texts and their labels (at least two distinct labels).</param>
    /// <param name="options">Hold-out share, seed and progress; <see langword="null"/> for defaults.</param>
    /// <returns>The trained model, and its per-label precision, recall and F1 on the held-out split (<see langword="null"/>
    /// when nothing was held out).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="examples"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Fewer than two distinct labels, or an empty label.</exception>
    [RequiresDynamicCode(MlNetDynamicCode)]
    [RequiresUnreferencedCode(MlNetReflection)]
    public static TopicTrainingResult Train(IEnumerable<(string Text, string Label)> examples, TopicTrainingOptions? options = null)
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
            return new TopicTrainingResult(model, null);
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
        return new TopicTrainingResult(model, evaluation);
    }

    /// <summary>Trains on exactly <paramref name="train"/> with the given settings (the model builder trains the shipped
    /// model with it).</summary>
    [RequiresDynamicCode(MlNetDynamicCode)]
    [RequiresUnreferencedCode(MlNetReflection)]
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
                int bucket = (int)(buffer[i] >> (64 - TopicModel.FeatureBits));
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
        var vocabulary = new RankedBitmap(TopicModel.FeatureBits, kept);
        var idf = new float[kept.Count];
        for (int v = 0; v < idf.Length; v++)
        {
            idf[v] = TopicFeatures.Idf(train.Count, documentFrequency[kept[v]]);
        }

        // Vectors, then ML.NET's maximum-entropy trainer on them.
        var vectors = new List<VectorRow>(train.Count);
        foreach (TopicInput row in train)
        {
            using TopicWordBuffer words = TopicWords.Of(row.Text);
            int max = TopicFeatures.MaxFeatures(words.Count);
            var indices = new int[max];
            var values = new float[max];
            int m = TopicFeatures.Vectorize(row.Text, words.Words, vocabulary, idf, indices, values);
            vectors.Add(new VectorRow { Label = row.Label, Weight = row.Weight, Features = new VBuffer<float>(Math.Max(1, kept.Count), m, values[..m], indices[..m]) });
        }

        var ml = new MLContext(seed);
        SchemaDefinition schema = SchemaDefinition.Create(typeof(VectorRow));
        schema[nameof(VectorRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, Math.Max(1, kept.Count));
        IDataView data = ml.Data.LoadFromEnumerable(vectors, schema);
        var pipeline = ml.Transforms.Conversion.MapValueToKey(nameof(VectorRow.Label), nameof(VectorRow.Label), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = nameof(VectorRow.Label),
                FeatureColumnName = nameof(VectorRow.Features),
                ExampleWeightColumnName = nameof(VectorRow.Weight),
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

        return new TopicModel(labels, vocabulary, idf, rowOf, [.. rows], bias);
    }

    /// <summary>An ML.NET training row: a label and a sparse feature vector.</summary>
    private sealed class VectorRow
    {
        public string Label { get; set; } = string.Empty;

        public float Weight { get; set; } = 1f;

        public VBuffer<float> Features { get; set; }
    }
}
