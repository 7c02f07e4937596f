using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Quotes;

/// <summary>Speakers named by an organization whose name holds a place or nationality, read by the whole analyzer (the
/// entity stage types the place; the speaker must still be the organization).</summary>
public sealed class SpeakerNameTests
{
    [Theory]
    [InlineData("The British Foreign Office said on Monday that the new settlements were illegal under international law.", "British Foreign Office")]
    [InlineData("Ohio Mattress Co said on Tuesday that it would buy back two million of its shares.", "Ohio Mattress Co")]
    [InlineData("The Scottish Borders Council found that the school buildings needed urgent repairs, a report said on Friday.", "Scottish Borders Council")]
    public void OrganizationNamedAfterAPlace_IsTheSpeaker_NotThePlace(string text, string speaker) => ShouldHaveSpeaker(text, speaker);

    /// <summary>A person named after a title that holds an organization speaks, not the organization (the entity stage
    /// finds both; the person ends the phrase).</summary>
    [Theory]
    [InlineData("Senate Agriculture Committee Chairman Tom Reller said he wanted to go to conference with the House soon.", "Tom Reller")]
    [InlineData("Indiana State Teachers Association President Keith Gambill told the crowd that the Legislature should act.", "Keith Gambill")]
    public void PersonAfterAnOrganizationsTitle_IsTheSpeaker(string text, string speaker) => ShouldHaveSpeaker(text, speaker);

