using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.ArticleStructure;

public sealed class PageStructureTests
{
    [Theory]
    [InlineData("ConflictNorth AmericaWorld", new[] { "Conflict", "North America", "World" })]
    [InlineData("PoliticsUS NewsElection 2024", new[] { "Politics", "US News", "Election 2024" })]
    [InlineData("BusinessMarketsAsia Pacific", new[] { "Business", "Markets", "Asia Pacific" })]
    [InlineData("Home › World › Asia", new[] { "Home", "World", "Asia" })]
    [InlineData("News > Science & Environment", new[] { "News", "Science & Environment" })]
    public void CategoryHeader_IsSplitIntoLabels(string header, string[] labels)
    {
        string text = header + "\n\nChina warns US over Taiwan\n\nBEIJING (AP) — China warned the United States on Monday.\n";
        NewsAnalysis a = StructureAnalyzer.Instance.Analyze(text);
        a.Categories.Should().Equal(labels);
        a.Headline!.Text.Should().Be("China warns US over Taiwan");
        WorkedExampleStructureTests.Analyze(text).IsExcluded(new TextSpan(0, header.Length)).Should().BeTrue();
    }

    [Theory]
    [InlineData("YouTube star wins award")]
    [InlineData("iPhone sales slump in China")]
    [InlineData("McDonald's profits rise")]
    [InlineData("PlayStation 3 launch delayed")]
    [InlineData("VOICEMAIL INTERNATIONAL INC 4TH QTR LOSS")]
    [InlineData("REGAN DEPARTURE MAKES 3RD VOLCKER TERM LIKELY")]
    public void CamelCaseHeadline_IsNoCategoryHeader(string headline)
    {
        string text = headline + "\n\nThe company said on Monday that results were better than expected by analysts.\n";
        NewsAnalysis a = StructureAnalyzer.Instance.Analyze(text);
        a.Categories.Should().BeEmpty();
        a.Headline!.Text.Should().Be(headline);
    }

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("Related Articles")]
    [InlineData("Back to top button")]
    [InlineData("Share this article")]
    [InlineData("Follow us on Twitter")]
    [InlineData("Sign up for our daily newsletter")]
    [InlineData("Copyright 2023 The Associated Press. All rights reserved.")]
    [InlineData("© 2024 Reuters")]
    [InlineData("Photo: Jane Doe/Getty Images")]
    [InlineData("President Joe Biden speaks at the White House on Monday. (AP Photo/Evan Vucci)")]
    [InlineData("Skip to main content")]
    [InlineData("Read more: Stocks fall as oil jumps")]
    public void PageFurniture_IsBoilerplate_AndExcluded(string line)
    {
        string text = "Stocks slide on rate fears\n\nNEW YORK (AP) — Stocks fell on Monday as investors worried about rates.\n\n" + line + "\n\nThe S&P 500 lost 1%.\n";
        NewsAnalysis a = StructureAnalyzer.Instance.Analyze(text);
        a.Boilerplate.Select(b => b.Text).Should().Equal(line);
        WorkedExampleStructureTests.Analyze(text).IsExcluded(new TextSpan(text.IndexOf(line, StringComparison.Ordinal), line.Length)).Should().BeTrue();
    }

    [Theory]
    [InlineData("Follow the money, the senator told reporters on Monday, and you will find the truth.")]
    [InlineData("Share prices fell 3% in early trading.")]
    [InlineData("Copyright law is being rewritten by the European Union, officials said.")]
    [InlineData("Related companies also reported losses.")]
    [InlineData("Print newspapers have lost half their readers since 2005, the survey found.")]
    public void BodySentences_AreNeverBoilerplate(string line)
    {
        string text = "Stocks slide on rate fears\n\nNEW YORK (AP) — Stocks fell on Monday.\n\n" + line + "\n\nBy Associated Press\n";
        var context = WorkedExampleStructureTests.Analyze(text);
        context.Boilerplate.Should().BeEmpty();
        context.IsExcluded(new TextSpan(text.IndexOf(line, StringComparison.Ordinal), line.Length)).Should().BeFalse();
    }

    [Theory]
    [InlineData("Home | World | WASHINGTON (AP) — The Senate voted on Tuesday.", "Home | World |")]
    [InlineData("Updated 3:45 PM EDT, June 14 NEW YORK (AP) — Stocks rose on Monday.", "Updated 3:45 PM EDT, June 14")]
    [InlineData("Ns News Online Desk:Ns News Online Desk: TAIPEI, Taiwan (AP) — Talks began.", "Ns News Online Desk:Ns News Online Desk:")]
    [InlineData("Global Desk: BEIJING (AP) — China said.", "Global Desk:")]
    public void SiteNoiseBeforeTheDateline_IsBoilerplate(string line, string noise)
    {
        string text = "Senate passes the budget bill\n\n" + line + "\n\nMore text follows here today.\n";
        NewsAnalysis a = StructureAnalyzer.Instance.Analyze(text);
        a.Dateline.Should().NotBeNull();
        a.Boilerplate.Select(b => b.Text).Should().Equal(noise);
        a.Headline!.Text.Should().Be("Senate passes the budget bill");
    }

    [Fact]
    public void RunInHeadlineBeforeTheDateline_IsNotBoilerplate()
    {
        string text = "Cricket-ICC clears Zimbabwe Cricket Union of racism October 17, 2004 LAHORE, Pakistan, Oct 17 (Reuters) - The International Cricket Council cleared the union.";
        NewsAnalysis a = StructureAnalyzer.Instance.Analyze(text);
        a.Dateline!.City.Should().Be("Lahore");
        a.Dateline.Date.Should().Be("Oct 17");
        a.Boilerplate.Should().BeEmpty();
    }

    [Fact]
    public void WireLayout_HeadlineBylineDatelineBody()
    {
        string text = "Senate passes the budget bill\nBy JANE DOE and JOHN ROE, Associated Press\n\n"
            + "WASHINGTON (AP) — The Senate passed the budget bill on Tuesday, sending it to the House.\n\n"
            + "“This is a good day,” the majority leader said.\n\nCopyright 2024 The Associated Press. All rights reserved.\n";
        NewsAnalysis a = StructureAnalyzer.Instance.Analyze(text);
        a.Headline!.Text.Should().Be("Senate passes the budget bill");
        a.Byline!.Authors.Should().Equal("Jane Doe", "John Roe");
        a.Byline.Agency.Should().Be("AP");
        a.Dateline!.Text.Should().Be("WASHINGTON (AP) —");
        a.Boilerplate.Select(b => b.Text).Should().Equal("Copyright 2024 The Associated Press. All rights reserved.");
        a.Paragraphs.Should().HaveCount(4);
    }

    [Fact]
    public void PlaceIndex_IsEmbedded_AndResolvesDatelinePlacesBeyondTheHandTables()
    {
        using Stream? stream = typeof(NewsAnalyzer).Assembly.GetManifestResourceStream(PlaceIndex.ResourceName);
        stream.Should().NotBeNull("places.bin is built by 'NewsNlp.ModelBuilder places'");
        PlaceIndex.Default.TryGetCity("SALVADOR", out PlaceCity salvador).Should().BeTrue();
        salvador.Country.Should().Be("BR");
        PlaceIndex.Default.TryGetCity("Winston-Salem", out PlaceCity ws).Should().BeTrue();
        ws.Country.Should().Be("US");
        PlaceIndex.Default.TryGetCity("ST. PAUL", out PlaceCity stPaul).Should().BeTrue("St. is read as Saint when the abbreviation is not a name");
        stPaul.Country.Should().Be("US");
        PlaceIndex.Default.TryGetRegion("Bavaria", out PlaceRegion bavaria).Should().BeTrue();
        bavaria.Country.Should().Be("DE");
        PlaceIndex.Default.TryGetRegion("Mass.", out PlaceRegion mass).Should().BeTrue();
        mass.Should().Be(new PlaceRegion("Massachusetts", "US"));
        PlaceIndex.Default.TryGetRegion("IN", out _).Should().BeTrue();
        PlaceIndex.Default.TryGetRegion("In", out _).Should().BeFalse("postal codes count only in capitals");
    }

    [Fact]
    public void Headline_SkipsSharePromptsAndSectionLabels()
    {
        string text = "Share\nTweet\nEmail\n\nWorld\n\nChina warns US over Taiwan\n\nBEIJING (AP) — China warned the United States on Monday.\n";
        NewsAnalysis a = StructureAnalyzer.Instance.Analyze(text);
        a.Headline!.Text.Should().Be("China warns US over Taiwan");
        a.Boilerplate.Select(b => b.Text).Should().Equal("Share", "Tweet", "Email");
    }

    [Fact]
    public void Headline_IsAbsent_WhenTheStoryOpensWithItsDateline()
    {
        NewsAnalysis a = StructureAnalyzer.Instance.Analyze("WASHINGTON (AP) — The Senate voted.\n\nThe vote was 51-49.\n");
        a.Headline.Should().BeNull();
        a.Dateline!.City.Should().Be("Washington");
    }

    [Fact]
    public void Headline_IsAbsent_WhenTheTextIsOneBodyParagraph()
    {
        NewsAnalysis a = StructureAnalyzer.Instance.Analyze("NASA said on Tuesday that the launch of its moon rocket would be delayed by at least a week because of a fuel leak.");
        a.Headline.Should().BeNull();
        a.Dateline.Should().BeNull();
        a.Paragraphs.Should().ContainSingle();
    }

    [Fact]
    public void Paragraphs_SplitOnBlankLines_AndOnUnwrappedLines()
    {
        string longLine = string.Concat(Enumerable.Repeat("The council met again on Monday to discuss the budget. ", 3)).Trim();
        string text = "Headline here today\n\n" + longLine + "\n" + longLine + "\n\n  Last one.  \n";
        IReadOnlyList<TextSpan> p = StructureAnalyzer.Instance.Analyze(text).Paragraphs;
        p.Select(s => s.GetText(text)).Should().Equal("Headline here today", longLine, longLine, "Last one.");
    }

    [Fact]
    public void HardWrappedReutersText_SplitsOnIndentedLines()
    {
        string text = "BAHIA COCOA REVIEW\n    SALVADOR, Feb 26 - Showers continued throughout the week in\nthe Bahia cocoa zone.\n    The dry period means the temporao will be late.\n";
        NewsAnalysis a = StructureAnalyzer.Instance.Analyze(text);
        a.Paragraphs.Select(s => s.GetText(text)).Should().Equal(
            "BAHIA COCOA REVIEW",
            "SALVADOR, Feb 26 - Showers continued throughout the week in\nthe Bahia cocoa zone.",
            "The dry period means the temporao will be late.");
        a.Headline!.Text.Should().Be("BAHIA COCOA REVIEW");
    }

    [Theory]
    [InlineData("Fed raises rates as inflation cools")]
    [InlineData("Blinken urges China to restore military talks\n")]
    [InlineData("VOICEMAIL INTERNATIONAL INC 4TH QTR LOSS")]
    [InlineData("“Not going anywhere”: Mayor digs in as protests grow")]
    public void HeadlineGivenAlone_IsTheHeadline(string text)
    {
        NewsAnalysis a = StructureAnalyzer.Instance.Analyze(text);
        a.Headline!.Text.Should().Be(text.TrimEnd('\n'));
        a.Headline.Span.Start.Should().Be(0);
    }

    [Theory]
    [InlineData("Just landed in Paris!")]
    [InlineData("The Senate passed the budget bill on Tuesday, sending it to the House.")]
    [InlineData("ok")]
    [InlineData("Jane Roe")]
    [InlineData("Shares rose. Bonds fell")]
    public void OneLineThatIsNoTitle_IsNoHeadline(string text)
    {
        StructureAnalyzer.Instance.Analyze(text).Headline.Should().BeNull();
    }
}
