using FluentAssertions;
using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests.ArticleStructure;

/// <summary>Runs every case of Specs/Boilerplate.tsv (page furniture, and body lines that look like it) in a
/// small article.</summary>
public sealed class BoilerplateSpecTests
{
    private const string Head = "Stocks slide on rate fears\n\nNEW YORK (AP) — Stocks fell on Monday as investors worried about rates.\n\n";
    private const string Tail = "\n\nThe S&P 500 lost 1%.\n";

    public static TheoryData<BoilerplateSpec> Cases() => SpecTable.Cases(BoilerplateSpec.Load());

    [Fact]
    public void SpecTable_HasAtLeastThirtyFiveCases_WithBoilerplateAndBodyLines()
    {
        List<BoilerplateSpec> specs = BoilerplateSpec.Load();
        specs.Count.Should().BeGreaterThanOrEqualTo(35);
        specs.Count(s => s.Taken is null).Should().BeGreaterThanOrEqualTo(15);
        specs.Count(s => s.Taken is not null).Should().BeGreaterThanOrEqualTo(30);
        specs.Where(s => s.Note is not null && !s.KnownWrong).Should().BeEmpty("a note marks a known-wrong output");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analyze_TakesTheBoilerplateOfTheSpec(BoilerplateSpec spec)
    {
        string text = Head + spec.Input + Tail;
        int start = text.IndexOf(spec.Input, StringComparison.Ordinal);
        NewsAnalysis analysis = StructureAnalyzer.Instance.Analyze(text);
        PageStructure structure = WorkedExampleStructureTests.Analyze(text);
        if (spec.Taken is null)
        {
            analysis.Boilerplate.Should().BeEmpty("line {0} is no boilerplate", spec.Line);
            structure.IsExcluded(new TextSpan(start, spec.Input.Length)).Should().BeFalse();
            return;
        }

        analysis.Boilerplate.Select(b => b.Text).Should().Equal([spec.Taken], "line {0} is boilerplate", spec.Line);
        analysis.Boilerplate[0].Span.Should().Be(new TextSpan(start, spec.Taken.Length));
        structure.IsExcluded(new TextSpan(start, spec.Taken.Length)).Should().BeTrue();
        if (spec.Taken.Length < spec.Input.Length)
        {
            int rest = start + spec.Taken.Length + 1;
            structure.IsExcluded(TextSpan.FromBounds(rest, start + spec.Input.Length)).Should().BeFalse("the rest of the line is body");
        }
    }
}
