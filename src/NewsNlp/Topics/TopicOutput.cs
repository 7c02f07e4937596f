namespace NewsNlp;

/// <summary>ML.NET output row: one probability per label, in the model's slot order.</summary>
internal sealed class TopicOutput
{
    public float[] Score { get; set; } = [];
}
