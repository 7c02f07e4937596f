using FluentAssertions;
using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests.Input;

/// <summary>Runs every case of Specs/Input.tsv through <see cref="NewsAnalyzer.Analyze(string)"/>: the language told,
/// the warnings, and whether names and quotes were read.</summary>
public sealed class InputSpecTests
{
    public sealed record InputSpec(int Line, string Text, string? Code, string[] Warnings, bool ReadsNames, string Why)
    {
        public override string ToString() => SpecTable.Describe(Line, Text);
    }

    private static List<InputSpec> Load() =>
        [.. SpecTable.Read("Input.tsv", 5).Select(r => new InputSpec(r.Line, SpecTable.Unescape(r.Cells[0]), SpecTable.Null(r.Cells[1]),
            r.Cells[2] == "-" ? [] : r.Cells[2].Split(','), r.Cells[3] == "yes", r.Cells[4]))];

    public static TheoryData<InputSpec> Cases() => SpecTable.Cases(Load());

    [Fact]
    public void SpecTable_CoversEnglishOtherLanguagesScriptsMarkupAndShortInput()
    {
        List<InputSpec> specs = Load();
        specs.Count.Should().BeGreaterThanOrEqualTo(20);
        specs.Count(s => s.Code == "en").Should().BeGreaterThanOrEqualTo(5);
        specs.Select(s => s.Code).Where(c => c is not null && c != "en").Distinct().Count().Should().BeGreaterThanOrEqualTo(8);
        specs.Should().Contain(s => s.Warnings.Contains("markup")).And.Contain(s => s.Warnings.Contains("tooShort"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analyze_TellsTheLanguageAndWarnsAsSpecified(InputSpec spec)
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(spec.Text);

        a.Language.Code.Should().Be(spec.Code, "line {0}: {1}", spec.Line, spec.Why);
        a.Warnings.Select(NewsAnalysis.WarningName).Should().Equal(spec.Warnings, "line {0}: {1}", spec.Line, spec.Why);
        if (spec.ReadsNames)
        {
            a.Language.Confidence.Should().BeInRange(spec.Code is null ? 0 : 0.5, spec.Code is null ? 0 : 1);
        }
        else
        {
            a.Entities.Should().BeEmpty("line {0}: {1}", spec.Line, spec.Why);
            a.Quotes.Should().BeEmpty();
            a.Topics.Should().BeEmpty();
            a.Keywords.Should().BeEmpty();
            a.Sentences.Should().NotBeEmpty("the text layer is always returned");
        }
    }
}
