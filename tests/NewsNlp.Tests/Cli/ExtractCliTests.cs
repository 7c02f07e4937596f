using System.Text.Json;
using FluentAssertions;
using NewsNlp.Tests.Html;
using Xunit;

namespace NewsNlp.Tests.Cli;

/// <summary><c>newsnlp extract</c> and <c>newsnlp analyze</c> of HTML pages, as CONTRACT.md describes them.</summary>
public sealed class ExtractCliTests
{
    [Fact]
    public void Extract_File_PrintsTheArticleText()
    {
        string path = Path.Combine(Path.GetTempPath(), "newsnlp-extract-" + Guid.NewGuid().ToString("N") + ".html");
        File.WriteAllText(path, HtmlPages.NewsPage());
        try
        {
            var (code, stdout, _) = CliRunner.Run("", "extract", path);

            code.Should().Be(0);
            stdout.Should().Be(HtmlExtractor.Extract(HtmlPages.NewsPage()).Text + Environment.NewLine);

            var (analyzeCode, json, _) = CliRunner.Run("", "analyze", "--format", "jsonl", path);
            analyzeCode.Should().Be(0);
            using JsonDocument doc = JsonDocument.Parse(json);
            doc.RootElement.GetProperty("text").GetString().Should().StartWith(HtmlPages.Headline);
            doc.RootElement.GetProperty("headline").GetProperty("text").GetString().Should().Be(HtmlPages.Headline);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Extract_Jsonl_OneLinePerInputLine_WithMetadata_AndErrorLinesForBadLines()
    {
        string input = JsonSerializer.Serialize(new { id = "a", html = HtmlPages.NewsPage() }) + "\n"
            + "{\"id\": \"b\", \"text\": \"no html field\"}\n"
            + "not json\n"
            + "\n"
            + JsonSerializer.Serialize(new { id = 5, html = "" }) + "\n";

        var (code, stdout, stderr) = CliRunner.Run(input, "extract", "--input", "jsonl", "--format", "jsonl");

        code.Should().Be(1);
        stderr.Should().Contain("3 of 5 input lines failed");
        string[] lines = stdout.TrimEnd('\n', '\r').Split('\n');
        lines.Should().HaveCount(5);
        using (JsonDocument first = JsonDocument.Parse(lines[0]))
        {
            JsonElement r = first.RootElement;
            r.GetProperty("id").GetString().Should().Be("a");
            r.GetProperty("text").GetString().Should().Contain(HtmlPages.FirstParagraph);
            r.GetProperty("headline").GetString().Should().Be(HtmlPages.Headline);
            r.GetProperty("authors").EnumerateArray().Select(a => a.GetString()).Should().Equal("Maria Fenwick", "Tom Okafor");
            r.GetProperty("published").GetString().Should().Be("2026-03-10T14:04:00-04:00");
            r.GetProperty("publisher").GetString().Should().Be("Coast Gazette Media");
            r.GetProperty("url").GetString().Should().Be("https://gazette.example/news/ferry-terminal-approved");
            r.GetProperty("section").GetString().Should().Be("News");
        }

        lines[1].Should().Contain("\"id\":\"b\"").And.Contain("missing string field \\\"html\\\"");
        lines[2].Should().Contain("\"error\"");
        lines[3].Should().Contain("blank line");
        using JsonDocument last = JsonDocument.Parse(lines[4]);
        last.RootElement.GetProperty("id").GetInt32().Should().Be(5);
        last.RootElement.GetProperty("text").GetString().Should().BeEmpty();
        last.RootElement.GetProperty("headline").ValueKind.Should().Be(JsonValueKind.Null);
        last.RootElement.GetProperty("section").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Analyze_Jsonl_HtmlLines_GetTheAnalysisPlusText_TextLinesAreUnchanged()
    {
        string text = HtmlPages.FirstParagraph + "\n\n" + HtmlPages.SecondParagraph;
        string input = JsonSerializer.Serialize(new { id = "page", html = HtmlPages.NewsPage() }) + "\n"
            + JsonSerializer.Serialize(new { id = "plain", text }) + "\n";

        var (code, stdout, _) = CliRunner.Run(input, "analyze", "--input", "jsonl", "--format", "jsonl");

        code.Should().Be(0);
        string[] lines = stdout.TrimEnd('\n', '\r').Split('\n');
        HtmlAnalysis expected = HtmlNewsAnalyzer.Default.Analyze(HtmlPages.NewsPage());
        lines[0].TrimEnd('\r').Should().Be(expected.ToJson("page"));
        lines[1].TrimEnd('\r').Should().Be(NewsAnalyzer.Default.Analyze(text).ToJson("plain"));
        lines[1].Should().NotContain("\"page\"");
    }

    [Fact]
    public void Extract_BadUsage_Exits2()
    {
        CliRunner.Run("", "extract").Code.Should().Be(2);
        CliRunner.Run("", "extract", "--input", "jsonl", "--format", "text").Code.Should().Be(2);
        CliRunner.Run("", "extract", "--bogus").Code.Should().Be(2);
    }
}
