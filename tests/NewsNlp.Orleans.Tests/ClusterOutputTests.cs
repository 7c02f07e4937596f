using FluentAssertions;
using NewsNlp.Cli;
using Orleans.TestingHost;
using Xunit;

namespace NewsNlp.Orleans.Tests;

/// <summary>Two silos in one process: the cluster's JSONL output is the single machine's, line for line, and bad lines
/// get the console program's error lines.</summary>
public sealed class ClusterOutputTests : IAsyncLifetime
{
    private TestCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await TwoSiloCluster.StartAsync();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public void TwoSilos_WorkedExampleAndGeneratedArticles_EqualAnalyzeManyLineForLine()
    {
        var articles = Articles.WorkedExampleAndGenerated(300);
        string[] expected = Articles.SingleMachine(articles);
        using var analyzed = new SiloMeasurements("newsnlp.silo.articles.analyzed");
        var output = new StringWriter();
        var stderr = new StringWriter();

        int code = _cluster.Runner().Run(new StringReader(Articles.ToJsonl(articles)), output, stderr, inFlight: 16);

        code.Should().Be(0, stderr.ToString());
        string[] lines = Articles.Lines(output.ToString());
        lines.Should().HaveCount(articles.Count);
        for (int i = 0; i < lines.Length; i++)
        {
            lines[i].Should().Be(expected[i], $"line {i + 1} ({articles[i].Id}) is the single machine's");
        }

        lines[0].Should().StartWith("{\"id\":\"blinken-qin\",").And.Contain("\"Qin Gang\"");
        analyzed.PerSilo.Should().HaveCount(2, "both silos analyzed articles");
        analyzed.PerSilo.Values.Sum().Should().Be(articles.Count);
    }

    [Fact]
    public void HostileLines_ComeBackAsTheCliErrorLines()
    {
        string input = string.Join('\n',
            "{not json",
            "",
            "{\"id\": \"no-text\"}",
            "{\"id\": \"null-text\", \"text\": null}",
            "{\"id\": \"ok\", \"text\": \"WASHINGTON (AP) — Officials met on Tuesday.\"}",
            "[1,2]",
            "{\"id\": 7, \"text\": 3}",
            "{\"id\": \"surrogate\", \"text\": \"Bad \\ud800 text said Mr. Smith.\"}",
            "{\"id\": \"empty\", \"text\": \"\"}",
            "   ") + "\n";
        var cliOut = new StringWriter();
        int cliCode = CliApp.Run(["analyze", "--input", "jsonl", "--format", "jsonl"], new StringReader(input), cliOut, new StringWriter());
        var output = new StringWriter();
        var stderr = new StringWriter();

        int code = _cluster.Runner().Run(new StringReader(input), output, stderr);

        code.Should().Be(cliCode).And.Be(1, "some lines failed");
        stderr.ToString().Should().Contain("7 of 10 input lines failed");
        output.ToString().Should().Be(cliOut.ToString());
        string[] lines = Articles.Lines(output.ToString());
        lines[0].Should().Contain("\"error\":\"line 1: invalid JSON");
        lines[4].Should().StartWith("{\"id\":\"ok\",\"headline\"");
        lines[7].Should().StartWith("{\"id\":\"surrogate\",\"headline\"");
    }
}
