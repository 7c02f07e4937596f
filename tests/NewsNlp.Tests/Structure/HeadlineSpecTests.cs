using FluentAssertions;
using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests.ArticleStructure;

/// <summary>Runs every case of Specs/Headlines.tsv: title lines above the body, and first lines that are no headline
/// (a hard-wrapped paragraph, a body sentence, a dateline).</summary>
public sealed class HeadlineSpecTests
{
    private const string Body = "\n\nThe council said on Monday that the plan would go ahead next year, despite objections.\n";

    public static TheoryData<HeadlineSpec> Cases() => SpecTable.Cases(HeadlineSpec.Load());

    [Fact]
    public void SpecTable_HasHeadlinesAndNonHeadlines()
    {
        List<HeadlineSpec> specs = HeadlineSpec.Load();
        specs.Count(s => s.Headline is null).Should().BeGreaterThanOrEqualTo(5);
        specs.Count(s => s.Headline is not null).Should().BeGreaterThanOrEqualTo(7);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analyze_FindsTheHeadlineOfTheSpec(HeadlineSpec spec)
    {
        string text = spec.Input + Body;
        TextSegment? headline = StructureAnalyzer.Instance.Analyze(text).Headline;
        if (spec.Headline is null)
        {
            headline.Should().BeNull("line {0} opens with no headline", spec.Line);
            return;
        }

        headline.Should().NotBeNull("line {0} has the headline {1}", spec.Line, spec.Headline);
        headline!.Text.Should().Be(spec.Headline);
        headline.Span.GetText(text).TrimEnd().Should().Be(spec.Headline);
    }
}

/// <summary>One row of Specs/Headlines.tsv: an article's opening and its headline, if any.</summary>
public sealed record HeadlineSpec(int Line, string Input, string? Headline, string? Note)
{
    public static List<HeadlineSpec> Load()
    {
        var specs = new List<HeadlineSpec>();
        foreach ((int line, string[] f) in SpecTable.Read("Headlines.tsv", 3))
        {
            specs.Add(new HeadlineSpec(line, SpecTable.Unescape(f[0]), f[1] == "none" ? null : f[1], SpecTable.Null(f[2])));
        }

        return specs;
    }

    public override string ToString() => SpecTable.Describe(Line, Input);
}
