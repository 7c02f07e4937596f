using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Entities;

/// <summary>The document rules that correct the tagger's tags, read through the tagging API
/// (<see cref="NewsAnalyzer.TagDocument"/>); the same rules in the analysis are pinned by rows of Specs/Entities.tsv.
/// Named storms (<see cref="StormNames"/>), countries read as organizations (<see cref="EntityPlaces.RetagCountries"/>),
/// planets (<see cref="CelestialBodies"/>), venues and natural features (<see cref="LandmarkNames"/>), lower-case places in casual text (<see cref="LowercasePlaces"/>), "Gulf of
/// Mexico" (<see cref="FeatureNames"/>), weekdays (<see cref="WeekdayNames"/>), court cases (<see cref="CaseNames"/>), given
/// names left out of a person (<see cref="GivenNameJoin"/>), names joined by "and" (<see cref="JoinedNames"/>), organizations'
/// untagged acronyms (<see cref="InitialsAcronyms"/>) and score lines (<see cref="ScoreLines"/>).</summary>
public sealed class DocumentTagRulesTests
{
    private static IReadOnlyList<IReadOnlyList<string>> Tags(params string[] sentences) =>
        NewsAnalyzer.Default.TagDocument([.. sentences.Select(s => (IReadOnlyList<string>)s.Split(' '))]);

    [Fact]
    public void NamedStormAndItsBareName_AreOtherNames()
    {
        var tags = Tags("Hurricane Mirela made landfall near Port Sallow on Tuesday .",
            "Mirela knocked out power to 200,000 homes , the National Hurricane Center said .");
        tags[0].Take(2).Should().Equal("B-MISC", "I-MISC");
        tags[1][0].Should().Be("B-MISC", "the storm's bare name is the storm");
        tags[1][10].Should().NotBe("B-MISC", "the forecasting centre is no storm");
    }

    [Fact]
    public void PersonWithAStormsName_StaysAPerson()
    {
        var tags = Tags("Tropical Storm Rita weakened on Friday .", "Rita Moreno , who lives on the coast , stayed home .");
        tags[0].Take(3).Should().Equal("B-MISC", "I-MISC", "I-MISC");
        tags[1].Take(2).Should().Equal("B-PER", "I-PER");
    }

