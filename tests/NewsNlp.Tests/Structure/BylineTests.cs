using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.ArticleStructure;

public sealed class BylineTests
{
    private const string Body = "\n\nThe company said on Monday that profits rose sharply in the quarter, beating forecasts by a wide margin.\n\n";

    [Theory]
    [InlineData("By Associated Press", "AP", new string[0])]
    [InlineData("By The Associated Press", "AP", new string[0])]
    [InlineData("By JANE DOE and JOHN ROE, Associated Press", "AP", new[] { "Jane Doe", "John Roe" })]
    [InlineData("By Jane Doe, Reuters", "Reuters", new[] { "Jane Doe" })]
    [InlineData("By Jane Doe | Reuters", "Reuters", new[] { "Jane Doe" })]
    [InlineData("By Jane Doe and Max van der Berg", null, new[] { "Jane Doe", "Max van der Berg" })]
    [InlineData("By Jane Doe, John Roe and Ann Poe, CNN", "CNN", new[] { "Jane Doe", "John Roe", "Ann Poe" })]
    [InlineData("BY PIERRE DUPONT, Agence France-Presse", "AFP", new[] { "Pierre Dupont" })]
    [InlineData("By Reuters Staff", "Reuters", new string[0])]
    [InlineData("By Jane Doe, Staff Writer", null, new[] { "Jane Doe" })]
    [InlineData("Jane Doe, Reuters", "Reuters", new[] { "Jane Doe" })]
    [InlineData("JANE DOE and JOHN ROE, Associated Press", "AP", new[] { "Jane Doe", "John Roe" })]
    [InlineData("by Janie Gabbett, Reuters", "Reuters", new[] { "Janie Gabbett" })]
    [InlineData("By STEPHEN JUKES AND PHILIP SHEHADI, REUTERS", "Reuters", new[] { "Stephen Jukes", "Philip Shehadi" })]
    [InlineData("By Patti Domm, Reuter", "Reuters", new[] { "Patti Domm" })]
    [InlineData("BY TED D'AFFLISIO, Reuters", "Reuters", new[] { "Ted D'Afflisio" })]
    public void CreditLine_GivesAuthorsAndAgency(string credit, string? agency, string[] authors)
    {
        foreach (string text in new[] { "Profits jump at Acme" + Body + credit + "\n", "Profits jump at Acme\n\n" + credit + Body })
        {
            Byline? b = StructureAnalyzer.Instance.Analyze(text).Byline;
            b.Should().NotBeNull(credit);
            b!.Text.Should().Be(credit);
            b.Span.GetText(text).Should().Be(credit);
            b.Agency.Should().Be(agency);
            b.Authors.Should().Equal(authors);
        }
    }

    [Fact]
    public void ReutersTrailer_GivesReportersNotEditors()
    {
        string text = "Profits jump at Acme" + Body
            + "Shares rose 3%. (Reporting by Yew Lun Tian in Beijing and Jane Doe; Additional reporting by John Roe; Editing by Max Poe)\n";
        Byline? b = StructureAnalyzer.Instance.Analyze(text).Byline;
        b.Should().NotBeNull();
        b!.Text.Should().Be("(Reporting by Yew Lun Tian in Beijing and Jane Doe; Additional reporting by John Roe; Editing by Max Poe)");
        b.Span.GetText(text).Should().Be(b.Text);
        b.Authors.Should().Equal("Yew Lun Tian", "Jane Doe", "John Roe");
        b.Agency.Should().Be("Reuters");
    }

    [Fact]
    public void ReutersTrailer_OnItsOwnLine()
    {
        string text = "Profits jump at Acme" + Body + "Reporting by Jane Doe; Editing by John Roe\n";
        Byline? b = StructureAnalyzer.Instance.Analyze(text).Byline;
        b!.Text.Should().Be("Reporting by Jane Doe; Editing by John Roe");
        b.Authors.Should().Equal("Jane Doe");
        b.Agency.Should().Be("Reuters");
    }

    [Fact]
    public void ReutersSignOff_GivesTheAgency()
    {
        string text = "BAHIA COCOA REVIEW\n    SALVADOR, Feb 26 - Showers continued throughout the week.\n    Comissaria Smith said spot prices rose.\n Reuter\n";
        Byline? b = StructureAnalyzer.Instance.Analyze(text).Byline;
        b!.Text.Should().Be("Reuter");
        b.Agency.Should().Be("Reuters");
        b.Authors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("By contrast, the bank kept rates on hold.")]
    [InlineData("By Tuesday, officials said the fire was contained.")]
    [InlineData("By 2030 the country wants to be carbon neutral.")]
    [InlineData("By the time police arrived the men had fled.")]
    [InlineData("The report was compiled after reporting by the newspaper.")]
    [InlineData("By Peter Smith, the chairman of the board")]
    [InlineData("by the company's own estimate")]
    public void Prose_IsNoByline(string line)
    {
        string text = "Profits jump at Acme" + Body + line + "\n";
        StructureAnalyzer.Instance.Analyze(text).Byline.Should().BeNull();
    }
}
