using FluentAssertions;
using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests.Quotes;

/// <summary>The confidence of each quote: from its kind and how its speaker was found, higher for a named speaker than
/// for none, in [0, 1], and written to JSON and read back.</summary>
public sealed class QuoteConfidenceTests
{
    [Fact]
    public void WorkedExample_QuotesWithAnEntitySpeaker_AreSure()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(TestData.ReadGolden("blinken-qin.txt"));

        a.Quotes.Should().NotBeEmpty();
        a.Quotes.Should().OnlyContain(q => q.Confidence >= 0 && q.Confidence <= 1);
        Quote urged = a.Quotes.First(q => q.Text.Contains("core concerns", StringComparison.Ordinal));
        urged.Speaker.Should().Be("Qin Gang");
        urged.Confidence.Should().BeGreaterThanOrEqualTo(0.8);
    }

    [Fact]
    public void AQuoteWithoutSpeaker_IsLessSure_ThanOneWithANamedSpeaker()
    {
        const string text = "The minister arrived late.\n\n\u201CWe will not accept this deal under any circumstances,\u201D Jane Roe said on Tuesday.\n\n" +
            "\u201CThe fight is not over yet and we intend to keep going until the end.\u201D\n\nThe talks resumed on Wednesday in the capital.\n";
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(text);

        Quote named = a.Quotes.Single(q => q.Text.Contains("any circumstances", StringComparison.Ordinal));
        named.Speaker.Should().Be("Jane Roe");
        named.Confidence.Should().Be(QuoteConfidence.Of(QuoteKind.Direct, "Jane Roe", named.SpeakerEntityId, named.SpeakerMention));
        QuoteConfidence.Of(QuoteKind.Direct, null, null, null).Should().BeLessThan(named.Confidence);
        QuoteConfidence.Of(QuoteKind.Indirect, "officials", null, null).Should().BeLessThan(QuoteConfidence.Of(QuoteKind.Indirect, "Jane Roe", 0, new Mention("Roe", new TextSpan(0, 3))));
    }

    [Fact]
    public void SpeakerSource_ReadsPronounsNamesAndWords()
    {
        QuoteConfidence.SourceOf("Jane Roe", 1, new Mention("she", new TextSpan(0, 3))).Should().Be(QuoteConfidence.SpeakerSource.Pronoun);
        QuoteConfidence.SourceOf("Jane Roe", 1, new Mention("Roe", new TextSpan(0, 3))).Should().Be(QuoteConfidence.SpeakerSource.Name);
        QuoteConfidence.SourceOf("prosecutors", null, new Mention("prosecutors", new TextSpan(0, 11))).Should().Be(QuoteConfidence.SpeakerSource.Words);
        QuoteConfidence.SourceOf(null, null, null).Should().Be(QuoteConfidence.SpeakerSource.None);
        QuoteConfidence.NameOf(QuoteConfidence.ClassOf(QuoteKind.Partial, "x", null, null)).Should().Be("partial/words");
    }

    [Fact]
    public void Confidence_RoundTripsThroughTheJsonContract()
    {
        string text = TestData.ReadGolden("blinken-qin.txt");
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(text);

        NewsAnalysis back = NewsAnalysis.FromJson(a.ToJson(), text);

        back.Quotes.Select(q => q.Confidence).Should().Equal(a.Quotes.Select(q => q.Confidence));
    }
}
