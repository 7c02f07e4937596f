using System.Text.Json;
using NewsNlp.Cli;
using Orleans.Networking.Shared;

namespace NewsNlp.Orleans;

/// <summary>Streams <c>{"id","text"}</c> JSONL through the cluster: the console program's line handling
/// (<see cref="JsonLines"/>: parsing, error lines for bad input, input order, exit code 1 when a line failed) with each
/// analysis done by an <see cref="IArticleAnalyzerGrain"/> on some silo, a bounded number of requests in flight, and a
/// request whose silo died sent again (an analysis is a pure function of its text, so a retry is safe).</summary>
internal sealed class ClusterAnalysisClient
{
    /// <summary>Requests in flight by default: enough to keep a few multi-core silos busy while the client writes.</summary>
    public const int DefaultInFlight = 32;

    /// <summary>Attempts per article before the run gives up: a silo dying is one failed attempt; only a cluster that
    /// stays unreachable for the whole back-off (about 20 s) exhausts them.</summary>
    public const int MaxAttempts = 8;

    /// <summary>First back-off after a failed attempt, doubled each time (50 ms … 3.2 s): time for membership to
    /// declare a silo dead and for the client to drop its gateway.</summary>
    private static readonly TimeSpan s_firstBackOff = TimeSpan.FromMilliseconds(50);

    /// <summary>Grain ids the requests rotate over. The client routes all calls to one grain id through one gateway;
    /// over this many ids they spread across every live gateway, hence every silo (a stateless worker runs where the
    /// call arrives).</summary>
    private const int GrainIds = 64;

    private readonly IArticleAnalyzerGrain[] _grains;
    private readonly ClientMetrics _metrics;
    private readonly GatewayLoss _gatewayLoss;
    private int _sent;

    public ClusterAnalysisClient(IClusterClient client, ClientMetrics metrics, GatewayLoss gatewayLoss)
    {
        _grains = new IArticleAnalyzerGrain[GrainIds];
        for (int i = 0; i < _grains.Length; i++)
        {
            _grains[i] = client.GetGrain<IArticleAnalyzerGrain>(i);
        }

        _metrics = metrics;
        _gatewayLoss = gatewayLoss;
    }

    /// <summary>The client's metrics.</summary>
    public ClientMetrics Metrics => _metrics;

    /// <summary>One output line per input line, in input order; returns the CLI's exit code (0, or 1 when some line
    /// failed). Throws <see cref="ClusterUnavailableException"/> when an article could not be analyzed after
    /// <see cref="MaxAttempts"/> attempts: the lines written before it are complete and in order.</summary>
    public int Run(TextReader input, TextWriter output, TextWriter stderr, int inFlight = DefaultInFlight)
    {
        // JsonLines hands each line to a thread-pool task and the handler waits for its grain call: make room for
        // inFlight waiting tasks at once instead of letting the pool grow a thread at a time.
        ThreadPool.GetMinThreads(out int workers, out int completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, inFlight + Environment.ProcessorCount), completionPorts);
        return JsonLines.Process(input, output, stderr, Handle, inFlight);
    }

    private void Handle(string? id, string text, Utf8JsonWriter writer)
    {
        AnalysisReply reply = AnalyzeAsync(id, text).GetAwaiter().GetResult();
        if (reply.Error is not null)
        {
            // JsonLines writes "line N: <reason>" for an ArgumentException, as the CLI does for the same input.
            throw new ArgumentException(reply.Error);
        }

        writer.WriteRawValue(reply.Json!, skipInputValidation: true);
    }

    /// <summary>Analyzes one article on the cluster, retrying when the call fails in transit, times out, or a gateway
    /// is lost while it waits (see <see cref="GatewayLoss"/>).</summary>
    public async Task<AnalysisReply> AnalyzeAsync(string? id, string text)
    {
        TimeSpan backOff = s_firstBackOff;
        for (int attempt = 1; ; attempt++)
        {
            CancellationToken gatewayLost = _gatewayLoss.Token;
            _metrics.Sent();
            try
            {
                // A retry takes the next id too, so it likely goes out through another gateway.
                IArticleAnalyzerGrain grain = _grains[(uint)Interlocked.Increment(ref _sent) % GrainIds];
                return await grain.Analyze(id, text).WaitAsync(gatewayLost).ConfigureAwait(false);
            }
            catch (Exception e) when (IsTransient(e) && attempt < MaxAttempts)
            {
                _metrics.Retried();
            }
            catch (Exception e) when (IsTransient(e))
            {
                _metrics.Failed();
                throw new ClusterUnavailableException($"no silo answered after {MaxAttempts} attempts ({e.GetType().Name}: {e.Message})", e);
            }
            finally
            {
                _metrics.Answered();
            }

            await Task.Delay(backOff).ConfigureAwait(false);
            backOff += backOff;
        }
    }

    /// <summary>Failures of the call, not of the analysis: the silo died or left, the message was rejected or lost,
    /// the response timed out. The grain answers the analyzer's own refusals, so anything else is a bug and is not
    /// retried.</summary>
    private static bool IsTransient(Exception e) =>
        e is (OrleansException and not WrappedException) or SocketConnectionException or TimeoutException or OperationCanceledException;
}

/// <summary>No silo could analyze an article after every retry.</summary>
internal sealed class ClusterUnavailableException(string message, Exception inner) : Exception(message, inner);
