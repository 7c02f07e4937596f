using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Xunit;

namespace NewsNlp.Orleans.Tests;

/// <summary>A silo dies in the middle of a run: every input line still gets exactly one output line, in order, equal
/// to the single machine's.</summary>
public sealed class SiloFailureTests
{
    private const int HangFromLine = 100;
    private const int HungCallsBeforeKill = 4;

    [Fact]
    public async Task SiloDiesMidRun_NothingLostNorDuplicated_OrderKept()
    {
        var articles = Articles.WorkedExampleAndGenerated(400);
        string[] expected = Articles.SingleMachine(articles);
        await using TestCluster cluster = await TwoSiloCluster.StartAsync();
        ClusterAnalysisClient runner = cluster.Runner();
        SiloHandle victim = cluster.SecondarySilos[0];
        using var analyzed = new SiloMeasurements("newsnlp.silo.articles.analyzed");

        // From line 100 on, the victim stops answering (its calls hang, as on a dead process); once a few calls hang
        // there it is killed, while the run goes on.
        Task? death = null;
        var output = new ActionAtLine(HangFromLine, () =>
        {
            HangingSilo.Silo = victim.SiloAddress;
            death = Task.Run(async () =>
            {
                while (HangingSilo.Hung < HungCallsBeforeKill)
                {
                    await Task.Delay(10);
                }

                HangingSilo.Release();
                await cluster.KillSiloAsync(victim);
            });
        });
        var stderr = new StringWriter();
        int code;
        try
        {
            code = await Task.Run(() => runner.Run(new StringReader(Articles.ToJsonl(articles)), output, stderr, inFlight: 16));
            await death!.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            HangingSilo.Release();
        }

        code.Should().Be(0, stderr.ToString());
        string[] lines = Articles.Lines(output.ToString());
        lines.Should().HaveCount(articles.Count, "one output line per input line: none lost, none duplicated");
        for (int i = 0; i < lines.Length; i++)
        {
            lines[i].Should().Be(expected[i], $"line {i + 1} ({articles[i].Id}) is the single machine's, in input order");
        }

        HangingSilo.Hung.Should().BeGreaterThan(0, "calls were on the victim when it died");
        runner.Metrics.Retries.Should().BeGreaterThanOrEqualTo(HangingSilo.Hung, "every call lost with the victim was sent again");
        cluster.Client.ServiceProvider.GetRequiredService<GatewayLoss>().Count.Should().BeGreaterThan(0, "the client saw the victim's gateway go and stopped waiting for its calls");
        cluster.Silos.Should().ContainSingle("the victim is gone");
        analyzed.PerSilo.Should().HaveCount(2, "both silos worked before the victim died");
        analyzed.PerSilo.Values.Sum().Should().BeGreaterThanOrEqualTo(articles.Count, "every article was analyzed (a call given up late may be analyzed twice; it is written once)");
    }

    /// <summary>Collects the output and runs an action right after line <c>n</c> is written.</summary>
    private sealed class ActionAtLine(int n, Action action) : StringWriter
    {
        private int _lines;

        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            if (++_lines == n)
            {
                action();
            }
        }
    }
}