    [Theory]
    [InlineData("Seattle Storm guard Jewell Loyd scored 30 points on Sunday.", "Storm Jewell")]
    [InlineData("The Great Depression Era photographs went on show in Chicago.", "Depression Era")]
    [InlineData("Storm Warning Issued For The Coast", "Storm Warning")]
    public void Analyze_FindsNoStormInATeamAnEraOrAWarning(string text, string notAStorm) =>
        NewsAnalyzer.Default.Analyze(text).Entities.Should().NotContain(e => e.Type == EntityType.Misc && e.Name.Contains(notAStorm, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void CountryReadAsAnOrganization_IsAPlace()
    {
        var tags = Tags("The US lost another helicopter near Habbaniyah , but the crew was safe .",
            "Hundreds of demonstrators came out against US troops .");
        tags[0][1].Should().Be("B-LOC");
        tags[1][6].Should().Be("B-LOC");
    }

    [Fact]
    public void PersonNamedLikeACountry_StaysAPerson()
    {
        var tags = Tags("Director Neil Jordan presented his film in Venice on Monday .", "Jordan said he had changed some historical details .");
        tags[1][0].Should().Be("B-PER", "the director's surname is no country here");
    }

    [Fact]
    public void VenueOrIslandReadAsAnotherType_IsAPlace()
    {
        var tags = Tags("Smaller tremors had been felt in the northeast of the North Island for more than a week .",
            "The convention opened at Quicken Loans Arena in Cleveland on Monday .");
        tags[0].Skip(10).Take(2).Should().Equal("B-LOC", "I-LOC");
        tags[1].Skip(4).Take(3).Should().Equal("B-LOC", "I-LOC", "I-LOC");
    }

    [Fact]
    public void InstitutionOrQuotedTitleEndingLikeAPlace_KeepsItsType()
    {
        var tags = Tags("The University of the Highlands and Islands will open a campus in Inverness .",
            "She starred in \" Mystic River \" before turning to the stage .");
        tags[0][1].Should().Be("B-ORG", "an institution's word heads the name");
        tags[1].Skip(4).Take(2).Should().Equal("B-MISC", "I-MISC");
    }

    [Fact]
    public void PlanetsInAStoryAboutTheSky_AreOtherNames()
    {
        var tags = Tags("Currently , Mercury and Venus are conjunct , closely aspected by Saturn .");
        tags[0][2].Should().Be("B-MISC");
        tags[0][4].Should().Be("B-MISC");
        tags[0][11].Should().Be("B-MISC");
    }

    [Fact]
    public void PersonNamedMarsInAStoryAboutMusic_StaysAPerson()
    {
        var tags = Tags("Pop star Leo Mars won three awards on Sunday .", "Mars thanked his band and his mother .");
        tags[1][0].Should().Be("B-PER");
    }

    [Fact]
    public void LowerCasePlacesInACasualSentence_ArePlaces()
    {
        var tags = Tags("i wan na meet girls from san francisco , i am from mexico ?");
        tags[0].Skip(6).Take(2).Should().Equal("B-LOC", "I-LOC");
        tags[0][12].Should().Be("B-LOC");
    }

    [Fact]
    public void EnglishWordsAndEditedText_GainNoLowerCasePlace()
    {
        var tags = Tags("i had turkey in nice and the central bank paid .", "Prices in mexico rose , lara said .");
        tags[0].Should().OnlyContain(t => t == "O", "turkey, nice and central are English words");
        tags[1][2].Should().Be("O", "an edited sentence that opens with a capital is not casual");
        tags[1][5].Should().Be("O");
    }

    [Fact]
    public void FeatureWordOfAPlace_IsOnePlace()
    {
        var tags = Tags("The storm threatened oil installations in the Gulf of Mexico .");
        tags[0].Skip(7).Take(3).Should().Equal("B-LOC", "I-LOC", "I-LOC");
    }

    [Fact]
    public void OrganizationOfAPlace_IsNoFeature()
    {
        var tags = Tags("Bank of America raised its forecast on Monday .");
        tags[0][0].Should().NotBe("B-LOC");
    }

    [Fact]
    public void WeekdaysAndSunInAListOfThem_AreNoNames()
    {
        var tags = Tags("The games will have to take place on Fri , Sat , or Sun .");
        tags[0].Should().OnlyContain(t => t == "O");
    }

    [Fact]
    public void BothTeamsOfAScoreLine_AreOrganizations()
    {
        var tags = Tags("Blues 3 , Lightning 1 : Oskar Sundqvist scored twice .");
        tags[0][0].Should().Be("B-ORG");
        tags[0][3].Should().Be("B-ORG");
        tags[0][6].Should().Be("B-PER");
    }

    [Fact]
    public void ScorecardsPlayers_StayPeople()
    {
        var tags = Tags("Surrey 468 ( C. Lewis 94 , M. Butcher 70 ) .");
        tags[0][3].Should().Be("B-PER");
        tags[0][7].Should().Be("B-PER");
    }

    [Fact]
    public void CourtCase_IsOneOtherName_AndItsTailNamesNothing()
    {
        var tags = Tags("The ruling cited Plessy v. Ferguson and Harlan Mills v. Board of Education on Monday .");
        tags[0].Skip(3).Take(3).Should().Equal("B-MISC", "I-MISC", "I-MISC");
        tags[0][6].Should().Be("O", "\"and\" after the case names nothing");
        tags[0].Skip(7).Take(6).Should().Equal("B-MISC", "I-MISC", "I-MISC", "I-MISC", "I-MISC", "I-MISC");
    }

    [Fact]
    public void TeamsJoinedByVs_AreNoCase()
    {
        var tags = Tags("The Lakers vs. Celtics game drew a record crowd on Sunday .");
        tags[0].Should().NotContain("I-MISC", "only the legal \"v.\" joins two names into a case");
    }

    [Fact]
    public void GivenNameBeforeAOneWordPerson_JoinsIt()
    {
        var tags = Tags("The Senate met on Monday to debate the bill .", "Mitt Harlan criticized the plan in a long speech .");
        tags[1].Take(2).Should().Equal("B-PER", "I-PER");
    }

    [Fact]
    public void TwoListedNamesJoinedByAnd_AreTwoNames()
    {
        var tags = Tags("Both the United Nations and European Union condemned the move .");
        tags[0].Skip(2).Take(5).Should().Equal("B-ORG", "I-ORG", "O", "B-ORG", "I-ORG");
    }

    [Fact]
    public void AcronymSpellingAnOrganizationsInitials_IsThatOrganization()
    {
        var tags = Tags("Plague kills within days , says the World Health Organization .", "Untreated plague is always fatal , says WHO .");
        tags[1][7].Should().Be("B-ORG", "\"WHO\" spells the organization named before, not the pronoun");
        Tags("Plague kills within days , says the World Health Organization .", "WHO IS TO BLAME FOR THE OUTBREAK ?")[1][0]
            .Should().Be("O", "a sentence in capitals is a headline, where \"WHO\" is the pronoun");
    }
}
