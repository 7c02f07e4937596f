using System.Runtime.CompilerServices;

namespace NewsNlp;

/// <content>Batch analysis over many articles, on all cores, results in input order.</content>
public sealed partial class NewsAnalyzer
{
    /// <summary>Analyzes many articles in parallel and yields the results in input order.</summary>
    /// <remarks>At most a small window of articles (a few per core) is in flight at once, so memory stays bounded
    /// whatever the length of <paramref name="texts"/>; results are yielded as soon as the article at the head of the
    /// window is done. Enumerate the result once.</remarks>
    /// <param name="texts">The articles. A <see langword="null"/> item throws <see cref="ArgumentNullException"/> when reached.</param>
    /// <param name="maxDegreeOfParallelism">How many articles to analyze at once; 0 or less for one per core.</param>
    /// <param name="cancellationToken">Stops the run; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One analysis per article, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is <see langword="null"/>.</exception>
    public IEnumerable<NewsAnalysis> AnalyzeMany(IEnumerable<string> texts, int maxDegreeOfParallelism = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return AnalyzeManyCore(texts, WindowSize(maxDegreeOfParallelism), cancellationToken);
    }

    /// <summary>Analyzes a stream of articles in parallel and yields the results in input order.</summary>
    /// <param name="texts">The articles.</param>
    /// <param name="maxDegreeOfParallelism">How many articles to analyze at once; 0 or less for one per core.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>One analysis per article, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is <see langword="null"/>.</exception>
    public IAsyncEnumerable<NewsAnalysis> AnalyzeManyAsync(IAsyncEnumerable<string> texts, int maxDegreeOfParallelism = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return AnalyzeManyAsyncCore(texts, WindowSize(maxDegreeOfParallelism), cancellationToken);
    }

    private static int WindowSize(int maxDegreeOfParallelism) =>
        2 * (maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount);

    private IEnumerable<NewsAnalysis> AnalyzeManyCore(IEnumerable<string> texts, int window, CancellationToken cancellationToken)
    {
        var pending = new Queue<Task<NewsAnalysis>>(window);
        foreach (string text in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pending.Enqueue(Start(text, cancellationToken));
            if (pending.Count >= window)
            {
                yield return pending.Dequeue().GetAwaiter().GetResult();
            }
        }

        while (pending.Count > 0)
        {
            yield return pending.Dequeue().GetAwaiter().GetResult();
        }
    }

    private async IAsyncEnumerable<NewsAnalysis> AnalyzeManyAsyncCore(IAsyncEnumerable<string> texts, int window, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pending = new Queue<Task<NewsAnalysis>>(window);
        await foreach (string text in texts.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            pending.Enqueue(Start(text, cancellationToken));
            if (pending.Count >= window)
            {
                yield return await pending.Dequeue().ConfigureAwait(false);
            }
        }

        while (pending.Count > 0)
        {
            yield return await pending.Dequeue().ConfigureAwait(false);
        }
    }

    private Task<NewsAnalysis> Start(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text, nameof(text));
        return Task.Run(() => Analyze(text), cancellationToken);
    }
}
