using System.Text;
using FluentAssertions;
using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests.ArticleStructure;

/// <summary>Bad input never crashes the structure stage, and every span it reports lies inside the text.</summary>
public sealed class StructureHostileInputTests
{
    public static TheoryData<string, string> Inputs()
    {
        var random = new Random(20240614);
        var junk = new StringBuilder();
        for (int i = 0; i < 20_000; i++)
        {
            junk.Append((char)random.Next(0, 0x10000));
        }

        var words = new StringBuilder();
        string[] pool = ["TAIPEI", ",", " ", "Taiwan", "(AP)", "—", "-", "\n", "By", "Reuters", "June", "14", "Desk:", ":", "(", ")", "ST.", "\u2019", "\r\n", "Related Articles"];
        for (int i = 0; i < 50_000; i++)
        {
            words.Append(pool[random.Next(pool.Length)]);
        }

        return new TheoryData<string, string>
        {
            { "empty", string.Empty },
            { "whitespace", " \t\r\n\u00A0\u2028  \n\n\n" },
            { "one MB line", new string('A', 1 << 20) },
            { "one MB capitalized words", string.Concat(Enumerable.Repeat("NEW YORK ", 120_000)) },
            { "one MB of dashes", new string('—', 1 << 20) },
            { "one MB of commas", "LONDON" + string.Concat(Enumerable.Repeat(", June 14", 100_000)) },
            { "many datelines", string.Concat(Enumerable.Repeat("WASHINGTON (AP) — x\n", 50_000)) },
            { "html", "<html><head><title>News</title></head><body><h1>WASHINGTON (AP) &mdash; Hi</h1><p>By <b>Jane</b></p><script>var a='—';</script></body></html>" },
            { "binary junk", junk.ToString() },
            { "lone surrogates", "\uD800TAIPEI, Taiwan (AP) \uDC00— \uD83D" },
            { "dateline pieces", words.ToString() },
            { "only a dateline", "TAIPEI, Taiwan (AP) —" },
            { "dateline at the very end", "Headline\n\nTAIPEI, Taiwan (AP) -" },
            { "open parenthesis", "WASHINGTON (" + new string('A', 5000) },
            { "quotation marks", string.Concat(Enumerable.Repeat("\"“”'", 25_000)) },
            { "control characters", "\u0002\u0003BAHIA\u0000 COCOA\u0007\n\u001F SALVADOR, Feb 26 - x" },
            { "many blank lines", string.Concat(Enumerable.Repeat("\n \n", 200_000)) },
            { "many short lines", string.Concat(Enumerable.Repeat("By A\nShare\n", 50_000)) },
        };
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Analyze_NeverThrows_AndSpansStayInRange(string name, string text)
    {
        NewsAnalysis a = StructureAnalyzer.Instance.Analyze(text);
        var spans = new List<TextSpan>();
        spans.AddRange(a.Paragraphs);
        spans.AddRange(a.Boilerplate.Select(b => b.Span));
        if (a.Headline is not null)
        {
            spans.Add(a.Headline.Span);
            a.Headline.Span.GetText(text).Should().Be(a.Headline.Text, name);
        }

        if (a.Byline is not null)
        {
            spans.Add(a.Byline.Span);
            a.Byline.Span.GetText(text).Should().Be(a.Byline.Text, name);
        }

        if (a.Dateline is not null)
        {
            spans.Add(a.Dateline.Span);
            a.Dateline.Span.GetText(text).Should().Be(a.Dateline.Text, name);
            a.Dateline.Span.Length.Should().BeLessThanOrEqualTo(160);
        }

        foreach (TextSpan s in spans)
        {
            s.Start.Should().BeGreaterThanOrEqualTo(0, name);
            s.Length.Should().BeGreaterThan(0, name);
            s.End.Should().BeLessThanOrEqualTo(text.Length, name);
        }

        for (int i = 1; i < a.Paragraphs.Count; i++)
        {
            a.Paragraphs[i].Start.Should().BeGreaterThanOrEqualTo(a.Paragraphs[i - 1].End, name);
        }

        NewsAnalyzer.ParseDateline(text).Should().Be(a.Dateline);
    }

    [Fact]
    public void ParseDateline_RejectsNull()
    {
        Action act = () => NewsAnalyzer.ParseDateline(null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void StructureStage_IsSafeToShareAcrossThreads()
    {
        string text = TestData.ReadGolden("blinken-qin.txt");
        NewsAnalysis expected = StructureAnalyzer.Instance.Analyze(text);
        Parallel.For(0, 64, _ =>
        {
            NewsAnalysis a = StructureAnalyzer.Instance.Analyze(text);
            a.Dateline.Should().Be(expected.Dateline);
            a.Byline!.Text.Should().Be(expected.Byline!.Text);
            a.Boilerplate.Should().Equal(expected.Boilerplate);
        });
    }
}
