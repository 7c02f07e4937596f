using System.Diagnostics;

namespace NewsNlp;

/// <summary>A half-open range of UTF-16 code units in the analyzed text.</summary>
/// <remarks><see cref="Start"/> is inclusive and <see cref="End"/> exclusive, so
/// <c>text.Substring(span.Start, span.Length)</c> is the span's text.</remarks>
/// <param name="Start">Index of the first code unit.</param>
/// <param name="Length">Number of code units.</param>
[DebuggerDisplay("[{Start}..{End})")]
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Gets the exclusive end index (<see cref="Start"/> + <see cref="Length"/>).</summary>
    public int End => Start + Length;

    /// <summary>Creates a span from an inclusive start and an exclusive end.</summary>
    /// <param name="start">Inclusive start index.</param>
    /// <param name="end">Exclusive end index; not less than <paramref name="start"/>.</param>
    /// <returns>The span.</returns>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>Returns the characters of <paramref name="text"/> covered by this span.</summary>
    /// <param name="text">The text the span was computed on.</param>
    /// <returns>A slice of <paramref name="text"/>.</returns>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text.Slice(Start, Length);

    /// <summary>Returns the characters of <paramref name="text"/> covered by this span as a new string.</summary>
    /// <param name="text">The text the span was computed on.</param>
    /// <returns>The substring.</returns>
    public string GetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }

    /// <summary>Whether <paramref name="other"/> lies wholly inside this span.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><see langword="true"/> when contained.</returns>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the two spans share at least one code unit.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;
}
