using System.Text.Json;
using FluentAssertions;
using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests.ArticleStructure;

/// <summary>The worked example (Golden/blinken-qin.txt): every structural part against the hand-made gold.</summary>
public sealed class WorkedExampleStructureTests
{
    private static readonly string s_text = TestData.ReadGolden("blinken-qin.txt");
    private static readonly NewsAnalysis s_analysis = StructureAnalyzer.Instance.Analyze(s_text);

    [Fact]
    public void Dateline_IsTaipeiTaiwanAp_AtGoldOffsets()
    {
        Dateline? d = s_analysis.Dateline;
        d.Should().NotBeNull();
        d!.Text.Should().Be("TAIPEI, Taiwan (AP) —");
        int at = s_text.IndexOf("TAIPEI, Taiwan (AP) —", StringComparison.Ordinal);
        d.Span.Should().Be(new TextSpan(at, "TAIPEI, Taiwan (AP) —".Length));
        d.City.Should().Be("Taipei");
        d.Region.Should().Be("Taiwan");
        d.Country.Should().Be("TW");
        d.Agency.Should().Be("AP");
        d.Date.Should().BeNull();
    }

    [Fact]
    public void Headline_IsTheTitleLine()
    {
        s_analysis.Headline.Should().NotBeNull();
        s_analysis.Headline!.Text.Should().Be("China’s foreign minister airs concerns in phone call with Blinken ahead of planned visit");
        s_analysis.Headline.Span.GetText(s_text).Should().Be(s_analysis.Headline.Text);
    }

    [Fact]
    public void Categories_AreSplitFromTheRunTogetherHeader()
    {
        s_analysis.Categories.Should().Equal("Conflict", "North America", "World");
    }

    [Fact]
    public void Byline_IsAssociatedPressWithoutAuthors()
    {
        Byline? b = s_analysis.Byline;
        b.Should().NotBeNull();
        b!.Text.Should().Be("By Associated Press");
        b.Span.GetText(s_text).Should().Be("By Associated Press");
        b.Agency.Should().Be("AP");
        b.Authors.Should().BeEmpty();
    }

    [Fact]
    public void Boilerplate_IsExactlyTheThreeGoldStrings()
    {
        s_analysis.Boilerplate.Select(b => b.Text).Should().Equal(
            "Ns News Online Desk:Ns News Online Desk:", "Related Articles", "Back to top button");
        foreach (TextSegment b in s_analysis.Boilerplate)
        {
            b.Span.GetText(s_text).Should().Be(b.Text);
        }
    }

    [SharedDataFact]
    public void Gold_AgreesWithTheTestCopy()
    {
        string shared = TestData.SharedDir;
        using JsonDocument gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(shared, "golden", "blinken-qin.gold.json")));
        JsonElement root = gold.RootElement;
        File.ReadAllText(Path.Combine(shared, "golden", "blinken-qin.txt")).Should().Be(s_text);
        s_analysis.Headline!.Text.Should().Be(root.GetProperty("headline").GetString());
        s_analysis.Byline!.Text.Should().Be(root.GetProperty("byline").GetString());
        s_analysis.Categories.Should().Equal(root.GetProperty("categories_header").EnumerateArray().Select(e => e.GetString()));
        s_analysis.Boilerplate.Select(b => b.Text).Should().Equal(root.GetProperty("boilerplate").EnumerateArray().Select(e => e.GetString()));
        JsonElement dl = root.GetProperty("dateline");
        s_analysis.Dateline!.Span.Start.Should().Be(dl.GetProperty("start").GetInt32());
        s_analysis.Dateline.Span.End.Should().Be(dl.GetProperty("end").GetInt32());
    }

    [SharedDataFact]
    public void NoBodySentence_IsExcluded_AndEveryGoldMentionAndQuoteIsReadable()
    {
        using JsonDocument gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestData.SharedDir, "golden", "blinken-qin.gold.json")));
        var context = Analyze(s_text);
        foreach (JsonElement entity in gold.RootElement.GetProperty("entities").EnumerateArray())
        {
            foreach (JsonElement m in entity.GetProperty("mentions").EnumerateArray())
            {
                var span = TextSpan.FromBounds(m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32());
                context.IsExcluded(span).Should().BeFalse("the gold mention {0} at {1} must stay visible", m.GetProperty("text").GetString(), span.Start);
            }
        }

        foreach (JsonElement q in gold.RootElement.GetProperty("quotes").EnumerateArray())
        {
            var span = TextSpan.FromBounds(q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32());
            context.IsExcluded(span).Should().BeFalse();
        }

        // Every paragraph of the body keeps all its sentences: only the desk label is cut from the dateline paragraph.
        int bodyStart = s_text.IndexOf("TAIPEI", StringComparison.Ordinal);
        int bodyEnd = s_text.IndexOf("By Associated Press", StringComparison.Ordinal);
        foreach (TextSpan excluded in context.Excluded)
        {
            excluded.Overlaps(TextSpan.FromBounds(bodyStart, bodyEnd)).Should().BeFalse("nothing between the dateline and the byline is noise");
        }
    }

    [Fact]
    public void Excluded_CoversTheNoise()
    {
        var context = Analyze(s_text);
        foreach (string noise in new[] { "ConflictNorth AmericaWorld", "Ns News Online Desk:Ns News Online Desk:", "Related Articles", "Back to top button" })
        {
            int at = s_text.IndexOf(noise, StringComparison.Ordinal);
            context.IsExcluded(new TextSpan(at, noise.Length)).Should().BeTrue(noise);
        }

        // "Ns News Online Desk" is never read as an organization: every word of it is excluded.
        int desk = s_text.IndexOf("Ns News", StringComparison.Ordinal);
        context.IsExcluded(new TextSpan(desk, 2)).Should().BeTrue();
    }

    [Fact]
    public void Paragraphs_AreTheBlankLineBlocks()
    {
        s_analysis.Paragraphs.Should().HaveCount(s_text.Split("\n\n").Count(p => p.Trim().Length > 0));
        s_analysis.Paragraphs[0].GetText(s_text).Should().Be("ConflictNorth AmericaWorld");
        s_analysis.Paragraphs[^1].GetText(s_text).Should().Be("Back to top button");
        s_analysis.Paragraphs.Should().OnlyContain(p => p.GetText(s_text).Trim() == p.GetText(s_text));
    }

    internal static PageStructure Analyze(string text) => new StructureStage().Read(ArticleText.Build(text));
}
