using NewsNlp.Tests.Support;
using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Entities;

/// <summary>Runs every row of Specs/Entities.tsv: today's folding and naming rules on short news passages.</summary>
public sealed class EntitySpecTests
{
    public static TheoryData<EntitySpec> Cases()
    {
        var data = new TheoryData<EntitySpec>();
        foreach (EntitySpec spec in EntitySpec.Load())
        {
            data.Add(spec);
        }

        return data;
    }

    [Fact]
    public void SpecTable_HasThirtyRows_AndEveryNoteSaysWhatIsRight()
    {
        List<EntitySpec> specs = EntitySpec.Load();
        specs.Count.Should().BeGreaterThanOrEqualTo(30);
        specs.Should().Contain(s => s.Type == null, "site furniture is pinned as absent");
        specs.Where(s => s.Note is not null).Should().OnlyContain(s => s.KnownWrong && s.Note!.Length > "known-wrong: ".Length);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void SpecRow_Passage_YieldsTheEntityOfTheRow(EntitySpec spec)
    {
        NewsAnalysis analysis = NewsAnalyzer.Default.Analyze(spec.Input);
        string found = string.Join("; ", analysis.Entities.Select(e => $"{e.Name}/{e.Type}/{e.NameMentions().Count()}"));
        if (spec.Type is null)
        {
            analysis.Entities.Should().NotContain(e => e.Name == spec.Name || e.Mentions.Any(m => m.Text == spec.Name), "line {0} pins {1} as no entity; found {2}", spec.Line, spec.Name, found);
            return;
        }

        Entity entity = analysis.Entities.Should().ContainSingle(e => e.Name == spec.Name && e.Type == spec.Type, "line {0}; found {1}", spec.Line, found).Subject;
        entity.NameMentions().Should().HaveCount(spec.MentionCount, "line {0}", spec.Line);
        if (spec.Forms is not null)
        {
            entity.NameMentions().Select(m => m.Text).Should().Equal(spec.Forms, "line {0}", spec.Line);
        }

        entity.Mentions.Should().OnlyContain(m => m.Span.GetText(spec.Input) == m.Text);
        entity.Title.Should().Be(spec.Title, "line {0}", spec.Line);
    }
}
