namespace NewsNlp.Orleans;

/// <summary>Analyzes one article. A stateless worker: the call runs on the silo that receives it, on that silo's one
/// shared <see cref="NewsAnalyzer"/>.</summary>
[Alias("NewsNlp.Orleans.IArticleAnalyzerGrain")]
public interface IArticleAnalyzerGrain : IGrainWithIntegerKey
{
    /// <summary>Analyzes <paramref name="text"/> and returns the analysis as one line of the CLI's JSON.</summary>
    /// <param name="id">The article's id, written as the <c>id</c> field; <see langword="null"/> to omit it.</param>
    /// <param name="text">The article.</param>
    /// <returns>The JSON line, or the reason the analyzer refused the text.</returns>
    [Alias("Analyze")]
    public Task<AnalysisReply> Analyze(string? id, string text);
}

/// <summary>One analysis as JSON (<see cref="NewsAnalysis.ToJson"/>), or why the analyzer refused the text.</summary>
/// <param name="Json">The analysis, one line of JSON; <see langword="null"/> when <paramref name="Error"/> is set.</param>
/// <param name="Error">The analyzer's reason for refusing the text (as <see cref="ArgumentException.Message"/>).</param>
[GenerateSerializer]
[Immutable]
[Alias("NewsNlp.Orleans.AnalysisReply")]
public sealed record AnalysisReply([property: Id(0)] string? Json, [property: Id(1)] string? Error);
