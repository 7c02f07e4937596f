using System.Text.Json;
using FluentAssertions;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Quotes;

public sealed class WorkedExampleQuoteTests
{
    [SharedDataFact]
    public void AllSevenGoldQuotesComeOutWithGoldTextSpanSpeakerCueAndKind_WhenEntitiesAreSupplied()
    {
        string text = QuoteTestData.GoldenText();
        using JsonDocument gold = QuoteTestData.GoldenJson();
        List<Entity> entities = QuoteTestData.GoldenEntities(gold);
        List<Quote> quotes = QuoteTestData.Run(text, entities);

        foreach (JsonElement g in gold.RootElement.GetProperty("quotes").EnumerateArray())
        {
            int start = g.GetProperty("start").GetInt32();
            int end = g.GetProperty("end").GetInt32();
            string speaker = g.GetProperty("speaker").GetString()!;
            Quote? q = quotes.Find(x => x.Span == TextSpan.FromBounds(start, end));
            q.Should().NotBeNull("gold quote {0} must be found with its exact span", g.GetProperty("text").GetString());
            q!.Text.Should().Be(g.GetProperty("text").GetString());
            q.Speaker.Should().Be(speaker);
            q.SpeakerEntityId.Should().Be(entities.Find(e => e.Name == speaker)!.Id);
            q.Cue.Should().Be(g.GetProperty("cue").GetString());
            q.Kind.ToString().ToLowerInvariant().Should().Be(g.GetProperty("kind").GetString());
            q.SpeakerMention.Should().NotBeNull();
            text.Substring(q.SpeakerMention!.Span.Start, q.SpeakerMention.Span.Length).Should().Be(q.SpeakerMention.Text);
        }
    }

    [SharedDataFact]
    public void SpeakerMentions_AreTheWordsInTheSentence()
    {
        string text = QuoteTestData.GoldenText();
        using JsonDocument gold = QuoteTestData.GoldenJson();
        List<Quote> quotes = QuoteTestData.Run(text, QuoteTestData.GoldenEntities(gold));

        Quote readout = quotes.Single(q => q.Span.Start == 399);
        readout.SpeakerMention!.Text.Should().Be("U.S. State Department");

        // "It added that Blinken …": the pronoun names the State Department, not Blinken.
        Quote added = quotes.Single(q => q.Span.Start == 649);
        added.SpeakerMention!.Text.Should().Be("It");
        added.SpeakerMention.Span.Start.Should().Be(text.IndexOf("It added", StringComparison.Ordinal));

        quotes.Single(q => q.Span.Start == 933).SpeakerMention!.Text.Should().Be("Qin");
        quotes.Single(q => q.Span.Start == 2369 && q.Kind == QuoteKind.Partial).SpeakerMention!.Text.Should().Be("Joe Biden");
        quotes.Single(q => q.Span.Start == 2530).SpeakerMention!.Text.Should().Be("Xi Jinping");
    }

    [SharedDataFact]
    public void Speakers_WithoutEntities_AreTheirOwnNames()
    {
        string text = QuoteTestData.GoldenText();
        List<Quote> quotes = QuoteTestData.Run(text);

        quotes.Single(q => q.Span.Start == 399).Speaker.Should().Be("U.S. State Department");
        quotes.Single(q => q.Span.Start == 649).Speaker.Should().Be("U.S. State Department");
        quotes.Single(q => q.Span.Start == 933).Speaker.Should().Be("Qin Gang");
        quotes.Single(q => q.Span.Start == 1175).Speaker.Should().Be("Qin Gang");
        quotes.Single(q => q.Span.Start == 2369 && q.Kind == QuoteKind.Partial).Speaker.Should().Be("Joe Biden");
        quotes.Single(q => q.Span.Start == 2530).Speaker.Should().Be("Xi Jinping");
        quotes.Should().OnlyContain(q => q.SpeakerEntityId == null);
    }

    [SharedDataFact]
    public void ReportedSpeech_InTheExample_IsIndirectWithItsContent()
    {
        string text = QuoteTestData.GoldenText();
        using JsonDocument gold = QuoteTestData.GoldenJson();
        List<Quote> quotes = QuoteTestData.Run(text, QuoteTestData.GoldenEntities(gold));

        Quote noted = quotes.Single(q => q.Kind == QuoteKind.Indirect && q.Cue == "noted");
        noted.Speaker.Should().Be("Qin Gang");
        noted.Text.Should().StartWith("China-U.S. ties “have encountered").And.EndWith("stabilize relations");

        // Nothing is taken from the boilerplate or the byline.
        quotes.Should().OnlyContain(q => q.Span.End <= text.IndexOf("By Associated Press", StringComparison.Ordinal));
        quotes.Should().BeInAscendingOrder(q => q.Span.Start);
    }
}
