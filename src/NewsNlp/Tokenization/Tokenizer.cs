namespace NewsNlp;

/// <summary>Splits English news text into tokens following Penn Treebank / Universal Dependencies conventions.</summary>
/// <remarks>
/// <para>Every token is a span of the input: the text is never altered, whitespace is never inside a token,
/// tokens are in order and never overlap, and surrogate pairs are never split.</para>
/// <para>Rules: abbreviations and initials stay whole (<c>U.S.</c>, <c>Jan.</c>, <c>Gov.</c>, <c>J.R.R.</c>);
/// clitics split (<c>did</c> <c>n't</c>, <c>China</c> <c>’s</c>); numbers stay whole (<c>3.5</c>, <c>1,000</c>,
/// <c>10:30</c>, <c>2023-06-14</c>); hyphenated words stay whole (<c>China-U.S.</c>); dashes, brackets and quotes are
/// their own tokens; URLs, e-mail addresses, <c>@handles</c>, <c>#hashtags</c> and emoji stay whole.</para>
/// <para>The tokenizer is immutable and thread-safe. <see cref="EnumerateTokens(ReadOnlySpan{char})"/> allocates
/// nothing.</para>
/// </remarks>
public sealed class Tokenizer
{
    private Tokenizer()
    {
    }

    /// <summary>Gets the tokenizer with English news rules.</summary>
    public static Tokenizer Default { get; } = new();

    /// <summary>Enumerates the tokens of <paramref name="text"/> without allocating.</summary>
    /// <param name="text">The text.</param>
    /// <returns>A <see langword="ref struct"/> enumerator for use in <see langword="foreach"/>.</returns>
    public TokenEnumerator EnumerateTokens(ReadOnlySpan<char> text) => new(text);

    /// <summary>Tokenizes <paramref name="text"/> into a list.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The tokens in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TokenizeToArray(text);
    }

    /// <summary>Writes the tokens of <paramref name="text"/> into <paramref name="destination"/> until it is full.</summary>
    /// <param name="text">The text.</param>
    /// <param name="destination">Where to write tokens.</param>
    /// <param name="charsConsumed">How many characters of <paramref name="text"/> the written tokens cover (the end of the
    /// last written token, or the whole text when every token fitted); call again with the rest to continue.</param>
    /// <returns>The number of tokens written.</returns>
    public int Tokenize(ReadOnlySpan<char> text, Span<Token> destination, out int charsConsumed)
    {
        int count = 0;
        int pos = 0;
        while (true)
        {
            pos = TokenScanner.SkipSpace(text, pos);
            if (pos >= text.Length)
            {
                charsConsumed = text.Length;
                return count;
            }

            if (count == destination.Length)
            {
                charsConsumed = pos;
                return count;
            }

            Token t = TokenScanner.Scan(text, pos);
            destination[count++] = t;
            pos = t.End;
        }
    }

    internal Token[] TokenizeToArray(string text)
    {
        // A generous first guess (news averages about 5.5 characters a token), grown on demand.
        var buffer = new Token[Math.Max(16, text.Length / 4)];
        int count = 0;
        ReadOnlySpan<char> span = text;
        int pos = 0;
        while (true)
        {
            pos = TokenScanner.SkipSpace(span, pos);
            if (pos >= span.Length)
            {
                break;
            }

            Token t = TokenScanner.Scan(span, pos);
            if (count == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            buffer[count++] = t;
            pos = t.End;
        }

        if (count != buffer.Length)
        {
            Array.Resize(ref buffer, count);
        }

        return buffer;
    }
}
