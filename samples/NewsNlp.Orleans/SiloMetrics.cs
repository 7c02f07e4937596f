using System.Diagnostics.Metrics;

namespace NewsNlp.Orleans;

/// <summary>The silo's numbers, as .NET metrics (meter <see cref="MeterName"/>) that any OpenTelemetry exporter or
/// <c>dotnet-counters</c> reads; every measurement carries the silo's address as the <c>silo</c> tag.</summary>
internal sealed class SiloMetrics
{
    /// <summary>The meter of both the silo's and the client's instruments.</summary>
    public const string MeterName = "NewsNlp.Orleans";

    private readonly Counter<long> _analyzed;
    private readonly Counter<long> _refused;
    private readonly UpDownCounter<long> _inFlight;
    private readonly Histogram<double> _duration;
    private readonly KeyValuePair<string, object?> _silo;

    public SiloMetrics(IMeterFactory meterFactory, ILocalSiloDetails silo)
    {
        Meter meter = meterFactory.Create(MeterName);
        _silo = new("silo", silo.SiloAddress.ToString());
        _analyzed = meter.CreateCounter<long>("newsnlp.silo.articles.analyzed", "{article}", "Articles analyzed on this silo (rate = articles/s).");
        _refused = meter.CreateCounter<long>("newsnlp.silo.articles.refused", "{article}", "Articles the analyzer refused (hostile input); answered as error lines.");
        _inFlight = meter.CreateUpDownCounter<long>("newsnlp.silo.articles.in_flight", "{article}", "Articles being analyzed on this silo now.");
        _duration = meter.CreateHistogram<double>("newsnlp.silo.analysis.duration", "ms", "Time to analyze one article and write its JSON.");
    }

    public void Started() => _inFlight.Add(1, _silo);

    public void Finished() => _inFlight.Add(-1, _silo);

    public void Analyzed(TimeSpan elapsed)
    {
        _analyzed.Add(1, _silo);
        _duration.Record(elapsed.TotalMilliseconds, _silo);
    }

    public void Refused() => _refused.Add(1, _silo);
}
