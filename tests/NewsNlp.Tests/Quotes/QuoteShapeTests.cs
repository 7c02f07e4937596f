using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Quotes;

public sealed class QuoteShapeTests
{
    private static Quote Single(List<Quote> quotes, QuoteKind kind) => quotes.Should().ContainSingle(q => q.Kind == kind).Subject;

    [Fact]
    public void PostposedDirectQuote_WithTitledSpeaker_IsAttributed()
    {
        const string text = "WASHINGTON (AP) — Lawmakers clashed over the budget on Tuesday.\n\n"
            + "“We will not back down,” Sen. Jane Doe said.";
        Quote q = Single(QuoteTestData.Run(text), QuoteKind.Direct);
        q.Text.Should().Be("“We will not back down,”");
        q.Speaker.Should().Be("Jane Doe");
        q.SpeakerMention!.Text.Should().Be("Jane Doe");
        q.Cue.Should().Be("said");
    }

    [Fact]
    public void InvertedPostposedDirectQuote_IsAttributed()
    {
        const string text = "“The economy is strong and getting stronger,” said Treasury Secretary Janet Yellen, speaking in Chicago.";
        Quote q = Single(QuoteTestData.Run(text), QuoteKind.Direct);
        q.Text.Should().Be("“The economy is strong and getting stronger,”");
        q.Speaker.Should().Be("Janet Yellen");
        q.Cue.Should().Be("said");
    }

    [Fact]
    public void PreposedDirectQuote_WithPronounSpeaker_IsAttributed()
    {
        const string text = "Maria Lopez, the mayor of San Antonio, spoke to reporters outside City Hall. She said: “We are ready for the storm.”";
        Quote q = Single(QuoteTestData.Run(text), QuoteKind.Direct);
        q.Text.Should().Be("“We are ready for the storm.”");
        q.Speaker.Should().Be("Maria Lopez");
        q.SpeakerMention!.Text.Should().Be("She");
        q.Cue.Should().Be("said");
    }

    [Fact]
    public void InterruptedQuote_IsOneQuoteWithOneSpeaker()
    {
        const string text = "Prime Minister Rishi Sunak was asked about an early election. “We will,” he said, “but not now.”";
        List<Quote> quotes = QuoteTestData.Run(text);
        Quote q = Single(quotes, QuoteKind.Direct);
        q.Text.Should().Be("“We will,” he said, “but not now.”");
        q.Speaker.Should().Be("Rishi Sunak");
        q.SpeakerMention!.Text.Should().Be("he");
        q.Cue.Should().Be("said");
        quotes.Should().HaveCount(1);
    }

    [Fact]
    public void MultiParagraphQuote_IsOneQuote()
    {
        const string text = "Gov. Kathy Hochul described the damage in blunt terms.\n\n"
            + "“This is the worst flooding we have seen in a generation,” Hochul said. “Entire neighborhoods are under water.\n\n"
            + "“We will rebuild, and we will do it together.”\n\n"
            + "The National Weather Service said more rain was expected on Friday.";
        List<Quote> quotes = QuoteTestData.Run(text);
        Quote q = quotes.Should().ContainSingle(x => x.Kind == QuoteKind.Direct).Subject;
        q.Text.Should().StartWith("“This is the worst flooding").And.EndWith("we will do it together.”");
        q.Speaker.Should().Be("Kathy Hochul");
        q.Cue.Should().Be("said");

        Quote weather = Single(quotes, QuoteKind.Indirect);
        weather.Text.Should().Be("more rain was expected on Friday");
        weather.Speaker.Should().Be("National Weather Service");
    }

    [Fact]
    public void PartialQuotes_InsideReportedSpeech_AreFoundWithTheStatement()
    {
        const string text = "Foreign Minister Wang Yi urged Japan to handle the issue “in a responsible manner,” the ministry said.";
        List<Quote> quotes = QuoteTestData.Run(text);
        Quote partial = Single(quotes, QuoteKind.Partial);
        partial.Text.Should().Be("“in a responsible manner,”");
        partial.Speaker.Should().Be("Wang Yi");
        partial.Cue.Should().Be("urged");
    }

