using FluentAssertions;
using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests;

public sealed class NewsAnalyzerBatchTests
{
    private static string[] Articles()
    {
        string article = TestData.ReadGolden("blinken-qin.txt");
        return [.. Enumerable.Range(0, 40).Select(i => i % 3 == 0 ? article : $"Story {i}. WASHINGTON (AP) — Officials said {i} people met. “We will,” Mr. Lee said.")];
    }

    [Fact]
    public void AnalyzeMany_ReturnsResultsInInputOrder()
    {
        string[] texts = Articles();
        NewsAnalysis[] results = [.. NewsAnalyzer.Default.AnalyzeMany(texts, maxDegreeOfParallelism: 4)];
        results.Should().HaveCount(texts.Length);
        for (int i = 0; i < texts.Length; i++)
        {
            results[i].Text.Should().BeSameAs(texts[i]);
            results[i].ToJson().Should().Be(NewsAnalyzer.Default.Analyze(texts[i]).ToJson());
        }
    }

    [Fact]
    public async Task AnalyzeManyAsync_ReturnsResultsInInputOrder()
    {
        string[] texts = Articles();
        var results = new List<NewsAnalysis>();
        await foreach (NewsAnalysis a in NewsAnalyzer.Default.AnalyzeManyAsync(ToAsync(texts)))
        {
            results.Add(a);
        }

        results.Select(r => r.Text).Should().Equal(texts);

        static async IAsyncEnumerable<string> ToAsync(IEnumerable<string> items)
        {
            foreach (string s in items)
            {
                await Task.Yield();
                yield return s;
            }
        }
    }

    [Fact]
    public void AnalyzeMany_IsLazyAndCancellable()
    {
        using var cts = new CancellationTokenSource();
        int produced = 0;
        IEnumerable<string> Endless()
        {
            while (true)
            {
                produced++;
                yield return "Officials said the talks went on.";
            }
        }

        int seen = 0;
        Action run = () =>
        {
            foreach (NewsAnalysis _ in NewsAnalyzer.Default.AnalyzeMany(Endless(), 2, cts.Token))
            {
                if (++seen == 10)
                {
                    cts.Cancel();
                }
            }
        };
        run.Should().Throw<OperationCanceledException>();
        produced.Should().BeLessThan(30, "only a small window is read ahead");
    }

    [Fact]
    public void AnalyzeMany_StopsCleanlyWhenTheCallerStopsEarly_AndReportsANullArticle()
    {
        string[] texts = Articles();
        NewsAnalyzer.Default.AnalyzeMany(texts, maxDegreeOfParallelism: 1).Take(3).Select(a => a.Text).Should().Equal(texts.Take(3));
        Action act = () => _ = NewsAnalyzer.Default.AnalyzeMany(["One story.", null!, "Three stories."]).ToList();
        act.Should().Throw<ArgumentNullException>();
    }
}
