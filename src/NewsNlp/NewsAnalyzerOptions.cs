namespace NewsNlp;

/// <summary>Settings for a <see cref="NewsAnalyzer"/>. Immutable; derive variants with <c>with</c>.</summary>
public sealed record NewsAnalyzerOptions
{
    /// <summary>Gets the default options: every stage on.</summary>
    public static NewsAnalyzerOptions Default { get; } = new();

    /// <summary>Gets a value indicating whether to find the headline, dateline, byline and boilerplate. Default <see langword="true"/>.</summary>
    public bool DetectStructure { get; init; } = true;

    /// <summary>Gets a value indicating whether to find entities. Default <see langword="true"/>.</summary>
    public bool FindEntities { get; init; } = true;

    /// <summary>Gets a value indicating whether to find quotes and their speakers. Default <see langword="true"/>.</summary>
    public bool FindQuotes { get; init; } = true;

    /// <summary>Gets a value indicating whether to classify topics and regions and extract keywords. Default <see langword="true"/>.</summary>
    public bool ClassifyTopics { get; init; } = true;

    /// <summary>Gets a custom subject model to use instead of the built-in IPTC Media Topics classifier, or
    /// <see langword="null"/> (the default) for the built-in one. Train one with
    /// <c>TopicTrainer.Train</c> (the NewsNlp.Training package) or load one with
    /// <see cref="NewsNlp.TopicModel.Load(Stream)"/>; its labels are returned as both code and label of each <see cref="TopicScore"/>.</summary>
    public TopicModel? TopicModel { get; init; }

    /// <summary>Gets the largest number of keywords returned. Default 8.</summary>
    public int MaxKeywords { get; init; } = 8;
}
