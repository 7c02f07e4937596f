namespace NewsNlp;

/// <summary>What the structure stage found: the page's headline, byline, dateline, source categories and
/// boilerplate, and the spans later stages must not take entities, quotes or topics from. Immutable.</summary>
internal sealed class PageStructure
{
    /// <summary>The structure of a text whose structure was not read (the stage is off): nothing found, nothing excluded.</summary>
    public static readonly PageStructure None = new(null, null, null, [], [], []);

    public PageStructure(TextSegment? headline, Byline? byline, Dateline? dateline, string[] categories, TextSegment[] boilerplate, TextSpan[] excluded)
    {
        Headline = headline;
        Byline = byline;
        Dateline = dateline;
        Categories = categories;
        Boilerplate = boilerplate;
        Excluded = excluded;
    }

    /// <summary>Gets the headline line, when the text opens with one.</summary>
    public TextSegment? Headline { get; }

    /// <summary>Gets the credit line.</summary>
    public Byline? Byline { get; }

    /// <summary>Gets the dateline that opens the story.</summary>
    public Dateline? Dateline { get; }

    /// <summary>Gets the source's own category labels.</summary>
    public string[] Categories { get; }

    /// <summary>Gets the page furniture, in text order.</summary>
    public TextSegment[] Boilerplate { get; }

    /// <summary>Gets the spans later stages must not read entities, quotes or topics from (category header and
    /// boilerplate; the dateline's own words and the byline are read).</summary>
    public TextSpan[] Excluded { get; }

    /// <summary>Whether <paramref name="span"/> overlaps a span excluded from content analysis.</summary>
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
