namespace NewsNlp;

/// <summary>How a <see cref="WordSet"/> or <see cref="WordTable{TValue}"/> compares words: chosen once, when the
/// list is built.</summary>
internal enum WordCasing
{
    /// <summary>Exact, ordinal comparison: <c>Mr</c> and <c>MR</c> are different words.</summary>
    Ordinal,

    /// <summary>Ordinal comparison ignoring case: <c>May</c>, <c>MAY</c> and <c>may</c> are one word.</summary>
    IgnoreCase,
}
