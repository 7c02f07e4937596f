using FluentAssertions;
using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests.Text;

/// <summary>The text layer every stage reads: one tokenization, one paragraph definition, one sentence split, one
/// set of quote regions, and token flags that agree with them.</summary>
public sealed class ArticleTextTests
{
    private static readonly string s_text = TestData.ReadGolden("blinken-qin.txt");
    private static readonly ArticleText s_article = ArticleText.Build(s_text);

    [Fact]
    public void Paragraphs_AreWhatTheAnalysisReturns()
    {
        NewsAnalysis analysis = NewsAnalyzer.Default.Analyze(s_text);

        analysis.Paragraphs.Should().Equal(s_article.Paragraphs);
        analysis.Sentences.Should().Equal(s_article.Sentences);
    }

    [Fact]
    public void SentenceAndParagraphIndexes_PointAtTheirFirstTokens()
    {
        for (int s = 0; s < s_article.Sentences.Length; s++)
        {
            int first = s_article.SentenceFirstToken[s];
            s_article.Tokens[first].Start.Should().Be(s_article.Sentences[s].Start);
            s_article.Has(first, TokenFlags.SentenceStart).Should().BeTrue();
        }

        for (int p = 0; p < s_article.Paragraphs.Length; p++)
        {
            int first = s_article.ParagraphFirstToken[p];
            s_article.Tokens[first].Start.Should().Be(s_article.Paragraphs[p].Start);
            s_article.Has(first, TokenFlags.ParagraphStart | TokenFlags.LineStart).Should().BeTrue();
            s_article.ParagraphAt(s_article.Paragraphs[p].End - 1).Should().Be(p);
        }

        s_article.SentenceFirstToken[^1].Should().Be(s_article.Tokens.Length);
        s_article.ParagraphFirstToken[^1].Should().Be(s_article.Tokens.Length);
    }

    [Fact]
    public void Flags_DescribeTheWorkedExampleTokens()
    {
        int qin = s_text.IndexOf("Qin urged", StringComparison.Ordinal);
        int i = s_article.TokenAt(qin);
        s_article.TokenText(i).ToString().Should().Be("Qin");
        s_article.Has(i, TokenFlags.Word | TokenFlags.Capitalized).Should().BeTrue();
        s_article.Has(i, TokenFlags.InQuote).Should().BeFalse();

        // “China’s core concerns,”: the quote's marks and words are in a quote region; ’s is a clitic of China.
        int open = s_text.IndexOf("“China’s core", StringComparison.Ordinal);
        int mark = s_article.TokenAt(open);
        s_article.Has(mark, TokenFlags.QuoteMark | TokenFlags.InQuote).Should().BeTrue();
        s_article.TokenText(mark + 1).ToString().Should().Be("China");
        s_article.TokenText(mark + 2).ToString().Should().Be("’s");
        s_article.Has(mark + 2, TokenFlags.Clitic | TokenFlags.Joined | TokenFlags.InQuote).Should().BeTrue();
        s_article.Has(mark + 3, TokenFlags.Joined).Should().BeFalse();

        int us = s_article.TokenAt(s_text.IndexOf("U.S. Secretary", StringComparison.Ordinal));
        s_article.Has(us, TokenFlags.AllCaps).Should().BeTrue();
        s_article.Has(us + 1, TokenFlags.AllCaps).Should().BeFalse();
    }

    [Fact]
    public void QuoteRegions_NeverOverlapAndLieInsideOneParagraphOrRunOn()
    {
        s_article.QuoteRegions.Should().NotBeEmpty();
        for (int r = 0; r < s_article.QuoteRegions.Length; r++)
        {
            QuoteRegion q = s_article.QuoteRegions[r];
            if (r > 0)
            {
                q.Start.Should().BeGreaterThanOrEqualTo(s_article.QuoteRegions[r - 1].End);
            }

            int p = s_article.ParagraphAt(q.Start);
            p.Should().BeGreaterThanOrEqualTo(0);
            if (q.Paragraphs == 1)
            {
                s_article.Paragraphs[p].Contains(q.Span).Should().BeTrue();
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\n \t")]
    [InlineData("\uD800\uDC00\uDFFF“ unclosed")]
    [InlineData("”stray closing” and ‘single")]
    [InlineData("Line one\n\n\n\nLine two")]
    public void HostileInput_KeepsTheIndexesConsistent(string text)
    {
        ArticleText a = ArticleText.Build(text);

        a.Flags.Should().HaveCount(a.Tokens.Length);
        a.SentenceFirstToken.Should().HaveCount(a.Sentences.Length + 1).And.BeInAscendingOrder();
        a.ParagraphFirstToken.Should().HaveCount(a.Paragraphs.Length + 1).And.BeInAscendingOrder();
        a.QuoteRegions.Where(q => q.Start < 0 || q.End > text.Length || q.Start >= q.End).Should().BeEmpty();
        a.TokenAt(text.Length).Should().Be(a.Tokens.Length);
    }
}
