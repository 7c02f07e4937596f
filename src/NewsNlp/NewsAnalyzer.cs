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

    private readonly StructureStage? _structure;
    private readonly EntityStage? _entities;
    private readonly QuoteStage? _quotes;
    private readonly TopicStage? _topics;

    private NewsAnalyzer(NewsAnalyzerOptions options)
    {
        Options = options;
        _structure = options.DetectStructure ? new StructureStage() : null;
        _entities = options.FindEntities ? new EntityStage() : null;
        _quotes = options.FindQuotes ? new QuoteStage() : null;
        _topics = options.ClassifyTopics ? new TopicStage(options) : null;

        // Start loading the models in the background, side by side: the first Analyze then waits only for the
        // slowest one instead of all of them in turn. A load that fails fails again, visibly, in Analyze.
        foreach (AnalysisStage? stage in (ReadOnlySpan<AnalysisStage?>)[_structure, _entities, _quotes, _topics])
        {
            if (stage is not null)
            {
                _ = Task.Run(stage.LoadModels);
            }
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

    /// <summary>Analyzes one article.</summary>
    /// <param name="text">The article as plain text: extracted article text, not a raw web page. Input that is not
    /// an English article (another language, binary data, markup, a word or two) is analyzed only as far as it can
    /// be trusted, and <see cref="NewsAnalysis.Warnings"/> says why.</param>
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

        // The pipeline. Each stage reads the text layer and the typed results of the stages before it, so none can
        // run before what it reads exists; a stage that is switched off gives its empty result.
        // The input check leaves out what would be confident garbage: names, quotes and topics of text that is not
        // English, anything beyond sentences in binary data or a raw web page, topics of a word or two.
        ArticleText article = ArticleText.Build(text);
        InputCheck input = InputCheck.Read(article);
        PageStructure structure = (input.ReadsStructure ? _structure?.Read(article) : null) ?? PageStructure.None;
        EntityResult entities = (input.ReadsNames ? _entities?.Find(article, structure) : null) ?? EntityResult.None;
        QuoteResult quotes = (input.ReadsNames ? _quotes?.Find(article, structure, entities) : null) ?? QuoteResult.None;
        TopicResult topics = (input.ClassifiesTopics ? _topics?.Classify(article, structure, entities) : null) ?? TopicResult.None;
        EntityResult chains = MentionChains.Link(entities, quotes);

        return new NewsAnalysis
        {
            Text = text,
            Headline = structure.Headline,
            Byline = structure.Byline,
            Dateline = structure.Dateline,
            Categories = structure.Categories,
            Boilerplate = structure.Boilerplate,
            Paragraphs = article.Paragraphs,
            Sentences = article.Sentences,
            Entities = chains.Entities,
            Quotes = quotes.Quotes,
            Topics = topics.Topics,
            Regions = topics.Regions,
            Keywords = topics.Keywords,
            Language = input.Language,
            Warnings = input.Warnings,
        };
    }

    /// <summary>The longest text <see cref="Analyze(string)"/> accepts, in UTF-16 code units (64 Mi).</summary>
    public const int MaxInputLength = 64 * 1024 * 1024;
}