    [Fact]
    public void IndirectQuote_WithAndWithoutThat_IsFound()
    {
        const string text = "Shares of Acme Corp. fell sharply on Monday.\n\nThe company said that its profit would fall short of forecasts.\n\n"
            + "Chief executive Tom Baker noted demand had weakened in Europe.";
        List<Quote> quotes = QuoteTestData.Run(text);
        quotes.Should().HaveCount(2).And.OnlyContain(q => q.Kind == QuoteKind.Indirect);
        quotes[0].Text.Should().Be("its profit would fall short of forecasts");
        quotes[0].Speaker.Should().Be("Acme Corp.", "the company is the one the story named before");
        quotes[0].Cue.Should().Be("said");
        quotes[1].Text.Should().Be("demand had weakened in Europe");
        quotes[1].Speaker.Should().Be("Tom Baker");
        quotes[1].Cue.Should().Be("noted");
    }

    [Fact]
    public void IndirectQuote_AccordingToAndPostposedSaid_IsFound()
    {
        const string text = "The talks will resume in Geneva next month, according to the State Department.\n\n"
            + "Both sides agreed to a prisoner exchange, officials said.";
        List<Quote> quotes = QuoteTestData.Run(text);
        quotes.Should().HaveCount(2);
        quotes[0].Text.Should().Be("The talks will resume in Geneva next month");
        quotes[0].Speaker.Should().Be("State Department");
        quotes[0].Cue.Should().Be("according to");
        quotes[1].Text.Should().Be("Both sides agreed to a prisoner exchange");
        quotes[1].Speaker.Should().Be("officials");
        quotes[1].Cue.Should().Be("said");
    }

    [Fact]
    public void PronounSpeaker_ResolvesToTheLastSpeaker()
    {
        const string text = "Secretary of State Antony Blinken met Chinese officials in Beijing.\n\n"
            + "“We had candid talks,” Blinken said.\n\n"
            + "Reporters asked about Taiwan. “Our policy has not changed,” he said.";
        List<Quote> quotes = QuoteTestData.Run(text);
        quotes.Where(q => q.Kind == QuoteKind.Direct).Should().HaveCount(2).And.OnlyContain(q => q.Speaker == "Antony Blinken");
        quotes.Single(q => q.Text.StartsWith("“Our policy", StringComparison.Ordinal)).SpeakerMention!.Text.Should().Be("he");
    }

    [Fact]
    public void OrganizationReadout_OwnsTheFollowingIt()
    {
        const string text = "The two leaders spoke by phone, according to a readout of the call from the White House.\n\n"
            + "It added that both sides “agreed to keep lines of communication open.”";
        List<Quote> quotes = QuoteTestData.Run(text);
        quotes[0].Speaker.Should().Be("White House");
        quotes[0].Cue.Should().Be("according to");
        Quote q = quotes.Single(x => x.Kind != QuoteKind.Indirect);
        q.Speaker.Should().Be("White House");
        q.SpeakerMention!.Text.Should().Be("It");
        q.Cue.Should().Be("added");
    }

    [Fact]
    public void StraightQuotes_WithSingleQuotesInside_AreOneQuote()
    {
        const string text = "\"They told us 'stay home' and we did,\" said Ana Ruiz, a nurse in Madrid.";
        Quote q = Single(QuoteTestData.Run(text), QuoteKind.Direct);
        q.Text.Should().Be("\"They told us 'stay home' and we did,\"");
        q.Speaker.Should().Be("Ana Ruiz");
    }

    [Fact]
    public void Headline_WithQuotes_IsAttributed()
    {
        const string text = "Biden: ‘We will not abandon Ukraine’\n\nPresident Joe Biden spoke in Warsaw on Saturday.";
        List<Quote> quotes = QuoteTestData.Run(text);
        Quote q = quotes.Should().ContainSingle(x => x.Kind != QuoteKind.Indirect).Subject;
        q.Text.Should().Be("‘We will not abandon Ukraine’");
        q.Speaker.Should().Be("Joe Biden");
    }

    [Fact]
    public void BritishSingleQuotes_AreQuotes()
    {
        const string text = "'It is a very sad day for the club,' manager Eddie Howe said after the defeat.";
        Quote q = Single(QuoteTestData.Run(text), QuoteKind.Direct);
        q.Text.Should().Be("'It is a very sad day for the club,'");
        q.Speaker.Should().Be("Eddie Howe");
    }

