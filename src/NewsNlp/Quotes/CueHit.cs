namespace NewsNlp;

/// <summary>A reporting cue found outside quotation marks.</summary>
/// <param name="Start">Index of its first word.</param>
/// <param name="End">Index after its last word.</param>
/// <param name="Text">The cue as written (<c>said</c>, <c>called for</c>, <c>according to</c>).</param>
/// <param name="According">Whether it is <c>according to</c>, whose source follows it.</param>
internal readonly record struct CueHit(int Start, int End, string Text, bool According);
