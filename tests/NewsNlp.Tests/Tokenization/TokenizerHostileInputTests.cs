using System.Text;
using FluentAssertions;
using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests.Tokenization;

public sealed class TokenizerHostileInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \t\r\n  ")]
    [InlineData("\uD800")]
    [InlineData("a\uDC00b\uD83D")]
    [InlineData("\u200B\uFEFF\u00AD")]
    [InlineData("''''\"\"\"“”“”")]
    [InlineData("<p>Hello <b>world</b></p>&amp;&nbsp;")]
    [InlineData("...........!!!!!!??????")]
    [InlineData("a'''''''''b n't 's")]
    public void Tokenize_OddInput_KeepsInvariants(string text)
    {
        TokenAssert.Invariants(text, Tokenizer.Default.Tokenize(text));
    }

    [Fact]
    public void Tokenize_EmptyAndWhitespace_GiveNoTokens()
    {
        Tokenizer.Default.Tokenize("").Should().BeEmpty();
        Tokenizer.Default.Tokenize(" \n\t ").Should().BeEmpty();
    }

    [Fact]
    public void Tokenize_LoneSurrogates_AreKeptAsTokens()
    {
        const string text = "bad \uD800 pair \uDC00 end";
        IReadOnlyList<Token> tokens = Tokenizer.Default.Tokenize(text);
        TokenAssert.Invariants(text, tokens);
        tokens.Select(t => text.Substring(t.Start, t.Length)).Should().Equal("bad", "\uD800", "pair", "\uDC00", "end");
    }

    [Theory]
    [InlineData("word ")]
    [InlineData("a.b.")]
    [InlineData("x")]
    [InlineData("U.S.-")]
    [InlineData("'s")]
    [InlineData("@a.b#")]
    public void Tokenize_MegabyteLine_IsLinearAndKeepsInvariants(string unit)
    {
        var sb = new StringBuilder(1 << 20);
        while (sb.Length < 1 << 20)
        {
            sb.Append(unit);
        }

        string text = sb.ToString();
        IReadOnlyList<Token> tokens = Tokenizer.Default.Tokenize(text);
        TokenAssert.Invariants(text, tokens);
        tokens.Should().NotBeEmpty();
    }

    [Fact]
    public void Tokenize_RandomUnicode_KeepsInvariants()
    {
        var random = new Random(20261129);
        string[] pieces = ["U.S.", "n't", "’s", "—", "“", "”", "http://x.y/z", "a@b.cd", "#tag", "@h", "3.5", "1,000", "👍🏽", "\uD800", "\uDC00", " ", "\n\n", ".", "-", "'", "e.g.", "Mr.", "…"];
        for (int round = 0; round < 300; round++)
        {
            var sb = new StringBuilder();
            int n = random.Next(1, 80);
            for (int i = 0; i < n; i++)
            {
                if (random.Next(3) == 0)
                {
                    sb.Append(pieces[random.Next(pieces.Length)]);
                }
                else
                {
                    sb.Append((char)random.Next(0, 0xFFFF));
                }
            }

            string text = sb.ToString();
            TokenAssert.Invariants(text, Tokenizer.Default.Tokenize(text));
            IReadOnlyList<TextSpan> sentences = SentenceSplitter.Default.Split(text);
            int end = 0;
            foreach (TextSpan s in sentences)
            {
                s.Start.Should().BeGreaterThanOrEqualTo(end);
                s.End.Should().BeLessThanOrEqualTo(text.Length);
                end = s.End;
            }
        }
    }
}
