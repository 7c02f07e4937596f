using NewsNlp.Tests.Support;
using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Entities;

/// <summary>Byline names are people (<see cref="CreditNames"/>): typed PERSON whatever the tagger reads, credits
/// when named only in the credit line, and no credit when the story names them too.</summary>
public sealed class CreditNamesTests
{
    private const string Body =
        "\n\nFloodwaters rose across the valley on Tuesday, forcing hundreds of families from their homes, officials said.\n\n" +
        "The regional council said the river had passed its record level of 1998 and that more rain was expected.\n";

    [Fact]
    public void CapitalizedBylineSurname_ThatIsAlsoAPlace_IsACreditPerson_WithoutCountryCode()
    {
        string text = "Valley towns brace for more rain\n\nBY JANE NELSON and TOM WELLINGTON, Associated Press" + Body;
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(text);

        a.Byline!.Authors.Should().Equal("Jane Nelson", "Tom Wellington");
        foreach (string author in a.Byline.Authors)
        {
            Entity e = a.Entities.Single(x => x.Name == author);
            e.Type.Should().Be(EntityType.Person);
            e.CountryCode.Should().BeNull();
            e.IsCredit.Should().BeTrue();
            e.Salience.Should().Be(0);
            e.NameMentions().Should().ContainSingle().Which.Span.Start.Should().Be(text.IndexOf(author.ToUpperInvariant(), StringComparison.Ordinal));
        }

        a.Entities.Where(e => e.IsCredit).Should().HaveCount(2, "the council and the valley are no credits");
        a.Entities[0].IsCredit.Should().BeFalse("a credit ranks after every entity of the story");
    }

    [Fact]
    public void Author_NamedInTheStoryToo_IsNoCredit()
    {
        string text = "Valley towns brace for more rain\n\nBy Jane Roe" + Body +
            "\n\"We have never seen the river this high,\" Jane Roe, who grew up in the valley, wrote in her diary.\n";
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(text);

        Entity roe = a.Entities.Single(x => x.Name == "Jane Roe");
        roe.Type.Should().Be(EntityType.Person);
        roe.IsCredit.Should().BeFalse();
        roe.NameMentions().Should().HaveCount(2);
        roe.Salience.Should().BeGreaterThan(0);
    }

    [Fact]
    public void ReutersTrailer_EditorsAndReporters_AreCredits_AndTheJsonSaysSo()
    {
        string text = "Valley towns brace for more rain" + Body +
            "\n(Reporting by Jane Roe in Salem; Editing by John Doe)\n";
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(text);

        a.Entities.Where(e => e.IsCredit).Select(e => e.Name).Should().BeEquivalentTo("Jane Roe", "John Doe");
        string json = a.ToJson();
        json.Should().Contain("\"credit\":true");
        NewsAnalysis back = NewsAnalysis.FromJson(json, text);
        back.Entities.Select(e => (e.Name, e.IsCredit)).Should().Equal(a.Entities.Select(e => (e.Name, e.IsCredit)));
        back.ToJson().Should().Be(json);
    }
}
