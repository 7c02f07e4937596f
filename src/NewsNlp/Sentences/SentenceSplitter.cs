namespace NewsNlp;

/// <summary>Splits text into sentences (temporary version; replaced by the news rules).</summary>
public sealed class SentenceSplitter
{
    /// <summary>Gets the splitter with English news rules.</summary>
    public static SentenceSplitter Default { get; } = new();

    internal TextSpan[] Split(string text, Token[] tokens)
    {
        if (tokens.Length == 0)
        {
            return [];
        }

        return [TextSpan.FromBounds(tokens[0].Start, tokens[^1].End)];
    }
}
