namespace NewsNlp;

/// <summary>One non-blank line of the text, trimmed of surrounding white space.</summary>
/// <param name="Start">Index of the first non-blank character.</param>
/// <param name="End">Index after the last non-blank character.</param>
/// <param name="BlankBefore">Whether a blank line (or the start of the text) comes before it.</param>
/// <param name="Indented">Whether the raw line starts with a space or tab.</param>
internal readonly record struct TextLine(int Start, int End, bool BlankBefore, bool Indented)
{
    /// <summary>Gets the number of characters.</summary>
    public int Length => End - Start;

    /// <summary>Gets the line as a span.</summary>
    public TextSpan Span => TextSpan.FromBounds(Start, End);
}
