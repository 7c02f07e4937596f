using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Html;

/// <summary>Article text and metadata from made-up news pages; hostile input gives a clear result, never a crash.</summary>
public sealed class HtmlExtractorTests
{
    [Fact]
    public void NewsPage_ArticleText_IsHeadlineThenBodyParagraphs_WithoutFurniture()
    {
        HtmlArticle a = HtmlExtractor.Extract(HtmlPages.NewsPage(bylineInBody: true));

        a.Text.Should().Be(string.Join("\n\n", HtmlPages.Headline, "By Maria Fenwick and Tom Okafor", HtmlPages.FirstParagraph,
            HtmlPages.SecondParagraph, HtmlPages.ThirdParagraph, HtmlPages.FourthParagraph));
        a.Text.Should().NotContain("Share on").And.NotContain("Related").And.NotContain("Advertisement")
            .And.NotContain("cookies").And.NotContain("embarrassment").And.NotContain("rights reserved").And.NotContain("dataLayer");
        a.Body.Should().StartWith("By Maria Fenwick");
        a.Headline.Should().Be(HtmlPages.Headline);
    }

    [Fact]
    public void JsonLd_StatesTheMetadata_AheadOfOpenGraphAndMeta()
    {
        HtmlArticle a = HtmlExtractor.Extract(HtmlPages.NewsPage());

        a.Authors.Should().Equal("Maria Fenwick", "Tom Okafor");
        a.Published.Should().Be("2026-03-10T14:04:00-04:00");
        a.Publisher.Should().Be("Coast Gazette Media");
        a.Url.Should().Be("https://gazette.example/news/ferry-terminal-approved");
        a.Section.Should().Be("News");
    }

    [Fact]
    public void WithoutJsonLd_OpenGraphMetaAndCanonicalLinkStateIt()
    {
        HtmlArticle a = HtmlExtractor.Extract(HtmlPages.NewsPage(jsonLd: false));

        a.Authors.Should().Equal("Meta Only Author");
        a.Published.Should().Be("2026-03-10T18:04:00Z");
        a.Publisher.Should().Be("Coast Gazette");
        a.Url.Should().Be("https://gazette.example/news/ferry-terminal-approved");
        a.Section.Should().Be("Local");
    }

    [Fact]
    public void StatedAuthors_NotInTheBody_BecomeABylineLine_AfterTheHeadline()
    {
        HtmlArticle a = HtmlExtractor.Extract(HtmlPages.NewsPage());

        a.Text.Should().StartWith(HtmlPages.Headline + "\n\nBy Maria Fenwick and Tom Okafor\n\n" + HtmlPages.FirstParagraph);
        a.Body.Should().StartWith(HtmlPages.FirstParagraph);
    }

    [Fact]
    public void WithoutH1_TheStatedHeadlineLeads()
    {
        HtmlArticle a = HtmlExtractor.Extract(HtmlPages.NewsPage(h1: false));

        a.Headline.Should().Be(HtmlPages.Headline);
        a.Text.Should().StartWith(HtmlPages.Headline + "\n\n");
    }

    [Fact]
    public void LineBreaks_StayInTheirParagraph_AndInlineMarkupJoinsUp()
    {
        string html = "<html><body><article><p>Doors open at <b>9 a.m.</b> on Saturday, organizers of the fair said on Monday.<br>Entry is free for children under twelve, they said.</p>"
            + "<p>Last year's fair drew about 12,000 visitors, according to the town, which runs the parking lots around the green.</p></article></body></html>";

        HtmlArticle a = HtmlExtractor.Extract(html);

        a.Text.Should().Be("Doors open at 9 a.m. on Saturday, organizers of the fair said on Monday.\nEntry is free for children under twelve, they said.\n\n"
            + "Last year's fair drew about 12,000 visitors, according to the town, which runs the parking lots around the green.");
        a.Headline.Should().BeNull();
        a.BodyStart.Should().Be(0);
    }

    [Fact]
    public void ScriptRenderedPage_FallsBackToTheJsonLdArticleBody()
    {
        string body = string.Join("\n", Enumerable.Repeat(HtmlPages.FirstParagraph, 3));
        string html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ferry vote\",\"articleBody\":"
            + System.Text.Json.JsonSerializer.Serialize(body) + "}</script></head><body><div id=\"root\"></div><script>render()</script></body></html>";

        HtmlArticle a = HtmlExtractor.Extract(html);

        a.Body.Should().Be(string.Join("\n\n", Enumerable.Repeat(HtmlPages.FirstParagraph, 3)));
        a.Headline.Should().Be("Ferry vote");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<html><head><title></title></head></html>")]
    [InlineData("<script>var a = '<p>' + x;</script><script>while(true){}</script>")]
    [InlineData("<<<>>><p <div></span></table></p>&&&;&#xZZ;<!-- unclosed")]
    [InlineData("{\"not\": \"html\", \"but\": [1, 2, 3]}")]
    [InlineData("\u0000\u0001\u0002binary\uFFFE\uD800")]
    public void HostileInput_GivesAResult_NeverAnException(string html)
    {
        HtmlArticle a = HtmlExtractor.Extract(html);

        a.Text.Length.Should().BeLessThan(200);
        a.Authors.Should().BeEmpty();
        a.BodyStart.Should().BeInRange(0, a.Text.Length);
    }

    [Fact]
    public void PlainText_GivenAsHtml_ComesBackAsText()
    {
        HtmlArticle a = HtmlExtractor.Extract(HtmlPages.FirstParagraph);

        a.Text.Should().Be(HtmlPages.FirstParagraph);
    }

    [Fact]
    public void DeeplyNestedMarkup_DoesNotOverflowTheStack()
    {
        string html = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>" + HtmlPages.FirstParagraph + "</p>";

        HtmlArticle a = HtmlExtractor.Extract(html);

        a.Text.Should().Be(HtmlPages.FirstParagraph);
    }

    [Fact]
    public void HugePage_IsLinear_AndTooLargeAPage_IsRefusedClearly()
    {
        string page = HtmlPages.NewsPage();
        int cut = page.IndexOf("<p>" + HtmlPages.FourthParagraph, StringComparison.Ordinal);
        string big = page[..cut] + string.Concat(Enumerable.Repeat("<p>" + HtmlPages.ThirdParagraph + "</p>", 20_000)) + page[cut..];

        var clock = System.Diagnostics.Stopwatch.StartNew();
        HtmlArticle a = HtmlExtractor.Extract(big);
        clock.Stop();

        a.Body.Length.Should().BeGreaterThan(20_000 * HtmlPages.ThirdParagraph.Length);
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "4 MB of paragraphs parse and score in linear time");
        FluentActions.Invoking(() => HtmlExtractor.Extract(new string('x', HtmlExtractor.MaxPageLength + 1)))
            .Should().Throw<ArgumentException>().WithMessage("*at most*");
        FluentActions.Invoking(() => HtmlExtractor.Extract(null!)).Should().Throw<ArgumentNullException>();
    }
}
