using System.Text.Json;
using FluentAssertions;
using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests.Html;

/// <summary>Analysis of a page: the analysis of its extracted text, with the metadata filling headline, byline and date.</summary>
public sealed class HtmlNewsAnalyzerTests
{
    [Fact]
    public void Page_GetsTheAnalysisOfItsExtractedText()
    {
        HtmlAnalysis page = HtmlNewsAnalyzer.Default.Analyze(HtmlPages.NewsPage());

        page.Analysis.Should().Be(NewsAnalyzer.Default.Analyze(page.Article.Text));
        page.Analysis.Text.Should().Be(page.Article.Text);
        AnalysisAssert.SpansInRange(page.Analysis);
        page.Analysis.Warnings.Should().NotContain(AnalysisWarning.Markup);
    }

    [Fact]
    public void Metadata_FillsHeadlineBylineAndDate_TheBodyLacks()
    {
        HtmlAnalysis page = HtmlNewsAnalyzer.Default.Analyze(HtmlPages.NewsPage(h1: false));

        page.Analysis.Headline!.Text.Should().Be(HtmlPages.Headline);
        page.Analysis.Byline!.Authors.Should().Equal("Maria Fenwick", "Tom Okafor");
        page.Analysis.Byline.Span.Start.Should().Be(page.Article.Text.IndexOf("By Maria", StringComparison.Ordinal));
        page.Published.Should().Be("2026-03-10T14:04:00-04:00");
        page.Analysis.Entities.Should().NotContain(e => e.Name == "dataLayer");
        page.Analysis.Quotes.Should().Contain(q => q.Speaker == "Dana Whitcombe");
    }

    [Fact]
    public void Json_IsTheAnalysisObject_PlusTextAndPage()
    {
        HtmlAnalysis page = HtmlNewsAnalyzer.Default.Analyze(HtmlPages.NewsPage());

        using JsonDocument doc = JsonDocument.Parse(page.ToJson("p1"));
        JsonElement root = doc.RootElement;
        root.GetProperty("id").GetString().Should().Be("p1");
        root.GetProperty("text").GetString().Should().Be(page.Article.Text);
        root.GetProperty("headline").GetProperty("text").GetString().Should().Be(HtmlPages.Headline);
        root.GetProperty("page").GetProperty("url").GetString().Should().Be("https://gazette.example/news/ferry-terminal-approved");
        root.GetProperty("page").GetProperty("authors").GetArrayLength().Should().Be(2);
        NewsAnalysis.FromJson(page.Analysis.ToJson(), page.Article.Text).Should().Be(page.Analysis);
    }
}
