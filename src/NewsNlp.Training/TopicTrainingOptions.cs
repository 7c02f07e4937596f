namespace NewsNlp;

/// <summary>Settings for <see cref="TopicTrainer.Train"/>.</summary>
public sealed record TopicTrainingOptions
{
    /// <summary>Gets the share of each label's examples held out for evaluation, in [0, 0.5]. Default 0.2.
    /// Zero trains on everything and evaluates nothing.</summary>
    public double HoldOutFraction { get; init; } = 0.2;

    /// <summary>Gets the seed of the hold-out split and the trainer; equal seeds and data give equal models. Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Gets a receiver of progress messages (one line each), or <see langword="null"/>.</summary>
    public IProgress<string>? Progress { get; init; }
}
