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
        var entities = new EntityResult(
        [
            Place(0, "China", EntityType.Location, 0.8, "CN"),
            Place(1, "Chinese", EntityType.Nationality, 0.5, "CN"),
            Place(2, "U.S.", EntityType.Location, 0.7, "US"),
            Place(3, "Taiwan", EntityType.Location, 0.3, "TW"),
            Place(4, "Ukraine", EntityType.Location, 0.05, "UA"),
        ]);
        var dateline = new Dateline("TAIPEI, Taiwan (AP) —", new TextSpan(0, 4), "Taipei", "Taiwan", "TW", "AP", null);
        var structure = new PageStructure(null, null, dateline, [], [], []);

        RegionScore[] found = RegionScorer.Score(ArticleText.Build("text"), structure, entities);

        List<RegionScore> regions = found.Where(r => r.Code is null).ToList();
        regions.Take(2).Select(r => r.Name).Should().Equal("Asia", "North America");
        regions[0].Score.Should().Be(1.0);
        found.Should().Contain(r => r.Code == "CN" && r.Name == "China");
        found.Should().Contain(r => r.Code == "US" && r.Name == "United States");
        found.Should().NotContain(r => r.Name == "Europe", "Ukraine's weight is below the reporting floor");
        found.Should().BeInDescendingOrder(r => r.Score);
    }

    [Fact]
    public void MiddleEastAndLatinAmerica_AreMapped()
    {
        var entities = new EntityResult(
        [
            Place(0, "Cairo", EntityType.Location, 0.6, "EG"),
            Place(1, "Brazil", EntityType.Location, 0.6, "BR"),
            Place(2, "Qin Gang", EntityType.Person, 0.9, "CN"), // people do not count
        ]);

        RegionScore[] found = RegionScorer.Score(ArticleText.Build("text"), PageStructure.None, entities);

        found.Select(r => r.Name).Should().Contain(["Middle East", "Africa", "South America", "Latin America", "Egypt", "Brazil"]);
        found.Should().NotContain(r => r.Name == "Asia");
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