    [Fact]
    public void TheSaidCompany_IsNoCue()
    {
        const string text = "The said company filed for bankruptcy in March. Its reports were late.";
        QuoteTestData.Run(text).Should().BeEmpty();
    }

    [Fact]
    public void UnknownSpeaker_IsNull()
    {
        const string text = "Volunteers handed out water all night.\n\n“Nobody should have to live like this.”";
        Quote q = QuoteTestData.Run(text).Should().ContainSingle().Subject;
        q.Kind.Should().Be(QuoteKind.Direct);
        q.Speaker.Should().BeNull();
        q.Cue.Should().BeNull();
    }

    [Fact]
    public void Entities_SupplyCanonicalNameAndId()
    {
        const string text = "“We need more troops,” Austin said.";
        var entity = new Entity(7, "Lloyd Austin", EntityType.Person, 0.9, "Defense Secretary", [new Mention("Austin", new TextSpan(text.IndexOf("Austin", StringComparison.Ordinal), "Austin".Length))], null);
        Quote q = QuoteTestData.Run(text, [entity]).Should().ContainSingle().Subject;
        q.Speaker.Should().Be("Lloyd Austin");
        q.SpeakerEntityId.Should().Be(7);
        q.SpeakerMention!.Text.Should().Be("Austin");
    }

    [Fact]
    public void Surname_MatchesTheEntityName()
    {
        const string text = "Defense Secretary Lloyd Austin arrived in Kyiv. Later, Austin told reporters that more aid was coming.";
        var entity = new Entity(3, "Lloyd Austin", EntityType.Person, 0.9, null, [new Mention("Lloyd Austin", new TextSpan(text.IndexOf("Lloyd Austin", StringComparison.Ordinal), "Lloyd Austin".Length))], null);
        Quote q = QuoteTestData.Run(text, [entity]).Should().ContainSingle().Subject;
        q.Kind.Should().Be(QuoteKind.Indirect);
        q.Text.Should().Be("more aid was coming");
        q.SpeakerEntityId.Should().Be(3);
        q.Cue.Should().Be("told");
    }

    [Fact]
    public void DoubledApostrophes_AreQuotationMarks()
    {
        const string text = "Donald J. Trump praised his rival's father. ''He's a terrific guy,'' Mr. Trump told CNN.";
        Quote q = Single(QuoteTestData.Run(text), QuoteKind.Direct);
        q.Text.Should().Be("''He's a terrific guy,''");
        q.Speaker.Should().Be("Donald J. Trump");
        q.SpeakerMention!.Text.Should().Be("Trump");
        q.Cue.Should().Be("told");
    }

    [Fact]
    public void TitleCaseHeadlineCue_IsACue()
    {
        const string text = "Clinton Says Trump ‘Unfit’ to Lead\n\nHillary Clinton spoke in Ohio on Monday.";
        Quote q = QuoteTestData.Run(text).Should().ContainSingle(x => x.Kind == QuoteKind.Partial).Subject;
        q.Text.Should().Be("‘Unfit’");
        q.Speaker.Should().Be("Hillary Clinton");
        q.Cue.Should().Be("Says");
    }

    [Fact]
    public void TitlesInQuotes_AreNotQuotes()
    {
        const string text = "The senator appeared on “Sunday Morning Futures” and later watched “Star Wars” with his family.";
        QuoteTestData.Run(text).Should().NotContain(q => q.Kind != QuoteKind.Indirect);
    }

    [Fact]
    public void SpeakerWrappedOverALineBreak_IsNamedOnOneLine_AndTheMentionKeepsTheTextAsWritten()
    {
        const string text = "LONDON, March 3 - Sterling held its gains on Tuesday.\n\n"
            + "\"Sterling is strong and inflation is falling,\" said the\nbank economist, who asked not to be named.\n";
        Quote q = Single(QuoteTestData.Run(text), QuoteKind.Direct);
        q.Speaker.Should().Be("the bank economist");
        q.SpeakerMention!.Text.Should().Be("the\nbank economist");
        q.SpeakerMention.Span.GetText(text).Should().Be(q.SpeakerMention.Text);
    }
}
