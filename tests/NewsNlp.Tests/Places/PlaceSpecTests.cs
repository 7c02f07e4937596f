using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Places;

/// <summary>Runs every case of Specs/Places.tsv: a written name, with the countries an article names, resolves to the
/// country code the table expects (or to none).</summary>
public sealed class PlaceSpecTests
{
    public static TheoryData<PlaceSpec> Cases()
    {
        var data = new TheoryData<PlaceSpec>();
        foreach (PlaceSpec spec in PlaceSpec.Load())
        {
            data.Add(spec);
        }

        return data;
    }

    [Fact]
    public void SpecTable_HasAtLeastSixtyCases_WithAndWithoutContextAndCode()
    {
        List<PlaceSpec> specs = PlaceSpec.Load();
        specs.Count.Should().BeGreaterThanOrEqualTo(60);
        specs.Count(s => s.Context.Length > 0).Should().BeGreaterThanOrEqualTo(10);
        specs.Count(s => s.Expected is null).Should().BeGreaterThanOrEqualTo(10);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Resolve_MatchesSpec(PlaceSpec spec)
    {
        var context = new HashSet<string>(spec.Context, StringComparer.Ordinal);
        PlaceResolver.Resolve(PlaceIndex.Default, spec.Written, context).Should().Be(spec.Expected, "line {0}: {1}", spec.Line, spec.Why);
    }

    [Fact]
    public void DatelineAndEntityAndRegionStages_AgreeOnTheCountry_OfAStandAloneCityAndItsRegion()
    {
        const string Text = "MOSCOW (AP) — Russian officials met American diplomats in Moscow on Tuesday, and a delegation from Paris "
            + "joined them later.\n\nThe talks in the Russian capital ended without a statement.\n";
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(Text);
        a.Dateline!.Country.Should().Be("RU");
        a.Entities.Where(e => e.Name == "Moscow").Should().ContainSingle().Which.CountryCode.Should().Be("RU");
        a.Entities.Where(e => e.Name == "American").Should().ContainSingle().Which.CountryCode.Should().Be("US");
        a.Entities.Where(e => e.Name == "Paris").Should().ContainSingle().Which.CountryCode.Should().Be("FR");
        a.Regions.Should().Contain(r => r.Code == "RU" && r.Name == "Russia");
        a.Regions.Should().Contain(r => r.Code == null && r.Name == "Europe");
    }
}
