using FluentAssertions;
using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests.ArticleStructure;

/// <summary>Runs every case of Specs/Datelines.tsv (documented datelines and non-datelines).</summary>
public sealed class DatelineSpecTests
{
    public static TheoryData<DatelineSpec> Cases() => SpecTable.Cases(DatelineSpec.Load());

    [Fact]
    public void SpecTable_HasAtLeastSixtyCases_WithBothDatelinesAndNonDatelines()
    {
        List<DatelineSpec> specs = DatelineSpec.Load();
        specs.Count.Should().BeGreaterThanOrEqualTo(60);
        specs.Count(s => s.Text is null).Should().BeGreaterThanOrEqualTo(15);
        specs.Count(s => s.Text is not null).Should().BeGreaterThanOrEqualTo(45);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ParseDateline_MatchesSpec(DatelineSpec spec)
    {
        Dateline? d = NewsAnalyzer.ParseDateline(spec.Input);
        NewsAnalyzer.TryParseDateline(spec.Input, out Dateline? again).Should().Be(d is not null);
        again.Should().Be(d);
        if (spec.Text is null)
        {
            d.Should().BeNull("line {0} is not a dateline", spec.Line);
            return;
        }

        d.Should().NotBeNull("line {0} has the dateline {1}", spec.Line, spec.Text);
        d!.Text.Should().Be(spec.Text);
        d.Span.GetText(spec.Input).Should().Be(spec.Text);
        d.City.Should().Be(spec.City);
        d.Region.Should().Be(spec.Region);
        d.Country.Should().Be(spec.Country);
        d.Agency.Should().Be(spec.Agency);
        d.Date.Should().Be(spec.Date);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analyze_PutsTheSameDatelineInTheAnalysis(DatelineSpec spec)
    {
        NewsAnalysis analysis = StructureAnalyzer.Instance.Analyze(spec.Input);
        analysis.Dateline.Should().Be(NewsAnalyzer.ParseDateline(spec.Input));
    }
}
