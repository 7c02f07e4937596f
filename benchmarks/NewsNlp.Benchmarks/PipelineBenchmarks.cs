using BenchmarkDotNet.Attributes;

namespace NewsNlp.Benchmarks;

/// <summary>The whole pipeline on real news articles: tokenizing alone against the full analysis, per stage set.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private string[] _articles = [];
    private NewsAnalyzer _full = null!;
    private NewsAnalyzer _noTopics = null!;

    [GlobalSetup]
    public void Setup()
    {
        _articles = NewsCorpus.Articles;
        long chars = _articles.Sum(a => (long)a.Length);
        Console.WriteLine($"// corpus: {NewsCorpus.Source}: {_articles.Length:N0} articles, {chars:N0} chars");
        _full = NewsAnalyzer.Create();
        _noTopics = NewsAnalyzer.Create(new NewsAnalyzerOptions { ClassifyTopics = false });
        _full.Analyze(_articles[0]);
        _noTopics.Analyze(_articles[0]);
    }

    [Benchmark(Baseline = true, Description = "Tokenize + sentences only")]
    public int TokenizeOnly()
    {
        int n = 0;
        foreach (string a in _articles)
        {
            n += SentenceSplitter.Default.Split(a).Count;
        }

        return n;
    }

    [Benchmark(Description = "Analyze (all stages)")]
    public int AnalyzeFull()
    {
        int n = 0;
        foreach (string a in _articles)
        {
            n += _full.Analyze(a).Entities.Count;
        }

        return n;
    }

    [Benchmark(Description = "AnalyzeMany (all stages, all cores)")]
    public int AnalyzeManyParallel()
    {
        int n = 0;
        foreach (NewsAnalysis a in _full.AnalyzeMany(_articles))
        {
            n += a.Entities.Count;
        }

        return n;
    }

    [Benchmark(Description = "Analyze (no topics)")]
    public int AnalyzeNoTopics()
    {
        int n = 0;
        foreach (string a in _articles)
        {
            n += _noTopics.Analyze(a).Entities.Count;
        }

        return n;
    }
}
