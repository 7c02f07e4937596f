using BenchmarkDotNet.Attributes;

namespace NewsNlp.Benchmarks;

/// <summary>Named-entity tagging of real news paragraphs: the tagger alone (pre-split words) and the whole
/// entity stage (tokenize, tag, fold). Report tokens/s as Tokens / Mean.</summary>
[MemoryDiagnoser]
public class NerBenchmarks
{
    private const string Article =
        "TAIPEI, Taiwan (AP) — U.S. Secretary of State Antony Blinken and Chinese Foreign Minister Qin Gang shared concerns on a phone call Wednesday ahead of a planned visit by the U.S. official to China meant to shore up relations.\n\n" +
        "The diplomats discussed the importance of maintaining open lines of communication to responsibly manage the U.S.-(China) relationship to avoid miscalculation and conflict, according to a readout of the call from the U.S. State Department.\n\n" +
        "The Chinese Foreign Ministry said in a statement that Qin urged the United States to respect China's core concerns, such as the issue of Taiwan's self-rule.\n\n" +
        "Last week, Daniel Kritenbrink, assistant U.S. secretary of state for East Asian and Pacific affairs, was the highest-ranking U.S. official to visit China since the U.S. downed the balloon, angering Beijing.\n\n" +
        "In May, U.S. Secretary of Commerce Gina Raimondo met her Chinese counterpart Wang Wentao in Washington to discuss trade.\n\n" +
        "Chinese President Xi Jinping on the other hand has decried what he sees as the comprehensive containment and suppression of his country by the U.S., after Washington last year restricted China's access to valuable technology such as microchips.\n";

    private readonly NewsAnalyzer _analyzer = NewsAnalyzer.Create(NewsAnalyzerOptions.Default);
    private IReadOnlyList<IReadOnlyList<string>> _sentences = [];

    /// <summary>Gets the number of words tagged per operation.</summary>
    public int Tokens { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _sentences = Article.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => (IReadOnlyList<string>)p.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        Tokens = _sentences.Sum(s => s.Count);
        _ = _analyzer.TagDocument(_sentences);
        _ = _analyzer.Analyze(Article);
    }

    [Benchmark]
    public IReadOnlyList<IReadOnlyList<string>> TagDocument() => _analyzer.TagDocument(_sentences);

    [Benchmark]
    public NewsAnalysis AnalyzeArticle() => _analyzer.Analyze(Article);
}
