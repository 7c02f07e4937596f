using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Entities;

/// <summary>Named storms are other names (<see cref="StormNames"/>), in the tagging API as in the analysis (the analysis
/// rows are in Specs/Entities.tsv).</summary>
public sealed class StormNamesTests
{
    [Fact]
    public void TagDocument_TagsTheStormAndItsBareNameAsOtherNames()
    {
        IReadOnlyList<IReadOnlyList<string>> tags = NewsAnalyzer.Default.TagDocument(
            [["Hurricane", "Mirela", "made", "landfall", "near", "Port", "Sallow", "on", "Tuesday", "."],
             ["Mirela", "knocked", "out", "power", "to", "200,000", "homes", ",", "the", "National", "Hurricane", "Center", "said", "."]]);
        tags[0].Take(2).Should().Equal("B-MISC", "I-MISC");
        tags[1][0].Should().Be("B-MISC", "the storm's bare name is the storm");
        tags[1][10].Should().NotBe("B-MISC", "the forecasting centre is no storm");
    }

    [Fact]
    public void TagDocument_LeavesAPersonWithTheStormsNameInAFullName()
    {
        IReadOnlyList<IReadOnlyList<string>> tags = NewsAnalyzer.Default.TagDocument(
            [["Tropical", "Storm", "Rita", "weakened", "on", "Friday", "."],
             ["Rita", "Moreno", ",", "who", "lives", "on", "the", "coast", ",", "stayed", "home", "."]]);
        tags[0].Take(3).Should().Equal("B-MISC", "I-MISC", "I-MISC");
        tags[1].Take(2).Should().Equal("B-PER", "I-PER");
    }

    [Theory]
    [InlineData("Seattle Storm guard Jewell Loyd scored 30 points on Sunday.", "Storm Jewell")]
    [InlineData("The Great Depression Era photographs went on show in Chicago.", "Depression Era")]
    [InlineData("Storm Warning Issued For The Coast", "Storm Warning")]
    public void Analyze_FindsNoStormInATeamAnEraOrAWarning(string text, string notAStorm) =>
        NewsAnalyzer.Default.Analyze(text).Entities.Should().NotContain(e => e.Type == EntityType.Misc && e.Name.Contains(notAStorm, StringComparison.OrdinalIgnoreCase));
}
