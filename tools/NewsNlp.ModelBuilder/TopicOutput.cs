namespace NewsNlp.ModelBuilder;

/// <summary>ML.NET output row of the plain ML.NET baseline: one probability per label, in the model's slot order.</summary>
internal sealed class TopicOutput
{
    public float[] Score { get; set; } = [];
}
