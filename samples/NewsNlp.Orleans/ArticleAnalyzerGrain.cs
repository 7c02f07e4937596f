using System.Diagnostics;
using Orleans.Concurrency;

namespace NewsNlp.Orleans;

/// <summary>The analyzer grain: as many activations per silo as cores (the stateless-worker default), all sharing the
/// silo's one <see cref="NewsAnalyzer"/> from dependency injection, so models load once per process.</summary>
[StatelessWorker]
internal sealed class ArticleAnalyzerGrain(NewsAnalyzer analyzer, SiloMetrics metrics) : Grain, IArticleAnalyzerGrain
{
    public Task<AnalysisReply> Analyze(string? id, string text)
    {
        long start = Stopwatch.GetTimestamp();
        metrics.Started();
        try
        {
            string json = analyzer.Analyze(text).ToJson(id);
            metrics.Analyzed(Stopwatch.GetElapsedTime(start));
            return Task.FromResult(new AnalysisReply(json, null));
        }
        catch (ArgumentException e)
        {
            // The analyzer's refusal of hostile input (e.g. longer than NewsAnalyzer.MaxInputLength): an answer, not a
            // fault, so that the client writes the CLI's error line instead of retrying.
            metrics.Refused();
            return Task.FromResult(new AnalysisReply(null, e.Message));
        }
        finally
        {
            metrics.Finished();
        }
    }
}
