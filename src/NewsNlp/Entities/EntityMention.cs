namespace NewsNlp;

/// <summary>A tagged name in the text while entities are being built (per call, mutable).</summary>
internal sealed class EntityMention
{
    public EntityMention(TextSpan span, int firstWord, int endWord, EntityType type, string text)
    {
        Span = span;
        FirstWord = firstWord;
        EndWord = endWord;
        Type = type;
        Text = text;
    }

    public TextSpan Span { get; set; }

    public int FirstWord { get; set; }

    /// <summary>One past the last word.</summary>
    public int EndWord { get; set; }

    public EntityType Type { get; set; }

    public string Text { get; set; }

    public int WordCount => EndWord - FirstWord;

    public EntityCluster? Cluster { get; set; }
}
