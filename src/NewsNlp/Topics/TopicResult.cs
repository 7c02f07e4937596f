namespace NewsNlp;

/// <summary>What the topic stage found: subjects, countries and world regions, and keywords. Immutable.</summary>
internal sealed class TopicResult
{
    /// <summary>Nothing (the stage is off).</summary>
    public static readonly TopicResult None = new([], [], []);

    public TopicResult(TopicScore[] topics, RegionScore[] regions, Keyword[] keywords)
    {
        Topics = topics;
        Regions = regions;
        Keywords = keywords;
    }

    /// <summary>Gets the subjects, highest score first.</summary>
    public TopicScore[] Topics { get; }

    /// <summary>Gets the countries and world regions, highest score first.</summary>
    public RegionScore[] Regions { get; }

    /// <summary>Gets the key phrases, highest score first.</summary>
    public Keyword[] Keywords { get; }
}
