using FluentAssertions;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Entities;

public sealed class ParallelEntityTests
{
    [SharedDataFact]
    public void SharedAnalyzer_OnManyThreads_GivesTheSameEntities()
    {
        string golden = TestData.ReadGolden("blinken-qin.txt");
        string[] texts =
        [
            golden,
            "WASHINGTON (AP) — The U.S. and Mexico agreed on Friday to expand trade. America will lower tariffs.",
            "Prime Minister Justin Trudeau met the Assembly of First Nations (AFN). Trudeau said the AFN would be consulted.",
            "BIDEN AND XI MEET IN BALI AS U.S.-CHINA TENSIONS SIMMER",
            golden[..(golden.Length / 2)],
        ];
        NewsAnalyzer analyzer = NewsAnalyzer.Create();
        string[] sequential = texts.Select(t => Describe(analyzer.Analyze(t))).ToArray();

        var results = new string[texts.Length * 16];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            results[i] = Describe(analyzer.Analyze(texts[i % texts.Length]));
        });

        for (int i = 0; i < results.Length; i++)
        {
            results[i].Should().Be(sequential[i % texts.Length]);
        }
    }

    private static string Describe(NewsAnalysis a) => string.Join("\n", a.Entities.Select(e =>
        $"{e.Id} {e.Type} {e.Name} {e.Salience} {e.Title} {e.CountryCode} {string.Join(",", e.Mentions.Select(m => m.Span.Start + ":" + m.Span.Length))}"));
}
