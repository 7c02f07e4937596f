using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Quotes;

/// <summary>The quote finder's words and sentences, as views of the text layer.</summary>
public sealed class QuoteViewTests
{
    private static List<string> Sentences(string text)
    {
        QuoteView.Build(ArticleText.Build(text), out QuoteWord[] words, out (int Start, int End)[] sentences);
        return [.. sentences.Select(s => text[words[s.Start].Start..words[s.End - 1].End])];
    }

    private static List<string> Words(string text)
    {
        QuoteView.Build(ArticleText.Build(text), out QuoteWord[] words, out _);
        return [.. words.Select(w => w.Of(text).ToString())];
    }

    [Fact]
    public void QuoteView_Clitics_AreJoinedToTheirHostWord()
    {
        Words("China's leader didn't say it’s over.").Should().Equal("China's", "leader", "didn't", "say", "it’s", "over", ".");
    }

    [Fact]
    public void QuoteView_Words_KnowTheirQuoteRegion()
    {
        const string text = "She said “no” twice.";
        QuoteView.Build(ArticleText.Build(text), out QuoteWord[] words, out _);
        words.Where(w => w.Region >= 0).Select(w => w.Of(text).ToString()).Should().Equal("“", "no", "”");
        words.Where(w => w.IsWord && w.IsCapitalized).Select(w => w.Of(text).ToString()).Should().Equal("She");
    }

    [Fact]
    public void QuoteView_Sentence_NeverEndsInsideAQuote()
    {
        const string text = "“We won. We will win again,” Ana Ruiz said. Then she left.";
        Sentences(text).Should().Equal("“We won. We will win again,” Ana Ruiz said.", "Then she left.");
    }

    [Fact]
    public void QuoteView_MultiParagraphQuote_IsOneSentence()
    {
        const string text = "“This is the worst flooding in a generation.\n\n“We will rebuild,” Mendez said.\n\nRain is expected.";
        Sentences(text).Should().Equal("“This is the worst flooding in a generation.\n\n“We will rebuild,” Mendez said.", "Rain is expected.");
    }

    [Fact]
    public void QuoteView_LineBreakInsideAHardWrappedParagraph_BreaksNothing()
    {
        const string text = "Minister Karim Nasser said on Tuesday that output would\nrise. \"We expect to produce more crude next year than\nwe did this year,\" Nasser told reporters in Vienna.";
        Sentences(text).Should().Equal(
            "Minister Karim Nasser said on Tuesday that output would\nrise.",
            "\"We expect to produce more crude next year than\nwe did this year,\" Nasser told reporters in Vienna.");
    }

    [Fact]
    public void QuoteView_HeadlineAndSubheadlineInOneBlock_AreTwoSentences()
    {
        const string text = "Sanders says he's riding momentum;\nTakes Wisconsin, but Clinton still has the math.\n\nBernie Sanders won on Tuesday.";
        Sentences(text).Should().Equal("Sanders says he's riding momentum;", "Takes Wisconsin, but Clinton still has the math.", "Bernie Sanders won on Tuesday.");
    }

    [Fact]
    public void QuoteView_Sentence_NeverOpensWithACommaOrALowerCaseQuote()
    {
        Sentences("Sen. Mark Kirk, R-Ill., who faces a tough race, said no.").Should().ContainSingle();
        Sentences("The candidate said the U.S. “clearly” needed a stronger air campaign.").Should().ContainSingle();
    }

    [Fact]
    public void QuoteView_ShortAttribution_StaysWithItsQuoteButANewStatementDoesNot()
    {
        Sentences("“Why should we wait?” Ana Ruiz asked.").Should().ContainSingle();
        Sentences("“We won.” Ana Ruiz said the plan would work.").Should().HaveCount(2);
    }
}
