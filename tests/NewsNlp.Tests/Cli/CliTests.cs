using System.Text.Json;
using FluentAssertions;
using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests.Cli;

public sealed class CliTests
{
    private static (int Code, string Out, string Err) Run(string stdin, params string[] args) => CliRunner.Run(stdin, args);

    [Fact]
    public void Tokenize_Jsonl_AnswersEveryLineInOrder()
    {
        string input = string.Join('\n',
            JsonSerializer.Serialize(new { id = "a", text = "Qin urged the U.S. to act. It didn't." }),
            JsonSerializer.Serialize(new { id = "b", text = "" }),
            JsonSerializer.Serialize(new { id = "c", text = "Blinken spoke." })) + "\n";
        var (code, stdout, _) = Run(input, "tokenize", "--input", "jsonl", "--format", "jsonl");
        code.Should().Be(0);
        string[] lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(3);
        using var first = JsonDocument.Parse(lines[0]);
        first.RootElement.GetProperty("id").GetString().Should().Be("a");
        string text = "Qin urged the U.S. to act. It didn't.";
        var tokens = first.RootElement.GetProperty("tokens").EnumerateArray()
            .Select(t => text[t[0].GetInt32()..t[1].GetInt32()]).ToArray();
        tokens.Should().Equal("Qin", "urged", "the", "U.S.", "to", "act", ".", "It", "did", "n't", ".");
        first.RootElement.GetProperty("sentences").GetArrayLength().Should().Be(2);
        JsonDocument.Parse(lines[1]).RootElement.GetProperty("tokens").GetArrayLength().Should().Be(0);
        JsonDocument.Parse(lines[2]).RootElement.GetProperty("id").GetString().Should().Be("c");
    }

    [Fact]
    public void Analyze_Jsonl_BadLinesGetErrorLinesAndTheRunGoesOn()
    {
        string input = string.Join('\n',
            "{not json",
            "",
            JsonSerializer.Serialize(new { id = "no-text" }),
            "{\"id\": \"null-text\", \"text\": null}",
            JsonSerializer.Serialize(new { id = "ok", text = "WASHINGTON (AP) — Officials met on Tuesday." }),
            "[1,2]") + "\n";
        var (code, stdout, stderr) = Run(input, "analyze", "--input", "jsonl", "--format", "jsonl");
        code.Should().Be(1, "some lines failed");
        stderr.Should().Contain("5 of 6 input lines failed").And.NotContain("   at ", "no stack traces for expected failures");
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        lines.Should().HaveCount(6);
        lines[0].GetProperty("error").GetString().Should().Contain("invalid JSON");
        lines[1].GetProperty("error").GetString().Should().Contain("blank");
        lines[2].GetProperty("id").GetString().Should().Be("no-text");
        lines[2].GetProperty("error").GetString().Should().Contain("text");
        lines[3].GetProperty("id").GetString().Should().Be("null-text");
        lines[4].GetProperty("id").GetString().Should().Be("ok");
        lines[4].TryGetProperty("error", out _).Should().BeFalse();
        lines[4].GetProperty("sentences").GetArrayLength().Should().Be(1);
        lines[5].GetProperty("error").GetString().Should().Contain("object");
    }

    [Fact]
    public void Analyze_Json_WorkedExampleFollowsTheContract()
    {
        var (code, stdout, _) = Run("", "analyze", "--format", "json", TestData.GoldenPath("blinken-qin.txt"));
        code.Should().Be(0);
        using var doc = JsonDocument.Parse(stdout);
        JsonElement root = doc.RootElement;
        foreach (string field in new[] { "headline", "byline", "dateline", "sentences", "entities", "quotes", "topics", "keywords" })
        {
            root.TryGetProperty(field, out _).Should().BeTrue($"the contract names '{field}'");
        }

        root.GetProperty("sentences").GetArrayLength().Should().Be(20);
    }

    [Fact]
    public void Analyze_LoneSurrogateText_IsAnsweredWithValidJson()
    {
        string input = "{\"id\": \"s\", \"text\": \"Bad \\ud800 text said Mr. Smith.\"}\n";
        var (code, stdout, _) = Run(input, "analyze", "--input", "jsonl", "--format", "jsonl");
        code.Should().Be(0);
        JsonDocument.Parse(stdout).RootElement.GetProperty("id").GetString().Should().Be("s");
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("analyze", "--format")]
    [InlineData("analyze", "--bogus", "x")]
    [InlineData("tokenize", "--input", "text")]
    public void BadArguments_PrintUsageAndExit2(params string[] args)
    {
        var (code, stdout, stderr) = Run("", args);
        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("usage:");
    }

    [Fact]
    public void NoArguments_PrintUsageAndExit2()
    {
        var (code, _, stderr) = Run("");
        code.Should().Be(2);
        stderr.Should().Contain("usage:");
    }

    [Fact]
    public void Analyze_MissingFile_IsAClearError()
    {
        var (code, _, stderr) = Run("", "analyze", "/nonexistent/article.txt");
        code.Should().Be(1);
        stderr.Should().Contain("article.txt").And.NotContain("   at ");
    }
}
