using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.ArticleStructure;

/// <summary>The dateline's parts on their own: the reader's candidate, the decision on it, and where the locator
/// looks. Whole datelines are pinned by Specs/Datelines.tsv.</summary>
public sealed class DatelinePartsTests
{
    [Fact]
    public void Reader_ReadsCityRegionAgencyAndDash_IntoOneCandidate()
    {
        const string text = "TAIPEI, Taiwan (AP) — Talks began on Monday.";
        DatelineCandidate c = Read(text);
        text[c.Start..c.CityEnd].Should().Be("TAIPEI");
        text[c.RegionStart..c.RegionEnd].Should().Be("Taiwan");
        c.Agency.Should().Be("AP");
        c.AgencyKnown.Should().BeTrue();
        c.DashStart.Should().Be(text.IndexOf('—', StringComparison.Ordinal));
        c.DashEnd.Should().Be(c.DashStart + 1);
        c.AllCaps.Should().BeTrue();
        c.CityKnown.Should().BeTrue();
        c.RegionKnown.Should().BeTrue();
        c.Country.Should().Be("TW");
        c.HasDate.Should().BeFalse();
    }

    [Fact]
    public void Reader_ReadsADateWithoutComma_AndMarksIt()
    {
        const string text = "LOS ANGELES Sept. 13, 2004 - Shares rose.";
        DatelineCandidate c = Read(text);
        text[c.Start..c.CityEnd].Should().Be("LOS ANGELES");
        text[c.DateStart..c.DateEnd].Should().Be("Sept. 13, 2004");
        c.DateWithoutComma.Should().BeTrue();
        c.CityWords.Should().Be(2);
    }

    [Theory]
    [InlineData("ST. JOHN'S, N.L. (CP) — Fishermen protested on Monday.", "ST. JOHN'S", "N.L.")]
    [InlineData("FORT SMITH, ARK. (AP) — A storm hit on Monday.", "FORT SMITH", "ARK.")]
    public void Reader_KeepsAPeriodOrCliticWrittenOntoAWord_InThatWord(string text, string city, string region)
    {
        DatelineCandidate c = Read(text);
        text[c.Start..c.CityEnd].Should().Be(city);
        text[c.RegionStart..c.RegionEnd].Should().Be(region);
    }

    [Theory]
    [InlineData("NASA — The agency said on Monday that the launch would slip.")]
    [InlineData("UPDATE — The company said on Monday that profits rose.")]
    [InlineData("ECONOMIC SPOTLIGHT - THE FED")]
    public void Decision_RejectsACandidate_TheReaderRead(string text)
    {
        DatelineCandidate c = Read(text);
        DatelineDecision.Accept(text, c).Should().BeFalse();
        NewsAnalyzer.ParseDateline(text).Should().BeNull();
    }

    [Fact]
    public void Decision_WantsMoreEvidence_ForACapitalizedCity()
    {
        const string withHyphen = "Taipei - Talks began on Monday.";
        const string withDash = "Taipei — Talks began on Monday.";
        DatelineDecision.Accept(withHyphen, Read(withHyphen)).Should().BeFalse("a hyphen after a capitalized city is too weak");
        DatelineDecision.Accept(withDash, Read(withDash)).Should().BeTrue("a known city and a real dash");
    }

    [Fact]
    public void Locator_StopsAfterTwoBodyLines()
    {
        const string body = "The company said on Monday that profits rose sharply in the quarter, beating forecasts.";
        string late = "Profits jump\n\n" + body + "\n\n" + body + "\n\nTAIPEI, Taiwan (AP) — Talks began.";
        string early = "Profits jump\n\n" + body + "\n\nTAIPEI, Taiwan (AP) — Talks began.";
        NewsAnalyzer.ParseDateline(late).Should().BeNull();
        NewsAnalyzer.ParseDateline(early)!.City.Should().Be("Taipei");
    }

    [Fact]
    public void Locator_FindsADateline_AfterSiteNoiseOnItsLine()
    {
        const string text = "Home | World | WASHINGTON (AP) — The Senate voted on Tuesday.";
        Dateline? d = NewsAnalyzer.ParseDateline(text);
        d!.Span.Start.Should().Be(text.IndexOf("WASHINGTON", StringComparison.Ordinal));
    }

    [Fact]
    public void HeadLength_EndsWithTheTwelfthHeadLine_AndTheSearchStillStopsAfterTwoBodyLines()
    {
        string body = "The company said on Monday that profits rose sharply in the quarter. " + new string('x', 120);
        string text = "Profits jump\n\n" + body + "\n\n" + body + "\n\nTAIPEI, Taiwan (AP) — Talks began.\n";
        DatelineLocator.HeadLength(text).Should().Be(text.Length, "body-length lines may be captions, so the head reads on");
        NewsAnalyzer.ParseDateline(text).Should().BeNull("two body lines went by before the dateline");
        string labels = string.Concat(Enumerable.Repeat("Section label\n", 14));
        DatelineLocator.HeadLength(labels).Should().Be(labels.IndexOf('\n', 12 * "Section label\n".Length - 1));
        DatelineLocator.HeadLength("Profits jump\n\nTAIPEI (AP) — Talks began.").Should().Be("Profits jump\n\nTAIPEI (AP) — Talks began.".Length);
    }

    [Theory]
    [InlineData(11, "Taipei")]
    [InlineData(12, null)]
    public void ParseDateline_SearchesTwelveHeadLines_AndAgreesWithAnalyze(int labels, string? city)
    {
        string text = string.Concat(Enumerable.Repeat("Section label\n", labels)) + "TAIPEI, Taiwan (AP) — Talks began on Monday.\n\nMore text follows.";
        Dateline? d = NewsAnalyzer.ParseDateline(text);
        d?.City.Should().Be(city);
        (d is null).Should().Be(city is null);
        StructureAnalyzer.Instance.Analyze(text).Dateline.Should().Be(d);
    }

    [Theory]
    [InlineData("The company said on Monday that profits rose sharply in the quarter.", true)]
    [InlineData("Profits jump at Acme as sales rise.", false)]
    [InlineData("Profits jump at Acme", false)]
    public void LooksLikeBody_IsASentenceOfTenWordsOrMore(string line, bool body)
    {
        ArticleText article = ArticleText.Build(line);
        DatelineLocator.LooksLikeBody(article, article.Lines[0], 0).Should().Be(body);
    }

    private static DatelineCandidate Read(string text)
    {
        ArticleText article = ArticleText.Build(text);
        DatelineReader.TryRead(article, article.Lines[0], 0, atLineStart: true, out DatelineCandidate c).Should().BeTrue(text);
        return c;
    }
}
