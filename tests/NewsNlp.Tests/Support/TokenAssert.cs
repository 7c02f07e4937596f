using FluentAssertions;

namespace NewsNlp.Tests.Support;

/// <summary>Checks a tokenization as a whole: texts, kinds, and that every span slices back and is in order.</summary>
internal static class TokenAssert
{
    public static IReadOnlyList<Token> Tokens(string text, params string[] expected)
    {
        IReadOnlyList<Token> tokens = Tokenizer.Default.Tokenize(text);
        Invariants(text, tokens);
        tokens.Select(t => text.Substring(t.Start, t.Length)).Should().Equal(expected, because: $"tokens of «{text}»");
        return tokens;
    }

    public static void Invariants(string text, IReadOnlyList<Token> tokens)
    {
        int previousEnd = 0;
        foreach (Token t in tokens)
        {
            if (t.Length <= 0 || t.Start < previousEnd || t.End > text.Length)
            {
                throw new Xunit.Sdk.XunitException($"token {t} is empty, out of order or out of range (previous end {previousEnd}, text length {text.Length})");
            }

            for (int i = t.Start; i < t.End; i++)
            {
                if (char.IsWhiteSpace(text[i]))
                {
                    throw new Xunit.Sdk.XunitException($"whitespace inside token {t}");
                }
            }

            if (t.Start > 0 && char.IsLowSurrogate(text[t.Start]) && char.IsHighSurrogate(text[t.Start - 1]))
            {
                throw new Xunit.Sdk.XunitException($"token {t} starts inside a surrogate pair");
            }

            for (int i = previousEnd; i < t.Start; i++)
            {
                char c = text[i];
                if (!(char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format))
                {
                    throw new Xunit.Sdk.XunitException($"text lost between tokens: U+{(int)c:X4} at {i}");
                }
            }

            previousEnd = t.End;
        }
    }

    public static string Kinds(string text) =>
        string.Join(" ", Tokenizer.Default.Tokenize(text).Select(t => text.Substring(t.Start, t.Length) + "/" + t.Kind));
}
