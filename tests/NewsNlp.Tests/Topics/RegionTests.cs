using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Topics;

public sealed class RegionTests
{
    private static Entity Place(int id, string name, EntityType type, double salience, string cc) =>
        new(id, name, type, salience, null, [new Mention(name, new TextSpan(0, name.Length))], cc);

    [Fact]
    public void Regions_FromConstructedEntities_AreWeightedBySalience()
    {
        var context = new AnalysisContext("text", NewsAnalyzerOptions.Default);
        context.Entities.Add(Place(0, "China", EntityType.Location, 0.8, "CN"));
        context.Entities.Add(Place(1, "Chinese", EntityType.Nationality, 0.5, "CN"));
        context.Entities.Add(Place(2, "U.S.", EntityType.Location, 0.7, "US"));
        context.Entities.Add(Place(3, "Taiwan", EntityType.Location, 0.3, "TW"));
        context.Entities.Add(Place(4, "Ukraine", EntityType.Location, 0.05, "UA"));
        context.Dateline = new Dateline("TAIPEI, Taiwan (AP) —", new TextSpan(0, 4), "Taipei", "Taiwan", "TW", "AP", null);

        RegionScorer.Score(context);

        List<RegionScore> regions = context.Regions.Where(r => r.Code is null).ToList();
        regions.Take(2).Select(r => r.Name).Should().Equal("Asia", "North America");
        regions[0].Score.Should().Be(1.0);
        context.Regions.Should().Contain(r => r.Code == "CN" && r.Name == "China");
        context.Regions.Should().Contain(r => r.Code == "US" && r.Name == "United States");
        context.Regions.Should().NotContain(r => r.Name == "Europe", "Ukraine's weight is below the reporting floor");
        context.Regions.Should().BeInDescendingOrder(r => r.Score);
    }

    [Fact]
    public void MiddleEastAndLatinAmerica_AreMapped()
    {
        var context = new AnalysisContext("text", NewsAnalyzerOptions.Default);
        context.Entities.Add(Place(0, "Cairo", EntityType.Location, 0.6, "EG"));
        context.Entities.Add(Place(1, "Brazil", EntityType.Location, 0.6, "BR"));
        context.Entities.Add(Place(2, "Qin Gang", EntityType.Person, 0.9, "CN")); // people do not count

        RegionScorer.Score(context);

        context.Regions.Select(r => r.Name).Should().Contain(["Middle East", "Africa", "South America", "Latin America", "Egypt", "Brazil"]);
        context.Regions.Should().NotContain(r => r.Name == "Asia");
    }

    [Fact]
    public void WorkedExample_RegionsAreAsiaAndNorthAmerica()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(TopicTestData.WorkedExample);

        a.Regions.Where(r => r.Code is null).Take(2).Select(r => r.Name).Should().BeEquivalentTo(["Asia", "North America"]);
        a.Regions.Should().Contain(r => r.Code == "CN").And.Contain(r => r.Code == "US");
    }

    [Fact]
    public void NoPlaces_NoRegions()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze("The committee met on Tuesday and approved the budget for next year.");

        a.Regions.Should().BeEmpty();
    }
}
