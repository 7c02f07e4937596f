using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Tokenization;

/// <summary>The scanner's fast path for plain words must give exactly the token the full rules give.</summary>
public sealed class TokenizerFastPathTests
{
    // Characters that decide where words end: letters, digits, spaces, every punctuation mark the rules look at,
    // typographic quotes and dashes, non-ASCII letters, a combining mark, a no-break space and an emoji.
    private static readonly string[] s_pieces =
    [
        "a", "e", "n", "t", "s", "h", "w", "f", "T", "U", "S", "x", "Q", "0", "1", "9", " ", " ", " ", "\n", "\t",
        ".", ",", ";", ":", "?", "!", "'", "’", "\"", "“", "”", "(", ")", "-", "—", "–", "/", "@", "#", "&", "_", "%", "$",
        "é", "ß", "\u0301", "\u00A0", "\U0001F600", "can", "not", "cannot", "gonna", "didn", "http", "://", "www", "com",
        "U.S.", "Mr.", "Jan.", "n't", "'s", "’s", "1,000", "3.5", "e-mail", "AT&T", "COVID-19",
    ];

    [Fact]
    public void FastPath_OnRandomNewsLikeText_AgreesWithTheFullRules()
    {
        var random = new Random(20261130);
        int checkedTokens = 0;
        for (int doc = 0; doc < 3000; doc++)
        {
            var sb = new System.Text.StringBuilder();
            int pieces = random.Next(1, 60);
            for (int k = 0; k < pieces; k++)
            {
                sb.Append(s_pieces[random.Next(s_pieces.Length)]);
            }

            string text = sb.ToString();
            for (int pos = 0; pos < text.Length; pos++)
            {
                if (TokenScanner.SkipSpace(text, pos) != pos)
                {
                    continue;
                }

                Token fast = TokenScanner.Scan(text, pos);
                Token full = TokenScanner.ScanFullRules(text, pos);
                if (fast != full)
                {
                    fast.Should().Be(full, $"at {pos} in \"{text}\"");
                }

                checkedTokens++;
            }
        }

        checkedTokens.Should().BeGreaterThan(50_000);
    }

    [Fact]
    public void FastPath_OnTheWorkedExample_AgreesWithTheFullRules()
    {
        string text = Support.TestData.ReadGolden("blinken-qin.txt");
        int words = 0;
        foreach (Token t in Tokenizer.Default.EnumerateTokens(text))
        {
            TokenScanner.ScanFullRules(text, t.Start).Should().Be(t);
            words += t.Kind == TokenKind.Word ? 1 : 0;
        }

        words.Should().BeGreaterThan(400);
    }
}
