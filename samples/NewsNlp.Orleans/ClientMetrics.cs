using System.Diagnostics.Metrics;

namespace NewsNlp.Orleans;

/// <summary>The client's numbers (meter <see cref="SiloMetrics.MeterName"/>): requests in flight, retries after a
/// silo died or a call was lost, and requests given up.</summary>
internal sealed class ClientMetrics
{
    private readonly UpDownCounter<long> _inFlight;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _failures;
    private long _retryCount;

    public ClientMetrics(IMeterFactory meterFactory)
    {
        Meter meter = meterFactory.Create(SiloMetrics.MeterName);
        _inFlight = meter.CreateUpDownCounter<long>("newsnlp.client.requests.in_flight", "{request}", "Analysis requests sent and not yet answered.");
        _retries = meter.CreateCounter<long>("newsnlp.client.requests.retried", "{request}", "Requests sent again because the silo died or the call failed in transit.");
        _failures = meter.CreateCounter<long>("newsnlp.client.requests.failed", "{request}", "Requests given up after every retry (the run stops).");
    }

    /// <summary>Retries so far (for the client's summary line and the tests).</summary>
    public long Retries => Interlocked.Read(ref _retryCount);

    public void Sent() => _inFlight.Add(1);

    public void Answered() => _inFlight.Add(-1);

    public void Retried()
    {
        Interlocked.Increment(ref _retryCount);
        _retries.Add(1);
    }

    public void Failed() => _failures.Add(1);
}
