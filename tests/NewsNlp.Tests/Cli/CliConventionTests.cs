using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Cli;

/// <summary>The console program's conventions: version, help on every command, exit codes, the JSONL options.</summary>
public sealed class CliConventionTests
{
    private static (int Code, string Out, string Err) Run(string stdin, params string[] args) => CliRunner.Run(stdin, args);

    [Fact]
    public void Version_PrintsTheProgramVersion_AndExits0()
    {
        var (code, stdout, _) = Run("", "--version");
        code.Should().Be(0);
        stdout.Should().MatchRegex(@"^newsnlp \d+\.\d+\.\d+");
    }

    [Theory]
    [InlineData("analyze", "--text-key")]
    [InlineData("tokenize", "tokenize --input jsonl")]
    [InlineData("ner", "--conll")]
    [InlineData("extract", "--html-key")]
    [InlineData("train-topics", "--out MODEL.bin")]
    public void EveryCommand_HasHelp_OnStandardOutput_WithExitCode0(string command, string expected)
    {
        var (code, stdout, stderr) = Run("", command, "--help");
        code.Should().Be(0);
        stdout.Should().Contain(expected);
        stderr.Should().BeEmpty();
    }

    [Fact]
    public void Usage_NamesEveryCommandAsItRuns_AndTheExitCodes()
    {
        var (_, stdout, _) = Run("", "--help");
        stdout.Should().Contain("newsnlp train-topics INPUT.jsonl|INPUT.csv|- --out MODEL.bin").And.NotContain("--input FILE --out");
        stdout.Should().Contain("exit codes: 0");
    }

    [Fact]
    public void Jsonl_OtherKeys_NumericIdsStayNumbers_AndFailedLinesKeepTheirIds()
    {
        string input = "{\"doc\": 7, \"body\": \"WASHINGTON (AP) — The Senate passed the bill on Tuesday, leaders said.\"}\n"
            + "{\"doc\": \"b-2\", \"body\": \"Fed raises rates as inflation cools\"}\n"
            + "{\"doc\": 9}\n";

        var (code, stdout, _) = Run(input, "analyze", "--input", "jsonl", "--id-key", "doc", "--text-key", "body", "--threads", "2");

        code.Should().Be(1, "one line failed");
        string[] lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(3);
        using JsonDocument first = JsonDocument.Parse(lines[0]);
        first.RootElement.GetProperty("id").ValueKind.Should().Be(JsonValueKind.Number);
        first.RootElement.GetProperty("id").GetInt32().Should().Be(7);
        first.RootElement.GetProperty("dateline").GetProperty("city").GetString().Should().Be("Washington");
        JsonDocument.Parse(lines[1]).RootElement.GetProperty("id").GetString().Should().Be("b-2");
        using JsonDocument failed = JsonDocument.Parse(lines[2]);
        failed.RootElement.GetProperty("id").GetInt32().Should().Be(9);
        failed.RootElement.GetProperty("error").GetString().Should().Contain("\"body\"");
    }

    [Fact]
    public void StageSwitches_LeaveTheirStagesOut()
    {
        const string text = "WASHINGTON (AP) — Sen. Jane Roe said on Tuesday that the budget would pass before the recess.";
        var (code, stdout, _) = Run(text, "analyze", "--format", "json", "--no-topics", "--no-entities", "-");

        code.Should().Be(0);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        doc.RootElement.GetProperty("topics").GetArrayLength().Should().Be(0);
        doc.RootElement.GetProperty("entities").GetArrayLength().Should().Be(0);
        doc.RootElement.GetProperty("dateline").GetProperty("city").GetString().Should().Be("Washington");
        doc.RootElement.GetProperty("quotes").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public void Directory_EveryTextFileIsOneArticle_SortedByName_WithItsFileNameAsId()
    {
        string dir = Directory.CreateTempSubdirectory("newsnlp-cli-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "b.txt"), "Fed raises rates as inflation cools");
            File.WriteAllText(Path.Combine(dir, "a.txt"), "WASHINGTON (AP) — The Senate passed the bill on Tuesday, leaders said.");
            File.WriteAllText(Path.Combine(dir, "notes.md"), "not an article");

            var (code, stdout, _) = Run("", "analyze", dir);

            code.Should().Be(0);
            string[] lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Should().Equal("a.txt", "b.txt");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void TopicModel_ThatIsNoModel_IsAClearErrorNotACrash()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not a model");
            var (code, _, stderr) = Run("Fed raises rates as inflation cools", "analyze", "--topic-model", path, "-");
            code.Should().NotBe(0);
            stderr.Should().StartWith("newsnlp: ");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
