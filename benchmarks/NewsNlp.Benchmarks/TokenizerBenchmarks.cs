using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Microsoft.ML;

namespace NewsNlp.Benchmarks;

/// <summary>Tokenizing real news paragraphs: NewsNlp against Lucene.Net's StandardTokenizer, ML.NET's
/// TokenizeIntoWords and a regular expression, in the same run. Every method returns the token count.</summary>
[MemoryDiagnoser]
public partial class TokenizerBenchmarks
{
    private string[] _paragraphs = [];
    private StandardTokenizer _lucene = null!;
    private ICharTermAttribute _luceneTerm = null!;
    private MLContext _ml = null!;
    private PredictionEngine<TextRow, WordsRow> _mlEngine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _paragraphs = NewsCorpus.Paragraphs;
        long chars = _paragraphs.Sum(p => (long)p.Length);
        Console.WriteLine($"// corpus: {NewsCorpus.Source}: {_paragraphs.Length:N0} paragraphs, {chars:N0} chars ({chars * 2 / 1e6:N2} MB UTF-16)");
        _lucene = new StandardTokenizer(LuceneVersion.LUCENE_48, new StringReader(""));
        _luceneTerm = _lucene.AddAttribute<ICharTermAttribute>();
        _ml = new MLContext(seed: 1);
        var empty = _ml.Data.LoadFromEnumerable(new[] { new TextRow { Text = "" } });
        var pipeline = _ml.Transforms.Text.TokenizeIntoWords("Words", "Text");
        _mlEngine = _ml.Model.CreatePredictionEngine<TextRow, WordsRow>(pipeline.Fit(empty));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _lucene.Dispose();
        _mlEngine.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Regex \\w+|[^\\w\\s]")]
    public int Regex()
    {
        int n = 0;
        foreach (string p in _paragraphs)
        {
            foreach (ValueMatch _ in WordOrMark().EnumerateMatches(p))
            {
                n++;
            }
        }

        return n;
    }

    [Benchmark(Description = "NewsNlp EnumerateTokens")]
    public int NewsNlpEnumerate()
    {
        int n = 0;
        foreach (string p in _paragraphs)
        {
            foreach (NewsNlp.Token _ in NewsNlp.Tokenizer.Default.EnumerateTokens(p))
            {
                n++;
            }
        }

        return n;
    }

    [Benchmark(Description = "NewsNlp Tokenize (list)")]
    public int NewsNlpTokenize()
    {
        int n = 0;
        foreach (string p in _paragraphs)
        {
            n += NewsNlp.Tokenizer.Default.Tokenize(p).Count;
        }

        return n;
    }

    [Benchmark(Description = "Lucene StandardTokenizer")]
    public int Lucene()
    {
        int n = 0;
        foreach (string p in _paragraphs)
        {
            _lucene.SetReader(new StringReader(p));
            _lucene.Reset();
            while (_lucene.IncrementToken())
            {
                n += _luceneTerm.Length > 0 ? 1 : 0;
            }

            _lucene.End();
            _lucene.Dispose();
        }

        return n;
    }

    [Benchmark(Description = "ML.NET TokenizeIntoWords")]
    public int MlNet()
    {
        int n = 0;
        var row = new TextRow();
        foreach (string p in _paragraphs)
        {
            row.Text = p;
            n += _mlEngine.Predict(row).Words?.Length ?? 0;
        }

        return n;
    }

    [GeneratedRegex(@"\w+|[^\w\s]")]
    private static partial Regex WordOrMark();

    public sealed class TextRow
    {
        public string Text { get; set; } = "";
    }

    public sealed class WordsRow
    {
        public string[]? Words { get; set; }
    }
}
