namespace NewsNlp;

/// <summary>ML.NET input row: a text and (for training) its label.</summary>
internal sealed class TopicInput
{
    public string Text { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    /// <summary>How much the row counts in training (1 unless a source is weighted up or down).</summary>
    public float Weight { get; set; } = 1f;
}
