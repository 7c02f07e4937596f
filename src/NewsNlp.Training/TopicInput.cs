namespace NewsNlp;

/// <summary>ML.NET input row: a text and (for training) its label.</summary>
internal sealed class TopicInput
{
    public string Text { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;
}
