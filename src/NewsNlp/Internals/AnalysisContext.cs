namespace NewsNlp;

/// <summary>The mutable working state of one <see cref="NewsAnalyzer.Analyze(string)"/> call.
/// Created per call, never shared between threads.</summary>
internal sealed class AnalysisContext
{
    public AnalysisContext(string text, NewsAnalyzerOptions options)
    {
        Text = text;
        Options = options;
    }

    public string Text { get; }

    public NewsAnalyzerOptions Options { get; }

    /// <summary>All tokens of the text, in order.</summary>
    public Token[] Tokens { get; set; } = [];

    /// <summary>All sentences of the text, in order (boilerplate included; see <see cref="IsExcluded"/>).</summary>
    public TextSpan[] Sentences { get; set; } = [];

    // Filled by the structure stage.
    public TextSegment? Headline { get; set; }
    public Byline? Byline { get; set; }
    public Dateline? Dateline { get; set; }
    public List<string> Categories { get; } = [];
    public List<TextSegment> Boilerplate { get; } = [];
    public List<TextSpan> Paragraphs { get; } = [];

    /// <summary>Spans that later stages must not take entities, quotes or topics from
    /// (boilerplate, category header, byline, the dateline's own words are NOT excluded).</summary>
    public List<TextSpan> Excluded { get; } = [];

    // Filled by the entity stage.
    public List<Entity> Entities { get; } = [];

    // Filled by the quote stage.
    public List<Quote> Quotes { get; } = [];

    // Filled by the topic stage.
    public List<TopicScore> Topics { get; } = [];
    public List<RegionScore> Regions { get; } = [];
    public List<Keyword> Keywords { get; } = [];

    /// <summary>Whether <paramref name="span"/> overlaps a region excluded from content analysis.</summary>
    public bool IsExcluded(TextSpan span)
    {
        foreach (TextSpan e in Excluded)
        {
            if (e.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }
}
