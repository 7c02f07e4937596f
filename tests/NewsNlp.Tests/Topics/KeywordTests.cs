using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Topics;

public sealed class KeywordTests
{
    private static readonly HashSet<string> s_stop = new(
        ["the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "is", "was", "are", "were", "be",
         "it", "its", "this", "that", "he", "she", "they", "his", "her", "their", "said", "says", "would", "could", "also", "has",
         "have", "had", "not", "but", "as", "which", "who", "will", "after", "since", "week", "year", "wednesday"],
        StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void WorkedExample_KeywordsAreFreeOfStopWords()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(TopicTestData.WorkedExample);

        a.Keywords.Should().HaveCountGreaterThanOrEqualTo(5).And.HaveCountLessThanOrEqualTo(NewsAnalyzerOptions.Default.MaxKeywords);
        foreach (Keyword k in a.Keywords)
        {
            string[] words = k.Text.Split(' ');
            s_stop.Should().NotContain(words[0], k.Text);
            s_stop.Should().NotContain(words[^1], k.Text);
            k.Score.Should().BeInRange(0, 1);
        }

        a.Keywords.Should().BeInDescendingOrder(k => k.Score);
        a.Keywords.Select(k => k.Text).Should().OnlyHaveUniqueItems();
        a.Keywords.Select(k => k.Text.ToUpperInvariant()).Should().Contain(t => t.Contains("BLINKEN") || t.Contains("CHINA") || t.Contains("QIN"));
    }

    [Fact]
    public void MaxKeywords_IsHonoured()
    {
        NewsAnalyzer analyzer = NewsAnalyzer.Create(new NewsAnalyzerOptions { MaxKeywords = 3 });

        analyzer.Analyze(TopicTestData.WorkedExample).Keywords.Should().HaveCount(3);
        NewsAnalyzer.Create(new NewsAnalyzerOptions { MaxKeywords = 0 }).Analyze(TopicTestData.WorkedExample).Keywords.Should().BeEmpty();
    }

    [Fact]
    public void ExcludedSpans_AreSkipped()
    {
        const string text = "Flood defences failed in the valley. Flood waters reached the town hall. Subscribe newsletter offers.";
        ArticleText article = ArticleText.Build(text);
        article.Sentences.Should().HaveCount(3);
        int footer = text.IndexOf("Subscribe", StringComparison.Ordinal);
        var structure = new PageStructure(null, null, null, [], [], [TextSpan.FromBounds(footer, text.Length)]);

        Keyword[] keywords = KeywordExtractor.Extract(article, structure, EntityResult.None, 8);

        keywords.Should().NotBeEmpty();
        keywords.Should().NotContain(k => k.Text.Contains("newsletter", StringComparison.OrdinalIgnoreCase)
            || k.Text.Contains("Subscribe", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void TitlesOfSeveralWords_StartNoKeyPhrase_DepartmentsDo()
    {
        const string text = "Lindqvist visits Oslo\n\nSecretary of State Maria Lindqvist arrived in Oslo on Monday. The State Department said "
            + "Lindqvist would meet Norwegian officials. Lindqvist said the State Department wanted closer ties with Norway. Foreign "
            + "Minister Olav Strand welcomed Lindqvist, and Foreign Minister Strand said Norway would help.";

        string[] keywords = [.. NewsAnalyzer.Default.Analyze(text).Keywords.Select(k => k.Text)];

        keywords.Should().Contain(["Maria Lindqvist", "State Department", "Olav Strand"]);
        keywords.Should().NotContain(k => k.StartsWith("Foreign Minister", StringComparison.Ordinal) || k.StartsWith("State Maria", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("rev", true, true)] // "the Rev. Jane Roe"
    [InlineData("revs", false, false)] // "Revs 12.3 mln vs 11.1 mln" in an earnings table
    [InlineData("sec", false, false)] // the agency SEC, not "Sec." for secretary
    [InlineData("minister", false, true)]
    [InlineData("justice", false, false)] // "Justice Department"
    [InlineData("state", false, false)] // "State Department"
    public void IsTitle_AbbreviationsNeedTheirPeriod_PortfoliosAreNoTitle(string key, bool period, bool title)
    {
        KeywordRules.IsTitle(key, period).Should().Be(title);
    }
}
