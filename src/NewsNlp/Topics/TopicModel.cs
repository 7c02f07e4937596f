using System.Collections.Concurrent;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace NewsNlp;

/// <summary>A text classifier for your own subject taxonomy, trained with ML.NET; plug it into an analyzer with
/// <see cref="NewsAnalyzerOptions.TopicModel"/> to replace the built-in IPTC subjects.</summary>
/// <remarks>
/// <para>Train with <see cref="Train(IEnumerable{ValueTuple{string, string}}, TopicTrainingOptions?)"/> from labelled
/// texts (a stratified share of each label is held out and evaluated), keep it with <see cref="Save(Stream)"/> and
/// bring it back with <see cref="Load(Stream)"/>.</para>
/// <para>A model is immutable and <b>thread-safe</b>: <see cref="Classify(string)"/> may be called from many threads at once.</para>
/// </remarks>
public sealed class TopicModel
{
    private static readonly byte[] s_magic = "NNTM"u8.ToArray();
    private const int FormatVersion = 1;
    private const int SmallTrainingSet = 2000;

    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly string[] _labels;
    private readonly ConcurrentBag<PredictionEngine<TopicInput, TopicOutput>> _engines = [];
    private readonly Lock _createLock = new();

    private TopicModel(MLContext ml, ITransformer transformer, DataViewSchema inputSchema, TopicEvaluation? evaluation)
    {
        _ml = ml;
        _transformer = transformer;
        InputSchema = inputSchema;
        DataViewSchema output = transformer.GetOutputSchema(inputSchema);
        VBuffer<ReadOnlyMemory<char>> names = default;
        output["Score"].GetSlotNames(ref names);
        ReadOnlyMemory<char>[] values = names.DenseValues().ToArray();
        _labels = new string[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            _labels[i] = values[i].ToString();
        }

        Evaluation = evaluation;
    }

    /// <summary>Gets the labels the model can return, in the model's order.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>Gets the evaluation on the held-out split when the model was just trained; <see langword="null"/> after <see cref="Load(Stream)"/>
    /// or when nothing was held out.</summary>
    public TopicEvaluation? Evaluation { get; }

    internal DataViewSchema InputSchema { get; }

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
        return new TopicModel(model._ml, model._transformer, model.InputSchema, evaluation);
    }

    /// <summary>Trains on exactly <paramref name="train"/> with the given pipeline (used by the training project).</summary>
    internal static TopicModel TrainCore(IReadOnlyList<TopicInput> train, TopicPipelineSettings settings, int seed)
    {
        var ml = new MLContext(seed);
        IDataView data = ml.Data.LoadFromEnumerable(train);
        var text = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = false,
            StopWordsRemoverOptions = new StopWordsRemovingEstimator.Options { Language = TextFeaturizingEstimator.Language.English },
            WordFeatureExtractor = new WordBagEstimator.Options
            {
                NgramLength = settings.WordNgrams,
                UseAllLengths = true,
                Weighting = settings.TfIdf ? NgramExtractingEstimator.WeightingCriteria.TfIdf : NgramExtractingEstimator.WeightingCriteria.Tf,
            },
            CharFeatureExtractor = settings.CharNgrams > 0 ? new WordBagEstimator.Options { NgramLength = settings.CharNgrams, UseAllLengths = false } : null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };

        IEstimator<ITransformer> pipeline = ml.Transforms.Conversion.MapValueToKey("Label", "Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.Transforms.Text.FeaturizeText("Features", text, "Text"));
        if (settings.MinCount > 1)
        {
            pipeline = pipeline.Append(ml.Transforms.FeatureSelection.SelectFeaturesBasedOnCount("Features", count: settings.MinCount));
        }

        pipeline = settings.Trainer switch
        {
            "sdca" => pipeline.Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                L2Regularization = settings.L2,
                NumberOfThreads = 1,
                MaximumNumberOfIterations = settings.MaxIterations,
            })),
            _ => pipeline.Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                L2Regularization = settings.L2,
                L1Regularization = settings.L1,
                NumberOfThreads = 1,
                MaximumNumberOfIterations = settings.MaxIterations,
            })),
        };

        ITransformer transformer = pipeline.Fit(data);
        return new TopicModel(ml, transformer, data.Schema, null);
    }

    /// <summary>Scores a text against every label.</summary>
    /// <param name="text">The text (a headline and body, or any passage).</param>
    /// <returns>One score in [0, 1] per label (summing to 1), highest first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<TopicScore> Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        float[] scores = Predict(text);
        var result = new TopicScore[scores.Length];
        for (int i = 0; i < scores.Length; i++)
        {
            result[i] = new TopicScore(_labels[i], _labels[i], scores[i]);
        }

        Array.Sort(result, static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Code, b.Code));
        return result;
    }

    /// <summary>Writes the model to a stream.</summary>
    /// <param name="stream">A writable stream; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var body = new MemoryStream();
        _ml.Model.Save(_transformer, InputSchema, body);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(s_magic);
        writer.Write(FormatVersion);
        writer.Write(_labels.Length);
        foreach (string label in _labels)
        {
            writer.Write(label);
        }

        writer.Write(checked((int)body.Length));
        writer.Write(body.GetBuffer(), 0, (int)body.Length);
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
    /// <exception cref="InvalidDataException">The stream does not hold a NewsNlp topic model.</exception>
    public static TopicModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            byte[] magic = reader.ReadBytes(4);
            if (!magic.AsSpan().SequenceEqual(s_magic) || reader.ReadInt32() != FormatVersion)
            {
                throw new InvalidDataException("Not a NewsNlp topic model (bad header).");
            }

            int labelCount = reader.ReadInt32();
            if (labelCount is < 0 or > 100_000)
            {
                throw new InvalidDataException("Not a NewsNlp topic model (bad label count).");
            }

            for (int i = 0; i < labelCount; i++)
            {
                _ = reader.ReadString();
            }

            int length = reader.ReadInt32();
            byte[] body = reader.ReadBytes(length);
            if (length < 0 || body.Length != length)
            {
                throw new InvalidDataException("Not a NewsNlp topic model (truncated).");
            }

            var ml = new MLContext(1);
            using var bodyStream = new MemoryStream(body, writable: false);
            ITransformer transformer = ml.Model.Load(bodyStream, out DataViewSchema inputSchema);
            return new TopicModel(ml, transformer, inputSchema, null);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("Not a NewsNlp topic model (truncated).", e);
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

    /// <summary>Probabilities aligned with <see cref="Labels"/>. Thread-safe (engines are pooled).</summary>
    internal float[] Predict(string text)
    {
        PredictionEngine<TopicInput, TopicOutput> engine = Rent();
        try
        {
            TopicOutput output = engine.Predict(new TopicInput { Text = text });
            var copy = new float[_labels.Length];
            output.Score.AsSpan(0, Math.Min(copy.Length, output.Score.Length)).CopyTo(copy);
            return copy;
        }
        finally
        {
            if (_engines.Count < 2 * Environment.ProcessorCount)
            {
                _engines.Add(engine);
            }
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

    private PredictionEngine<TopicInput, TopicOutput> Rent()
    {
        if (_engines.TryTake(out PredictionEngine<TopicInput, TopicOutput>? engine))
        {
            return engine;
        }

        lock (_createLock)
        {
            return _ml.Model.CreatePredictionEngine<TopicInput, TopicOutput>(_transformer, InputSchema);
        }
    }
}
