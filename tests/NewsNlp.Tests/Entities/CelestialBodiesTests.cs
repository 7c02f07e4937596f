using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Entities;

/// <summary>Planets are other names in the tagging API as in the analysis (<see cref="CelestialBodies"/>; the analysis
/// rows are in Specs/Entities.tsv).</summary>
public sealed class CelestialBodiesTests
{
    [Fact]
    public void TagDocument_TagsPlanetsInAStoryAboutTheSkyAsOtherNames()
    {
        IReadOnlyList<IReadOnlyList<string>> tags = NewsAnalyzer.Default.TagDocument(
            [["Currently", ",", "Mercury", "and", "Venus", "are", "conjunct", ",", "closely", "aspected", "by", "Saturn", "."]]);
        tags[0][2].Should().Be("B-MISC");
        tags[0][4].Should().Be("B-MISC");
        tags[0][11].Should().Be("B-MISC");
    }

    [Fact]
    public void TagDocument_LeavesAPersonNamedMarsInAStoryAboutMusic()
    {
        IReadOnlyList<IReadOnlyList<string>> tags = NewsAnalyzer.Default.TagDocument(
            [["Pop", "star", "Leo", "Mars", "won", "three", "awards", "on", "Sunday", "."],
             ["Mars", "thanked", "his", "band", "and", "his", "mother", "."]]);
        tags[1][0].Should().Be("B-PER");
    }
}