    /// <summary>"They said" after a sentence about an organization is the organization's (British news writes a company as
    /// "they").</summary>
    [Fact]
    public void TheyAfterASentenceAboutAnOrganization_IsTheOrganization()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(
            "The company that runs the AMAs, Dick Clark Productions, denies that anything has been definitely sorted, though.\n\n" +
            "\"Any final agreement on this matter needs to be made with her management team. We have no further comment,\" they said.");
        a.Quotes.Should().Contain(q => q.Kind == QuoteKind.Direct && q.Speaker == "Dick Clark Productions",
            "quotes: {0}", Listed(a));
    }

    /// <summary>A titled nominal speaker is the person the story names later after the same words ("Ruritania's
    /// ambassador" … "Ruritania's ambassador to Britain Li Wen"); plural and owned nominals are not ("Banking sources").</summary>
    [Fact]
    public void TitledNominal_IsThePersonNamedLaterWithTheSameTitle()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(
            "Ruritania’s ambassador accused the UK of meddling and warned that his government “will not sit on our hands”.\n\n" +
            "Police cleared the campus on Monday.\n\n" +
            "Ruritania’s ambassador to Britain Li Wen has said that his country has the power to end the unrest.");
        a.Quotes.Should().Contain(q => q.Kind == QuoteKind.Partial && q.Cue == "warned" && q.Speaker == "Li Wen",
            "quotes: {0}", Listed(a));
    }

    /// <summary>"The statement said" in the paragraph after a named speaker's statement is that speaker's.</summary>
    [Fact]
    public void TheStatement_IsTheLastNamedSpeakers()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(
            "Two soldiers were killed in a helicopter crash in the north, the Ruritanian military said in a statement on Wednesday.\n\n" +
            "\"The cause of the crash is under investigation,\" the statement said.");
        a.Quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Direct).Which.Speaker.Should().Be("Ruritanian military",
            "quotes: {0}", Listed(a));
    }

    /// <summary>"The 30-year-old" is the person the story named last (outside quotes), as news writes it.</summary>
    [Fact]
    public void AgeNominal_IsThePersonNamedBefore()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(
            "The model Lena Marsh spoke for twenty minutes on the opening night.\n\n" +
            "“My husband has always been an amazing leader,” said the 46-year-old.");
        a.Quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Direct).Which.Speaker.Should().Be("Lena Marsh");
    }

    /// <summary>"The Georgia Democrat" is the politician who spoke last, not the last person named (here the nominee
    /// the senator talked about); "the Independent", capitalized, is a newspaper, no party member.</summary>
    [Fact]
    public void PartyMemberNominal_IsThePersonWhoSpokeLast()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(
            "Senate Armed Services Committee Chairman Sam Nunn said the odds are now slightly against confirmation of Robert Gates.\n\n" +
            "Asked on a television program if he thought Gates would be confirmed, the Georgia Democrat shot back: “I wouldn't bet any money on it.”");
        a.Quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Direct).Which.Speaker.Should().Be("Sam Nunn", "quotes: {0}", Listed(a));
    }

    /// <summary>"The Michigan Democrat" after the congressman who spoke is that congressman.</summary>
    [Fact]
    public void StateAndPartyNominal_IsTheCongressmanWhoSpoke()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(
            "Rep. John Dingell questioned the plan on Tuesday. The Michigan Democrat said the rules would hurt automakers.");
        a.Quotes.Should().Contain(q => q.Text == "the rules would hurt automakers").Which.Speaker.Should().Be("John Dingell", "quotes: {0}", Listed(a));
    }

    /// <summary>A place before a nominal speaker modifies it: the official speaks, not the place; "the Ohio governor"
    /// links to the governor the article named when the title names Ohio or no place, never to another state's.</summary>
    [Theory]
    [InlineData("The runway at the main airport was closed for an hour, a Cairo airport official said.", "a Cairo airport official")]
    [InlineData("The mine has met every standard since 2014, one West Virginia official said.", "one West Virginia official")]
    [InlineData("Ohio Gov. Tom Reller met farmers on Friday. The Ohio governor said the drought aid would arrive next week.", "Tom Reller")]
    [InlineData("Gov. Tom Reller met farmers on Friday. The Ohio governor said the drought aid would arrive next week.", "Tom Reller")]
    [InlineData("Texas Gov. Tom Reller met farmers on Friday. The Ohio governor said the drought aid would arrive next week.", "The Ohio governor")]
    [InlineData("Senate Democratic Leader Harold Reese met the activists on Tuesday. The Senate Democratic leader said the bill would pass.", "Harold Reese")]
    public void PlaceBeforeANominalSpeaker_ModifiesIt(string text, string speaker)
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(text);
        a.Quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Which.Speaker.Should().Be(speaker,
            "quotes: {0}", Listed(a));
    }

    /// <summary>A person whose first name tells no gender ("Taylor", "Jordan") takes the gender of the pronouns that follow
    /// her mentions; "she" then finds her past a nearer person of unknown gender ("Scooter").</summary>
    private const string GenderFromPronouns =
        "Singer Taylor Quinlan says she will be allowed to play her old songs at the awards on Sunday.\n\n" +
        "Quinlan got support last week, after accusing the label of trying to stop her performing her old songs.\n\n" +
        "But the company says she did not need its permission in the first place.\n\n" +
        "Her first six albums were released through Big Harbor, which was bought by a company owned by talent manager Scooter Bramley earlier this year.\n\n" +
        "In a post at the time she described this as the \"worst case scenario\".";

    /// <summary>A nominal speaker whose head names no person ("the label") is no antecedent for "she".</summary>
    private const string NominalThatNamesNoPerson =
        "Singer Maria Quinlan says she will be allowed to play her old songs at the awards on Sunday.\n\n" +
        "But the label says she did not need its permission in the first place.\n\n" +
        "In a post at the time she described this as the \"worst case scenario\".";

    [Theory]
    [InlineData(GenderFromPronouns, "Taylor Quinlan")]
    [InlineData(NominalThatNamesNoPerson, "Maria Quinlan")]
    public void SheFindsTheWomanWhoSpoke(string text, string speaker)
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(text);
        a.Quotes.Should().Contain(q => q.Text.Contains("worst case", StringComparison.Ordinal))
            .Which.Speaker.Should().Be(speaker, "quotes: {0}", Listed(a));
    }

    private static void ShouldHaveSpeaker(string text, string speaker)
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(text);
        a.Quotes.Should().Contain(q => q.Speaker == speaker, "quotes: {0}", Listed(a));
    }

    /// <summary>The quotes' speakers and cues, for a failure message.</summary>
    private static string Listed(NewsAnalysis a) => string.Join("; ", a.Quotes.Select(q => q.Speaker + " / " + q.Cue));
}
