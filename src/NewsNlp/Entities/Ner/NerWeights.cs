namespace NewsNlp;

/// <summary>Scores the tags of one word from its feature hashes.</summary>
internal abstract class NerWeights
{
    public const int TagCount = 9;

    /// <summary>Adds the weight of every feature to <paramref name="scores"/> (length <see cref="TagCount"/>).</summary>
    public abstract void Score(ReadOnlySpan<ulong> features, Span<float> scores);
}
