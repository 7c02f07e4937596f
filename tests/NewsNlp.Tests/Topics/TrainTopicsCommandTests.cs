using System.Text;
using System.Text.Json;
using FluentAssertions;
using NewsNlp.Cli;
using Xunit;

namespace NewsNlp.Tests.Topics;

public sealed class TrainTopicsCommandTests
{
    private static readonly (string Label, string Text)[] s_rows =
    [
        ("markets", "Shares rose on Wall Street as investors cheered strong bank profits and lower bond yields."),
        ("markets", "The dollar fell against the euro after the central bank held interest rates steady."),
        ("markets", "Oil prices climbed as traders bet on tighter supply, lifting energy stocks."),
        ("markets", "Stocks slipped in Tokyo as exporters weighed on the index and the yen strengthened."),
        ("markets", "Bond markets rallied after inflation data came in below forecasts."),
        ("markets", "Gold hit a record as investors sought safety from volatile equity markets."),
        ("football", "The striker scored twice as the home side won the derby in front of a packed stadium."),
        ("football", "The goalkeeper saved a late penalty to keep the league leaders' unbeaten run alive."),
        ("football", "The manager praised his midfielders after the cup win over their fierce rivals."),
        ("football", "A last-minute header sent the club through to the quarter-finals of the cup."),
        ("football", "The defender was sent off and the ten men lost the match to a late goal."),
        ("football", "Fans sang in the stands as the champions lifted the trophy after the final whistle."),
    ];

    private static string Jsonl() => string.Join('\n', s_rows.Select(r => JsonSerializer.Serialize(new { text = r.Text, label = r.Label })));

    [Fact]
    public void TrainsFromJsonlOnStdin_PrintsPerClassScores_SavesLoadableModel()
    {
        string path = Path.Combine(Path.GetTempPath(), "newsnlp-topics-" + Guid.NewGuid().ToString("N") + ".bin");
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();

            int code = CliApp.Run(["train-topics", "-", "--out", path, "--holdout", "0.34"], new StringReader(Jsonl()), stdout, stderr);

            code.Should().Be(0, stderr.ToString());
            stdout.ToString().Should().Contain("football").And.Contain("markets").And.Contain("macro-F1");
            stderr.ToString().Should().BeEmpty("progress goes to stderr only when it is a terminal");
            TopicModel model = TopicModel.Load(path);
            model.Labels.Should().BeEquivalentTo(["football", "markets"]);
            model.Classify("The striker scored a late goal to win the match.")[0].Label.Should().Be("football");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TrainTopics_FromCsvWithHeader_Trains()
    {
        string csvPath = Path.Combine(Path.GetTempPath(), "newsnlp-topics-" + Guid.NewGuid().ToString("N") + ".csv");
        string modelPath = Path.ChangeExtension(csvPath, ".bin");
        try
        {
            var csv = new StringBuilder("label,text\n");
            foreach ((string label, string text) in s_rows)
            {
                csv.Append(label).Append(",\"").Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\"\n");
            }

            File.WriteAllText(csvPath, csv.ToString());
            var stdout = new StringWriter();
            var stderr = new StringWriter();

            int code = CliApp.Run(["train-topics", csvPath, "--out", modelPath], TextReader.Null, stdout, stderr);

            code.Should().Be(0, stderr.ToString());
            TopicModel.Load(modelPath).Labels.Should().BeEquivalentTo(["football", "markets"]);
        }
        finally
        {
            File.Delete(csvPath);
            File.Delete(modelPath);
        }
    }

    [Fact]
    public void MissingOut_IsAUsageError()
    {
        var stderr = new StringWriter();

        int code = CliApp.Run(["train-topics", "-"], new StringReader(Jsonl()), new StringWriter(), stderr);

        code.Should().Be(2);
        stderr.ToString().Should().Contain("usage");
    }

    [Fact]
    public void BadJson_IsReportedNotThrown()
    {
        var stderr = new StringWriter();

        int code = CliApp.Run(["train-topics", "-", "--out", Path.Combine(Path.GetTempPath(), "never.bin")], new StringReader("{not json"), new StringWriter(), stderr);

        code.Should().Be(1);
        stderr.ToString().Should().Contain("cannot read");
    }
}
