namespace NewsNlp;

/// <summary>Reads an English news article and returns its structure, entities, quotes and topics.</summary>
/// <remarks>
/// <para>Create one with <see cref="Create(NewsAnalyzerOptions?)"/> (or use <see cref="Default"/>) and reuse it:
/// a built analyzer is immutable and <b>thread-safe</b>; any number of threads may call
/// <see cref="Analyze(string)"/> on the same instance at once. Embedded models are loaded once per process,
/// in the background from the moment an analyzer that needs them is built, and shared by all analyzers.</para>
/// <para>All offsets in the results are half-open UTF-16 code-unit indices into the analyzed string.</para>
/// </remarks>
public sealed partial class NewsAnalyzer
{
    private static readonly Lazy<NewsAnalyzer> s_default = new(() => new NewsAnalyzer(NewsAnalyzerOptions.Default));

    private readonly AnalysisStage[] _stages;

    private NewsAnalyzer(NewsAnalyzerOptions options)
    {
        Options = options;
        _stages = CreateStages(options);

        // Start loading the models in the background, side by side: the first Analyze then waits only for the
        // slowest one instead of all of them in turn. A load that fails fails again, visibly, in Analyze.
        foreach (AnalysisStage stage in _stages)
        {
            _ = Task.Run(() => stage.LoadModels(options));
        }
    }

    /// <summary>Gets a shared analyzer with the default options.</summary>
    public static NewsAnalyzer Default => s_default.Value;

    /// <summary>Gets the options this analyzer was built with.</summary>
    public NewsAnalyzerOptions Options { get; }

    /// <summary>Creates an analyzer. Cache and reuse it.</summary>
    /// <param name="options">Settings, or <see langword="null"/> for <see cref="NewsAnalyzerOptions.Default"/>.</param>
    /// <returns>An immutable, thread-safe analyzer.</returns>
    public static NewsAnalyzer Create(NewsAnalyzerOptions? options = null) => new(options ?? NewsAnalyzerOptions.Default);

    /// <summary>The pipeline, in order: each stage reads what the earlier ones found.</summary>
    private static AnalysisStage[] CreateStages(NewsAnalyzerOptions options)
    {
        var stages = new List<AnalysisStage> { new TokenizationStage() };
        if (options.DetectStructure)
        {
            stages.Add(new StructureStage());
        }

        if (options.FindEntities)
        {
            stages.Add(new EntityStage());
        }

        if (options.FindQuotes)
        {
            stages.Add(new QuoteStage());
        }

        if (options.ClassifyTopics)
        {
            stages.Add(new TopicStage());
        }

        return [.. stages];
    }

    /// <summary>Analyzes one article.</summary>
    /// <param name="text">The article as plain text (scraped page text is fine).</param>
    /// <returns>The immutable analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="MaxInputLength"/>.</exception>
    public NewsAnalysis Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxInputLength)
        {
            ThrowHelper.ThrowInputTooLong(text.Length, MaxInputLength);
        }

        var context = new AnalysisContext(text, Options);
        foreach (AnalysisStage stage in _stages)
        {
            stage.Run(context);
        }

        return new NewsAnalysis
        {
            Text = text,
            Headline = context.Headline,
            Byline = context.Byline,
            Dateline = context.Dateline,
            Categories = context.Categories.ToArray(),
            Boilerplate = context.Boilerplate.ToArray(),
            Paragraphs = context.Paragraphs.ToArray(),
            Sentences = context.Sentences,
            Entities = context.Entities.ToArray(),
            Quotes = context.Quotes.ToArray(),
            Topics = context.Topics.ToArray(),
            Regions = context.Regions.ToArray(),
            Keywords = context.Keywords.ToArray(),
        };
    }

    /// <summary>The longest text <see cref="Analyze(string)"/> accepts, in UTF-16 code units (64 Mi).</summary>
    public const int MaxInputLength = 64 * 1024 * 1024;
}
