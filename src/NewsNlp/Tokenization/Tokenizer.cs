namespace NewsNlp;

/// <summary>Splits English news text into tokens (temporary whitespace version; replaced by the rule scanner).</summary>
public sealed class Tokenizer
{
    /// <summary>Gets the tokenizer with English news rules.</summary>
    public static Tokenizer Default { get; } = new();

    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The tokens in order.</returns>
    public IReadOnlyList<Token> Tokenize(string text) => TokenizeToArray(text);

    internal Token[] TokenizeToArray(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var list = new List<Token>();
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            int s = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > s)
            {
                list.Add(new Token(s, i - s, TokenKind.Word));
            }
        }

        return [.. list];
    }
}
