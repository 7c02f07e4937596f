using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace NewsNlp.Orleans.Tests;

/// <summary>Listens to one counter of the sample's meter and sums it per <c>silo</c> tag.</summary>
internal sealed class SiloMeasurements : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _perSilo = new(StringComparer.Ordinal);

    public SiloMeasurements(string instrument)
    {
        _listener.InstrumentPublished = (i, l) =>
        {
            if (i.Meter.Name == SiloMetrics.MeterName && i.Name == instrument)
            {
                l.EnableMeasurementEvents(i);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            string silo = "(none)";
            foreach (KeyValuePair<string, object?> tag in tags)
            {
                if (tag.Key == "silo")
                {
                    silo = tag.Value?.ToString() ?? silo;
                }
            }

            _perSilo.AddOrUpdate(silo, value, (_, sum) => sum + value);
        });
        _listener.Start();
    }

    public IReadOnlyDictionary<string, long> PerSilo => _perSilo;

    public void Dispose() => _listener.Dispose();
}
