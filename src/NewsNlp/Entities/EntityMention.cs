namespace NewsNlp;

/// <summary>A tagged name in the text while entities are being built (per call, mutable).</summary>
internal sealed class EntityMention
{
    public EntityMention(TextSpan span, int firstWord, int endWord, EntityType type, string written)
    {
        Span = span;
        FirstWord = firstWord;
        EndWord = endWord;
        Type = type;
        Written = written;
        Text = CharScan.OneLine(written);
    }

    public TextSpan Span { get; set; }

    public int FirstWord { get; set; }

    /// <summary>One past the last word.</summary>
    public int EndWord { get; set; }

    public EntityType Type { get; set; }

    /// <summary>Gets or sets the name as one line (a line break of hard-wrapped text read as a space): what folding,
    /// naming and place lookups compare.</summary>
    public string Text { get; set; }

    /// <summary>Gets the words exactly as in the text (the output mention's text).</summary>
    public string Written { get; }

    public int WordCount => EndWord - FirstWord;

    public EntityCluster? Cluster { get; set; }

    /// <summary>Gets or sets the country of the region written after a place (<c>Bristow, VA</c>, <c>Eau Claire, Wis.</c>:
    /// US), the place's country when the index does not know it; <see langword="null"/> when none follows.</summary>
    public string? RegionCountry { get; set; }

    /// <summary>Gets or sets whether the first word is a given name of the tagger's name list or of <see cref="FirstNames"/>
    /// (weaker than <see cref="FirstNames"/> alone: the tagger's list holds "Morgan" and "Ford").</summary>
    public bool GivenNameFirst { get; set; }
}
