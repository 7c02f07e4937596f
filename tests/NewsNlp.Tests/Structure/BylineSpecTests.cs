using FluentAssertions;
using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests.ArticleStructure;

/// <summary>Runs every case of Specs/Bylines.tsv (credit lines, agency lines, Reuters trailers and lines that are
/// no byline) in a small article.</summary>
public sealed class BylineSpecTests
{
    private const string Headline = "Profits jump at Acme\n\n";
    private const string Body = "\n\nThe company said on Monday that profits rose sharply in the quarter, beating forecasts by a wide margin.\n";

    public static TheoryData<BylineSpec> Cases() => SpecTable.Cases(BylineSpec.Load());

    [Fact]
    public void SpecTable_HasAtLeastThirtyFiveCases_WithBylinesAndNonBylines()
    {
        List<BylineSpec> specs = BylineSpec.Load();
        specs.Count.Should().BeGreaterThanOrEqualTo(35);
        specs.Count(s => s.Text is null).Should().BeGreaterThanOrEqualTo(10);
        specs.Count(s => s.Text is not null).Should().BeGreaterThanOrEqualTo(25);
        specs.Where(s => s.Note is not null && !s.KnownWrong).Should().BeEmpty("a note marks a known-wrong output");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analyze_FindsTheBylineOfTheSpec(BylineSpec spec)
    {
        string text = Headline + spec.Input + Body;
        Byline? b = StructureAnalyzer.Instance.Analyze(text).Byline;
        if (spec.Text is null)
        {
            b.Should().BeNull("line {0} has no byline", spec.Line);
            return;
        }

        b.Should().NotBeNull("line {0} has the byline {1}", spec.Line, spec.Text);
        b!.Text.Should().Be(spec.Text);
        b.Span.GetText(text).Should().Be(spec.Text);
        b.Authors.Should().Equal(spec.Authors);
        b.Agency.Should().Be(spec.Agency);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analyze_MakesEachAuthorACreditPerson_OutOfSalienceAndKeywords(BylineSpec spec)
    {
        if (spec.Authors.Length == 0)
        {
            return;
        }

        string text = Headline + spec.Input + Body;
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(text);
        foreach (string author in spec.Authors)
        {
            Entity? e = a.Entities.FirstOrDefault(x => x.Name == author);
            e.Should().NotBeNull("line {0}: the author {1} is an entity", spec.Line, author);
            e!.Type.Should().Be(EntityType.Person, "line {0}", spec.Line);
            e.IsCredit.Should().BeTrue("line {0}: {1} is named only in the credit", spec.Line, author);
            e.Salience.Should().Be(0);
            a.Keywords.Select(k => k.Text).Should().NotContain(author);
        }
    }
}
