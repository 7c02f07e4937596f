using System.Text;
using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Quotes;

public sealed class HostileQuoteTests
{
    private static void AssertSane(string text, List<Quote> quotes)
    {
        foreach (Quote q in quotes)
        {
            q.Span.Start.Should().BeGreaterThanOrEqualTo(0);
            q.Span.End.Should().BeLessThanOrEqualTo(text.Length);
            q.Text.Should().Be(text.Substring(q.Span.Start, q.Span.Length));
            if (q.SpeakerMention is { } m)
            {
                m.Span.End.Should().BeLessThanOrEqualTo(text.Length);
                m.Text.Should().Be(text.Substring(m.Span.Start, m.Span.Length));
            }
        }
    }

    [Fact]
    public void Quotes_TwentyThousandOpeningMarksInOneParagraph_FinishQuickly()
    {
        string text = new('“', 20_000);
        List<Quote> quotes = QuoteTestData.Run(text);
        AssertSane(text, quotes);
        quotes.Should().HaveCountLessThanOrEqualTo(1);
    }

    [Fact]
    public void Quotes_TwentyThousandMarksWithWordsAndCues_FinishQuickly()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 10_000; i++)
        {
            sb.Append(i % 3 == 0 ? "“yes,” he said, " : i % 3 == 1 ? "\"no\" said Sen. Doe " : "” she “ ");
            if (i % 500 == 499)
            {
                sb.Append('\n');
            }
        }

        string text = sb.ToString();
        List<Quote> quotes = QuoteTestData.Run(text);
        AssertSane(text, quotes);
        quotes.Should().NotBeEmpty();
    }

    [Fact]
    public void UnbalancedOpeningMark_IsCappedAtItsParagraph()
    {
        const string text = "Smith said “the plan is dead and nobody cares.\n\n"
            + "The council met on Tuesday to discuss the budget.\n\n"
            + "“We will vote next week,” council president Ann Ford said.";
        List<Quote> quotes = QuoteTestData.Run(text);
        AssertSane(text, quotes);
        int firstBreak = text.IndexOf('\n', StringComparison.Ordinal);
        Quote runaway = quotes.Single(q => q.Span.Start == text.IndexOf('“', StringComparison.Ordinal) && q.Kind != QuoteKind.Indirect);
        runaway.Span.End.Should().BeLessThanOrEqualTo(firstBreak);
        Quote last = quotes.Single(q => q.Text == "“We will vote next week,”");
        last.Speaker.Should().Be("Ann Ford");
    }

    [Fact]
    public void StrayClosingMark_DoesNotStartAQuote()
    {
        const string text = "Officials said” the bridge would reopen.\n\n“It is safe,” engineer Paul Reyes said.";
        List<Quote> quotes = QuoteTestData.Run(text);
        AssertSane(text, quotes);
        quotes.Should().Contain(q => q.Text == "“It is safe,”" && q.Speaker == "Paul Reyes");
        quotes.Should().NotContain(q => q.Kind != QuoteKind.Indirect && q.Span.Start < text.IndexOf('\n', StringComparison.Ordinal));
    }

    [Fact]
    public void NestedMarks_StayInsideTheOuterQuote()
    {
        const string text = "“He told me, ‘Don’t worry, “they” will never find out,’ and I believed him,” said witness Laura Kim.";
        Quote q = QuoteTestData.Run(text).Should().ContainSingle().Subject;
        q.Text.Should().Be("“He told me, ‘Don’t worry, “they” will never find out,’ and I believed him,”");
        q.Kind.Should().Be(QuoteKind.Direct);
        q.Speaker.Should().Be("Laura Kim");
    }

    [Fact]
    public void RunawayQuote_NeverSwallowsTheArticle()
    {
        var sb = new StringBuilder("“This opening mark is never closed\n\n");
        for (int i = 0; i < 200; i++)
        {
            sb.Append("Paragraph ").Append(i).Append(" says nothing in particular about the weather.\n\n");
        }

        string text = sb.ToString();
        List<Quote> quotes = QuoteTestData.Run(text);
        AssertSane(text, quotes);
        quotes.Should().OnlyContain(q => q.Span.Length < 200);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t ")]
    [InlineData("\"")]
    [InlineData("“")]
    [InlineData("”,” said")]
    [InlineData("said said said said according to according")]
    [InlineData("\ud800 “\udc00” he said \ud83d")]
    [InlineData("<p>“Hello,” she said.</p><script>var a = \"x\";</script>")]
    public void Quotes_OddInput_NeverThrow(string text)
    {
        List<Quote> quotes = QuoteTestData.Run(text);
        AssertSane(text, quotes);
    }

    [Fact]
    public void Quotes_LongLineOfJunk_FinishQuickly()
    {
        var rng = new Random(42);
        const string alphabet = "ab “”\"'‘’.,:;—\nSaid said he She It according to \u00a0";
        var sb = new StringBuilder();
        for (int i = 0; i < 200_000; i++)
        {
            sb.Append(alphabet[rng.Next(alphabet.Length)]);
        }

        string text = sb.ToString();
        AssertSane(text, QuoteTestData.Run(text));
    }
}
