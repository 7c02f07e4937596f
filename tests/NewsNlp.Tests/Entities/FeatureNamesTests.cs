using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Entities;

/// <summary>"Gulf of Mexico" is one place in the tagging API (<see cref="FeatureNames"/>; the analysis rows are in
/// Specs/Entities.tsv).</summary>
public sealed class FeatureNamesTests
{
    [Fact]
    public void TagDocument_JoinsAFeatureWordOfAPlaceIntoOnePlace()
    {
        IReadOnlyList<IReadOnlyList<string>> tags = NewsAnalyzer.Default.TagDocument(
            [["The", "storm", "threatened", "oil", "installations", "in", "the", "Gulf", "of", "Mexico", "."]]);
        tags[0].Skip(7).Take(3).Should().Equal("B-LOC", "I-LOC", "I-LOC");
    }

    [Fact]
    public void TagDocument_LeavesAnOrganizationOfAPlace()
    {
        IReadOnlyList<IReadOnlyList<string>> tags = NewsAnalyzer.Default.TagDocument(
            [["Bank", "of", "America", "raised", "its", "forecast", "on", "Monday", "."]]);
        tags[0][0].Should().NotBe("B-LOC");
    }
}
