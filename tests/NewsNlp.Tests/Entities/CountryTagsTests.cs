using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Entities;

/// <summary>A country's name the tagger read as an organization is a place in the tagging API
/// (<see cref="EntityPlaces.RetagCountries"/>), as the analysis types it; a person with a country's name stays one.</summary>
public sealed class CountryTagsTests
{
    [Fact]
    public void TagDocument_TagsACountryReadAsAnOrganizationAsAPlace()
    {
        IReadOnlyList<IReadOnlyList<string>> tags = NewsAnalyzer.Default.TagDocument(
            [["The", "US", "lost", "another", "helicopter", "near", "Habbaniyah", ",", "but", "the", "crew", "was", "safe", "."],
             ["Hundreds", "of", "demonstrators", "came", "out", "against", "US", "troops", "."]]);
        tags[0][1].Should().Be("B-LOC");
        tags[1][6].Should().Be("B-LOC");
    }

    [Fact]
    public void TagDocument_LeavesAPersonNamedLikeACountry()
    {
        IReadOnlyList<IReadOnlyList<string>> tags = NewsAnalyzer.Default.TagDocument(
            [["Director", "Neil", "Jordan", "presented", "his", "film", "in", "Venice", "on", "Monday", "."],
             ["Jordan", "said", "he", "had", "changed", "some", "historical", "details", "."]]);
        tags[1][0].Should().Be("B-PER", "the director's surname is no country here");
    }
}
