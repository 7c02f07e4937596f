namespace NewsNlp;

/// <summary>Everything <see cref="NewsAnalyzer"/> found in one article. Immutable.</summary>
/// <remarks>All spans are half-open UTF-16 offsets into the analyzed text.</remarks>
public sealed partial record NewsAnalysis
{
    /// <summary>Gets the analyzed text.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the headline, when the article has one.</summary>
    public TextSegment? Headline { get; init; }

    /// <summary>Gets the byline or credit line, when found.</summary>
    public Byline? Byline { get; init; }

    /// <summary>Gets the dateline, when the story opens with one.</summary>
    public Dateline? Dateline { get; init; }

    /// <summary>Gets the source's own category labels from a run-together header (<c>Conflict</c>, <c>North America</c>).</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Gets the page furniture found around the body (site labels, share prompts, "Related Articles").</summary>
    public IReadOnlyList<TextSegment> Boilerplate { get; init; } = [];

    /// <summary>Gets the paragraphs of the article, in order.</summary>
    public IReadOnlyList<TextSpan> Paragraphs { get; init; } = [];

    /// <summary>Gets the sentences, in order.</summary>
    public IReadOnlyList<TextSpan> Sentences { get; init; } = [];

    /// <summary>Gets the entities, most salient first.</summary>
    public IReadOnlyList<Entity> Entities { get; init; } = [];

    /// <summary>Gets the attributed statements, in text order.</summary>
    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    /// <summary>Gets the IPTC subjects, highest score first.</summary>
    public IReadOnlyList<TopicScore> Topics { get; init; } = [];

    /// <summary>Gets the countries and world regions the story concerns, highest score first.</summary>
    public IReadOnlyList<RegionScore> Regions { get; init; } = [];

    /// <summary>Gets the key phrases, highest score first.</summary>
    public IReadOnlyList<Keyword> Keywords { get; init; } = [];

    /// <summary>Gets the language the input is written in, as far as its script and commonest words tell.</summary>
    public DetectedLanguage Language { get; init; } = DetectedLanguage.Unknown;

    /// <summary>Gets why this analysis may be incomplete: the input is not English, holds markup or binary data, or
    /// is too short for topics. Empty when the input looks like an English article.</summary>
    public IReadOnlyList<AnalysisWarning> Warnings { get; init; } = [];
}
