using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Entities;

/// <summary>Local places no world gazetteer lists (counties, venues, roads) take their country from the place in their
/// name or from the one country the story names.</summary>
public sealed class LocalPlaceTests
{
    [Fact]
    public void ACountyTakesTheCountryOfTheStory_NotOfAForeignPlaceWithItsName()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(
            "MINEOLA, N.Y. (AP) — Officials in Nassau County said on Monday that the storm had flooded 300 homes. " +
            "The county executive, Rena Stiles, said repairs would take months.");

        Entity county = a.Entities.Single(e => e.Name == "Nassau County");
        county.Type.Should().Be(EntityType.Location);
        county.CountryCode.Should().Be("US");
    }

    [Fact]
    public void AVenueTakesTheCountryOfThePlaceInItsName()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(
            "Thousands of fans filled the Oregon Statehouse steps and the Portland Coliseum on Saturday as the team " +
            "celebrated its title. Mayor Ted Wheeler said the city was proud.");

        a.Entities.Should().Contain(e => e.Name == "Portland Coliseum" && e.Type == EntityType.Location && e.CountryCode == "US");
    }

    [Fact]
    public void ALocalPlaceInAStoryOfSeveralCountriesGetsNoGuess()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(
            "Delegates from France, Brazil and Japan met at the Kellworth Pavilion on Friday to discuss the treaty, " +
            "a spokesman for the conference said.");

        Entity? venue = a.Entities.FirstOrDefault(e => e.Name.EndsWith("Pavilion", StringComparison.Ordinal));
        venue.Should().NotBeNull();
        venue!.CountryCode.Should().BeNull();
    }

    [Fact]
    public void ATownTheIndexLacksTakesTheCountryOfTheRegionAfterIt()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(
            "The band's 2020 dates:\nJune 24 -- Jiffy Park Live, Bristow, VA\nAug. 2 -- Music Theatre, Clarkston, MI\n" +
            "Aug. 9 -- Arena Park, Holmdel, NJ");

        a.Entities.Should().Contain(e => e.Name == "Bristow" && e.Type == EntityType.Location && e.CountryCode == "US");
        a.Entities.Should().Contain(e => e.Name == "Holmdel" && e.Type == EntityType.Location && e.CountryCode == "US");
    }

    [Fact]
    public void ACountryAfterACommaIsAListNotTheRegionOfThePlaceBeforeIt()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(
            "The virus is thought to have spread most widely in South America, Italy, Spain, Bulgaria and Hungary.");

        a.Entities.Should().Contain(e => e.Name == "South America" && e.CountryCode == null);
    }
}
