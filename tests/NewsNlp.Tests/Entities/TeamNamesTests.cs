using FluentAssertions;
using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests.Entities;

public sealed class TeamNamesTests
{
    [Fact]
    public void TheEmbeddedListHoldsTeamsAndPluralNicknames_NotOneWordClubsOrCommonWords()
    {
        TeamNames teams = TeamNames.Default;
        teams.IsTeam("Buffalo Sabres").Should().BeTrue();
        teams.IsTeam("Boston Red Sox").Should().BeTrue();
        teams.IsNickname("Sabres").Should().BeTrue();
        teams.IsNickname("Blue Jays").Should().BeTrue();
        teams.IsNickname("Maple Leafs").Should().BeTrue("'Toronto' is a place, so the nickname is what follows it");

        teams.IsNickname("Heat").Should().BeFalse("a nickname no plural is a common word");
        teams.IsTeam("Chelsea").Should().BeFalse("one-word clubs are people and places as often");
        teams.IsTeam("sabres").Should().BeFalse("names are matched as written");
    }

    [Fact]
    public void AHeadlessOrCorruptFileIsRejectedWithAClearError()
    {
        Action noHeader = () => TeamNames.Load(BrotliText.Compress("T\tBuffalo Sabres\n"));
        noHeader.Should().Throw<InvalidDataException>();

        Action badLine = () => TeamNames.Load(BrotliText.Compress(TeamNames.Header + "\nX\tBuffalo Sabres\n"));
        badLine.Should().Throw<InvalidDataException>();

        Action notBrotli = () => TeamNames.Load(new MemoryStream([1, 2, 3, 4, 5]));
        notBrotli.Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void AWellFormedFileLoads()
    {
        TeamNames teams = TeamNames.Load(BrotliText.Compress(TeamNames.Header + "\nT\tHarbor City Gulls\nN\tGulls\n"));
        teams.IsTeam("Harbor City Gulls").Should().BeTrue();
        teams.IsNickname("Gulls").Should().BeTrue();
    }
}
