using System.Text.Json;
using FluentAssertions;
using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests.Serialization;

public sealed class JsonRoundTripTests
{
    [Fact]
    public void WorkedExample_ReadBackFromItsJson_WritesTheSameJson_AndHoldsTheSameResults()
    {
        string text = TestData.ReadGolden("blinken-qin.txt");
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(text);
        string json = a.ToJson();

        NewsAnalysis back = NewsAnalysis.FromJson(json, text);

        back.ToJson().Should().Be(json);
        back.Quotes.Should().Equal(a.Quotes);
        back.Sentences.Should().Equal(a.Sentences);
        back.Paragraphs.Should().Equal(a.Paragraphs);
        back.Dateline.Should().Be(a.Dateline);
        back.Headline.Should().Be(a.Headline);
        back.Entities.Select(e => (e.Id, e.Name, e.Type, e.Title, e.CountryCode)).Should().Equal(a.Entities.Select(e => (e.Id, e.Name, e.Type, e.Title, e.CountryCode)));
        back.Entities.Select(e => e.Mentions).Should().BeEquivalentTo(a.Entities.Select(e => e.Mentions), o => o.WithStrictOrdering());
        back.Language.Should().Be(a.Language);
        back.Warnings.Should().Equal(a.Warnings);
    }

    [Fact]
    public void ConsoleLine_WithIdAndWarnings_RoundTrips()
    {
        const string text = "BERLIN (dpa) - Die Bundesregierung will die Schuldenbremse im kommenden Jahr wieder einhalten, sagte der Minister am Dienstag.";
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(text);
        string json = a.ToJson("story-7");

        NewsAnalysis back = NewsAnalysis.FromJson(json, text);

        back.Should().Be(a, "nothing in it has a score to round");
        back.Warnings.Should().Equal(AnalysisWarning.NotEnglish);
        back.ToJson("story-7").Should().Be(json);
    }

    [Fact]
    public void Analyses_OfTheSameText_AreEqual_AndOfAnotherText_AreNot()
    {
        string text = TestData.ReadGolden("blinken-qin.txt");
        NewsAnalysis first = NewsAnalyzer.Default.Analyze(text);
        NewsAnalysis second = NewsAnalyzer.Default.Analyze(text);

        first.Entities.Should().NotBeSameAs(second.Entities);
        (first == second).Should().BeTrue("results compare by content, list by list");
        first.GetHashCode().Should().Be(second.GetHashCode());
        (first == NewsAnalyzer.Default.Analyze(text + "\n\nThe talks ended on Monday.")).Should().BeFalse();
        (first with { Entities = first.Entities.Skip(1).ToArray() }).Should().NotBe(first);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"id\": \"x\", \"error\": \"text must be a string\"}")]
    [InlineData("{\"headline\": {\"text\": \"Taiwan\", \"start\": 5000, \"end\": 5006}}")]
    [InlineData("{\"entities\": [{\"id\": 0, \"name\": \"X\", \"type\": \"ROBOT\", \"salience\": 1, \"mentions\": []}]}")]
    public void BadJson_GivesAFormatException(string json)
    {
        Action read = () => NewsAnalysis.FromJson(json, "Short text.");
        read.Should().Throw<FormatException>();
    }

    [Fact]
    public void Json_WithoutText_NeedsTheText()
    {
        string json = NewsAnalyzer.Default.Analyze("Fed raises rates as inflation cools").ToJson();
        Action read = () => NewsAnalysis.FromJson(json, null);
        read.Should().Throw<FormatException>().WithMessage("*pass the analyzed text*");
    }

    [SharedDataFact]
    [Trait("Category", "Accuracy")]
    public void NewsGoldArticles_RoundTripThroughTheContractJson()
    {
        int n = 0;
        foreach (string line in File.ReadLines(Path.Combine(TestData.SharedData, "news-gold", "articles.jsonl")))
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            string text = doc.RootElement.GetProperty("text").GetString()!;
            string json = NewsAnalyzer.Default.Analyze(text).ToJson();
            NewsAnalysis.FromJson(json, text).ToJson().Should().Be(json);
            n++;
        }

        n.Should().BeGreaterThanOrEqualTo(40);
    }

    /// <summary>docs/CONTRACT.md is the output contract; every top-level field of its analysis object (but the
    /// conditional <c>id</c> and <c>error</c>) is in the JSON, and the JSON has no field the contract does not name.</summary>
    [Fact]
    public void Json_HasEveryTopLevelFieldOfTheContract_AndNoOther()
    {
        string contract = File.ReadAllText(Path.Combine(TestData.RepoRoot, "docs", "CONTRACT.md"));
        int start = contract.IndexOf("```jsonc", StringComparison.Ordinal);
        string block = contract[start..contract.IndexOf("```", start + 8, StringComparison.Ordinal)];
        var fields = System.Text.RegularExpressions.Regex.Matches(block, "^  \"(\\w+)\":", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).Except(["id", "error"]).ToList();
        fields.Should().Contain(["headline", "dateline", "entities", "quotes", "topics", "language", "warnings"]);

        using JsonDocument doc = JsonDocument.Parse(NewsAnalyzer.Default.Analyze(TestData.ReadGolden("blinken-qin.txt")).ToJson());
        var written = doc.RootElement.EnumerateObject().Select(p => p.Name).ToList();

        written.Should().Contain(fields);
        written.Except(fields).Should().BeSubsetOf(["categories", "boilerplate", "paragraphs", "regions"], "the additions the README lists");
    }
}
