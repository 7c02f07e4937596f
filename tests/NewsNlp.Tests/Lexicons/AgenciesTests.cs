using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Lexicons;

/// <summary>Agency names normalized the way bylines and datelines report them.</summary>
public sealed class AgenciesTests
{
    [Theory]
    [InlineData("The Associated Press", "AP")]
    [InlineData("  Associated Press ", "AP")]
    [InlineData("A.P.", "AP")]
    [InlineData("REUTERS", "Reuters")]
    [InlineData("Reuter", "Reuters")]
    [InlineData("Agence France Presse", "AFP")]
    [InlineData("dpa", "dpa")]
    [InlineData("DPA", "dpa")]
    [InlineData("CBS.MW", "MarketWatch")]
    [InlineData("AP", "AP")]
    public void Normalize_GivesTheAgencysCode(string written, string code)
    {
        Agencies.Normalize(written).Should().Be(code);
    }

    [Theory]
    [InlineData("ap")]
    [InlineData("pa")]
    [InlineData("afp")]
    [InlineData("Associated")]
    [InlineData("")]
    [InlineData("Reuters reported on Monday that the company would cut jobs")]
    public void Normalize_RejectsOrdinaryWords(string written)
    {
        Agencies.Normalize(written).Should().BeNull();
    }

    [Fact]
    public void Find_GivesTheFullName()
    {
        Agencies.Find("AFP")!.Name.Should().Be("Agence France-Presse");
        Agencies.Find("The Associated Press")!.Name.Should().Be("Associated Press");
    }

    [Fact]
    public void EveryAgency_ListsItsCodeAndNameAmongItsAliases()
    {
        foreach (NewsAgency agency in Agencies.All)
        {
            agency.Aliases.Should().Contain(agency.Code);
            agency.Aliases.Should().Contain(agency.Name);
            Agencies.Normalize(agency.Name).Should().Be(agency.Code);
        }
    }
}
