using System.Diagnostics;

namespace NewsNlp;

/// <summary>A token: a span of the input text and its kind. Tokens carry no strings.</summary>
/// <param name="Start">Index of the token's first UTF-16 code unit in the input.</param>
/// <param name="Length">Length in UTF-16 code units; never zero.</param>
/// <param name="Kind">What the token is.</param>
[DebuggerDisplay("[{Start}..{End}) {Kind}")]
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>Gets the exclusive end index.</summary>
    public int End => Start + Length;

    /// <summary>Gets the token's range as a <see cref="TextSpan"/>.</summary>
    public TextSpan Span => new(Start, Length);
}
