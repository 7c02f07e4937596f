using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Lexicons;

/// <summary>Organization heads, company suffixes, news-outlet and newsroom words.</summary>
public sealed class OrganizationWordsTests
{
    [Theory]
    [InlineData("Ministry", (int)OrganizationFacets.Head)]
    [InlineData("Corp.", (int)OrganizationFacets.CompanySuffix)]
    [InlineData("GMBH", (int)OrganizationFacets.CompanySuffix)]
    [InlineData("S.A.", (int)OrganizationFacets.CompanySuffix)]
    [InlineData("Tribune", (int)OrganizationFacets.Media)]
    [InlineData("Desk", (int)OrganizationFacets.Newsroom)]
    [InlineData("company", (int)OrganizationFacets.CommonNoun)]
    [InlineData("NATO", (int)OrganizationFacets.Name)]
    [InlineData("U.N.", (int)OrganizationFacets.Name)]
    public void Of_HasTheFacet(string word, int facetValue)
    {
        var facet = (OrganizationFacets)facetValue;
        OrganizationWords.Of(word).Should().HaveFlag(facet);
    }

    [Theory]
    [InlineData("news")]
    [InlineData("desk")]
    [InlineData("online")]
    [InlineData("staff")]
    [InlineData("editor")]
    [InlineData("editorial")]
    [InlineData("newsroom")]
    [InlineData("team")]
    [InlineData("agency")]
    [InlineData("report")]
    [InlineData("reports")]
    [InlineData("wire")]
    [InlineData("media")]
    public void Newsroom_IsTheSiteFurnitureThatNamesNoPerson(string word)
    {
        OrganizationWords.Is(word, OrganizationFacets.Newsroom).Should().BeTrue();
    }

    [Theory]
    [InlineData("Reuters")]
    [InlineData("ministry's")]
    [InlineData("Washington")]
    public void Of_IsNoneForAgenciesPossessivesAndPlaces(string word)
    {
        OrganizationWords.Of(word).Should().Be(OrganizationFacets.None);
    }

    [Fact]
    public void Words_AreLowerCaseWithoutTheirPeriodAndHaveAFacet()
    {
        foreach ((string word, OrganizationFacets facets) in OrganizationWords.Words.Entries)
        {
            word.Should().Be(word.ToLowerInvariant());
            word.Should().NotEndWith(".");
            facets.Should().NotBe(OrganizationFacets.None, word);
        }
    }
}
