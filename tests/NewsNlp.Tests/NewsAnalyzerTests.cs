using System.Text;
using FluentAssertions;
using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests;

public sealed class NewsAnalyzerTests
{
    [Fact]
    public void Analyze_Null_ThrowsArgumentNull()
    {
        Action act = () => NewsAnalyzer.Default.Analyze(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t ")]
    public void Analyze_EmptyOrWhitespace_GivesEmptyAnalysis(string text)
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(text);
        a.Sentences.Should().BeEmpty();
        a.Entities.Should().BeEmpty();
        a.Quotes.Should().BeEmpty();
        a.Dateline.Should().BeNull();
        a.Text.Should().BeSameAs(text);
    }

    [Fact]
    public void Analyze_SharedAnalyzerInParallel_GivesSameResultsAsSequential()
    {
        string article = TestData.ReadGolden("blinken-qin.txt");
        string[] texts =
        [
            article,
            article[..(article.Length / 2)],
            "WASHINGTON (AP) — President Joe Biden said on Tuesday that “the work is not done,” and aides agreed.",
            "BEIJING, June 14 (Reuters) - China's foreign ministry said it would respond. \"We will,\" a spokesman said.",
        ];
        var analyzer = NewsAnalyzer.Create();
        string[] sequential = [.. texts.Select(t => analyzer.Analyze(t).ToJson())];
        var parallel = new string[texts.Length * 16];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = analyzer.Analyze(texts[i % texts.Length]).ToJson());
        for (int i = 0; i < parallel.Length; i++)
        {
            parallel[i].Should().Be(sequential[i % texts.Length]);
        }
    }

    [Fact]
    public void Analyze_HostileInputs_StayInRange()
    {
        var random = new Random(7);
        var junk = new StringBuilder();
        for (int i = 0; i < 5000; i++)
        {
            junk.Append((char)random.Next(0, 0xFFFF));
        }

        string[] inputs =
        [
            junk.ToString(),
            new string('“', 20_000),
            string.Concat(Enumerable.Repeat("\"He said,\" ", 5000)),
            "<html><body><p>WASHINGTON (AP) &mdash; <b>Officials</b> said.</p><script>var x = \"“\";</script></body></html>",
            "\uD800\uDC00\uD800 lone \uDFFF surrogates “ unbalanced",
            new string('a', 1 << 20),
            string.Concat(Enumerable.Repeat("U.S. ", 50_000)),
        ];
        foreach (string text in inputs)
        {
            NewsAnalysis a = NewsAnalyzer.Default.Analyze(text);
            AnalysisAssert.SpansInRange(a);
        }
    }

    [Fact]
    public void Analyze_TenMegabytesInOneParagraph_KeepsEverySpanInRange()
    {
        string article = TestData.ReadGolden("blinken-qin.txt").Replace("\n\n", " ", StringComparison.Ordinal);
        var sb = new StringBuilder(10_100_000);
        while (sb.Length < 10_000_000)
        {
            sb.Append(article).Append(' ');
        }

        NewsAnalysis a = NewsAnalyzer.Default.Analyze(sb.ToString());
        AnalysisAssert.SpansInRange(a);
        a.Sentences.Should().HaveCountGreaterThan(50_000);
        a.Entities.Should().Contain(e => e.Name == "Antony Blinken");
    }
}
