using System.Text.Json;
using FluentAssertions;
using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests.Entities;

public sealed class GoldenEntityTests
{
    private static readonly Lazy<(string Text, JsonDocument Gold, NewsAnalysis Analysis)> s_golden = new(() =>
    {
        string text = TestData.ReadGolden("blinken-qin.txt");
        var gold = JsonDocument.Parse(File.ReadAllText(EntityTestData.Path("golden", "blinken-qin.gold.json")));
        return (text, gold, NewsAnalyzer.Default.Analyze(text));
    });

    public static TheoryData<string> GoldEntityNames()
    {
        var data = new TheoryData<string>();
        using var gold = JsonDocument.Parse(File.ReadAllText(EntityTestData.Path("golden", "blinken-qin.gold.json")));
        foreach (JsonElement e in gold.RootElement.GetProperty("entities").EnumerateArray())
        {
            data.Add(e.GetProperty("name").GetString()!);
        }

        return data;
    }

    [SharedDataTheory]
    [MemberData(nameof(GoldEntityNames))]
    public void GoldEntity_IsOneEntity_WithAllItsMentionsTypeAndName(string name)
    {
        (_, JsonDocument gold, NewsAnalysis analysis) = s_golden.Value;
        JsonElement g = gold.RootElement.GetProperty("entities").EnumerateArray().First(e => e.GetProperty("name").GetString() == name);
        Entity? found = null;
        foreach (JsonElement m in g.GetProperty("mentions").EnumerateArray())
        {
            var span = TextSpan.FromBounds(m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32());
            Entity? owner = analysis.Entities.FirstOrDefault(e => e.Mentions.Any(x => x.Span == span));
            owner.Should().NotBeNull($"the mention \"{m.GetProperty("text").GetString()}\" at {span.Start} of {name} must be found");
            if (found is null)
            {
                found = owner;
            }
            else
            {
                owner!.Id.Should().Be(found.Id, $"every mention of {name} belongs to one entity");
            }
        }

        found!.Name.Should().Be(name);
        found.Type.ToString().ToUpperInvariant().Should().Be(g.GetProperty("type").GetString());
        if (gold.RootElement.GetProperty("titles").TryGetProperty(name, out JsonElement title))
        {
            found.Title.Should().Be(title.GetString());
        }
    }

    [SharedDataFact]
    public void WorkedExample_HasNoSpuriousPerson()
    {
        (_, JsonDocument gold, NewsAnalysis analysis) = s_golden.Value;
        var goldPersons = gold.RootElement.GetProperty("entities").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "PERSON")
            .Select(e => e.GetProperty("name").GetString())
            .ToHashSet();
        analysis.Entities.Where(e => e.Type == EntityType.Person).Select(e => e.Name).Should().BeSubsetOf(goldPersons!);
    }

    [SharedDataFact]
    public void PlacesAndNationalities_CarryCountryCodes()
    {
        NewsAnalysis analysis = s_golden.Value.Analysis;
        analysis.Entities.Single(e => e.Name == "United States").CountryCode.Should().Be("US");
        analysis.Entities.Single(e => e.Name == "China" && e.Type == EntityType.Location).CountryCode.Should().Be("CN");
        analysis.Entities.Single(e => e.Name == "Taipei").CountryCode.Should().Be("TW");
        analysis.Entities.Single(e => e.Name == "Beijing").CountryCode.Should().Be("CN");
        Entity chinese = analysis.Entities.Single(e => e.Name == "Chinese");
        chinese.Type.Should().Be(EntityType.Nationality);
        chinese.CountryCode.Should().Be("CN");
    }

    [SharedDataFact]
    public void Entities_AreSortedBySalience_WithIdsInThatOrder()
    {
        NewsAnalysis analysis = s_golden.Value.Analysis;
        analysis.Entities.Should().NotBeEmpty();
        analysis.Entities.Select(e => e.Id).Should().Equal(Enumerable.Range(0, analysis.Entities.Count));
        analysis.Entities.Select(e => e.Salience).Should().BeInDescendingOrder();
        analysis.Entities.Should().OnlyContain(e => e.Salience >= 0 && e.Salience <= 1);
        analysis.Entities.Take(5).Select(e => e.Name).Should().Contain(["United States", "China", "Antony Blinken"]);
    }

    [SharedDataFact]
    public void MentionOffsets_MatchTheText()
    {
        (string text, _, NewsAnalysis analysis) = s_golden.Value;
        foreach (Mention m in analysis.Entities.SelectMany(e => e.Mentions))
        {
            text.Substring(m.Span.Start, m.Span.Length).Should().Be(m.Text);
        }
    }
}
