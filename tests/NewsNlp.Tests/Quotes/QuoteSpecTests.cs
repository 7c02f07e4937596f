using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Quotes;

/// <summary>Runs every case of Specs/Quotes.tsv (quote shapes: kinds, speakers, cues, and what is not a quote).</summary>
public sealed class QuoteSpecTests
{
    /// <summary>The shapes the quote stage documents (QuoteStage remarks), each pinned by at least one row.</summary>
    private static readonly string[] s_documentedShapes =
    [
        "interrupted", "continuation", "continuation-next-paragraph", "multi-paragraph", "partial-in-reported",
        "scare-quote", "title-case", "according-to", "passive", "pronoun-last-speaker", "colon-introduction",
        "quote-before-cue", "quote-after-cue", "nominal", "hard-wrapped",
    ];

    public static TheoryData<QuoteSpec> Cases()
    {
        var data = new TheoryData<QuoteSpec>();
        foreach (QuoteSpec spec in QuoteSpec.Load())
        {
            data.Add(spec);
        }

        return data;
    }

    [Fact]
    public void SpecTable_HasAboutFortyCases_CoveringEveryDocumentedShapeAndKind()
    {
        List<QuoteSpec> specs = QuoteSpec.Load();
        specs.Count.Should().BeGreaterThanOrEqualTo(40);
        specs.Select(s => s.Shape).Should().Contain(s_documentedShapes);
        specs.Select(s => s.Kind).Should().Contain(["direct", "partial", "indirect", "marked", "any"]);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void QuoteStage_OnASpecRow_MatchesTheSpec(QuoteSpec spec)
    {
        List<Quote> quotes = QuoteTestData.Run(spec.Input);
        if (spec.Quote is null)
        {
            IEnumerable<Quote> unwanted = spec.Kind switch
            {
                "any" => quotes,
                "indirect" => quotes.Where(q => q.Kind == QuoteKind.Indirect),
                _ => quotes.Where(q => q.Kind != QuoteKind.Indirect),
            };
            unwanted.Should().BeEmpty("line {0} ({1}) has no {2} quote", spec.Line, spec.Shape, spec.Kind);
            return;
        }

        Quote q = quotes.Should().ContainSingle(x => x.Text == spec.Quote, "line {0} ({1}) has the quote {2}", spec.Line, spec.Shape, spec.Quote).Subject;
        q.Span.GetText(spec.Input).Should().Be(spec.Quote);
        q.Span.Start.Should().Be(spec.Input.IndexOf(spec.Quote, StringComparison.Ordinal));
        q.Kind.Should().Be(KindOf(spec.Kind));
        q.Speaker.Should().Be(spec.Speaker);
        q.Cue.Should().Be(spec.Cue);
        if (spec.Speaker is not null)
        {
            q.SpeakerMention.Should().NotBeNull();
            q.SpeakerMention!.Span.GetText(spec.Input).Should().Be(q.SpeakerMention.Text);
        }
    }

    private static QuoteKind KindOf(string kind) => kind switch
    {
        "direct" => QuoteKind.Direct,
        "partial" => QuoteKind.Partial,
        "indirect" => QuoteKind.Indirect,
        _ => throw new InvalidDataException("unknown quote kind " + kind),
    };
}
