namespace NewsNlp.Orleans;

/// <summary>Tells the client's requests that a gateway connection was lost. A call that was running on a silo that
/// died gets no answer, and Orleans gives it up only at the response timeout (30 s by default): on this signal the
/// client stops waiting for every request in flight and sends them again at once (a request that was on a live silo is
/// analyzed twice and written once).</summary>
internal sealed class GatewayLoss : IClusterConnectionStatusObserver
{
    private CancellationTokenSource _lost = new();
    private long _count;

    /// <summary>Cancelled at the next loss of a gateway.</summary>
    public CancellationToken Token => Volatile.Read(ref _lost).Token;

    /// <summary>Gateway connections lost so far.</summary>
    public long Count => Interlocked.Read(ref _count);

    public void NotifyGatewayCountChanged(int currentNumberOfConnectedGateways, int previousNumberOfConnectedGateways, bool connectionRecovered)
    {
        if (currentNumberOfConnectedGateways < previousNumberOfConnectedGateways)
        {
            Signal();
        }
    }

    public void NotifyClusterConnectionLost() => Signal();

    private void Signal()
    {
        Interlocked.Increment(ref _count);

        // Not disposed: a request may still be reading the old token; nothing here holds a timer or a handle.
        Interlocked.Exchange(ref _lost, new CancellationTokenSource()).Cancel();
    }
}
