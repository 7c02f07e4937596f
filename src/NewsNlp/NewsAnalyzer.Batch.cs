using System.Runtime.CompilerServices;

namespace NewsNlp;

/// <content>Batch analysis over many articles, on all cores, results in input order.</content>
public sealed partial class NewsAnalyzer
{
    /// <summary>Analyzes many articles in parallel and yields the results in input order.</summary>
    /// <remarks>At most <paramref name="maxDegreeOfParallelism"/> articles are analyzed at once, out of a window of four
    /// times as many read ahead (so that one long article does not leave the other cores idle), so memory stays bounded
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
        return AnalyzeManyCore(texts, Degree(maxDegreeOfParallelism), cancellationToken);
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
        return AnalyzeManyAsyncCore(texts, Degree(maxDegreeOfParallelism), cancellationToken);
    }

    private static int Degree(int maxDegreeOfParallelism) => maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount;

    private IEnumerable<NewsAnalysis> AnalyzeManyCore(IEnumerable<string> texts, int degree, CancellationToken cancellationToken)
    {
        int window = 4 * degree;
        using var gate = new SemaphoreSlim(degree, degree);
        var pending = new Queue<Task<NewsAnalysis>>(window);
        try
        {
            foreach (string text in texts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                pending.Enqueue(Start(text, gate, cancellationToken));
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
        finally
        {
            // Let started work finish before the gate is disposed (an abandoned or failed enumeration); its
            // outcome is not wanted any more.
            Task.WhenAll((IEnumerable<Task>)pending).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
        }
    }

    private async IAsyncEnumerable<NewsAnalysis> AnalyzeManyAsyncCore(IAsyncEnumerable<string> texts, int degree, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        int window = 4 * degree;
        using var gate = new SemaphoreSlim(degree, degree);
        var pending = new Queue<Task<NewsAnalysis>>(window);
        try
        {
            await foreach (string text in texts.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                pending.Enqueue(Start(text, gate, cancellationToken));
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
        finally
        {
            await Task.WhenAll((IEnumerable<Task>)pending).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private Task<NewsAnalysis> Start(string text, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text, nameof(text));
        return Task.Run(
            async () =>
            {
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    return Analyze(text);
                }
                finally
                {
                    gate.Release();
                }
            },
            cancellationToken);
    }
}
