namespace NewsNlp;

/// <summary>A reporting cue found outside quotation marks.</summary>
/// <param name="Start">Index of its first word.</param>
/// <param name="End">Index after its last word.</param>
/// <param name="Text">The cue as written (<c>said</c>, <c>called for</c>, <c>according to</c>).</param>
/// <param name="According">Whether it is <c>according to</c>, whose source follows it.</param>
internal readonly record struct CueHit(int Start, int End, string Text, bool According)
{
    /// <summary>Gets a value indicating whether a direct quote before the cue took it (<c>“…,” Doe said, …</c>): what
    /// follows such a cue is an adjunct or another verb's content, not a second report of its own.</summary>
    public bool TookQuoteBefore { get; init; }
}
