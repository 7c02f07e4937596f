using FluentAssertions;
using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests.Coreference;

/// <summary>One row of Specs/Chains.tsv.</summary>
public sealed record ChainSpec(int Line, string Shape, string Passage, string Mention, int Occurrence, MentionKind Kind, string? Entity, string? Note)
{
    public static IEnumerable<ChainSpec> Load() =>
        SpecTable.Read("Chains.tsv", 7).Select(r => new ChainSpec(r.Line, r.Cells[0], r.Cells[1].Replace("\\n", "\n", StringComparison.Ordinal),
            r.Cells[2], int.Parse(r.Cells[3], System.Globalization.CultureInfo.InvariantCulture), Enum.Parse<MentionKind>(r.Cells[4]),
            r.Cells[5] == "-" ? null : r.Cells[5], r.Cells[6] == "-" ? null : r.Cells[6]));

    public override string ToString() => $"line {Line}: {Shape}";
}

/// <summary>Runs every row of Specs/Chains.tsv: which entity a nominal or pronoun belongs to.</summary>
public sealed class ChainSpecTests
{
    public static TheoryData<ChainSpec> Cases() => SpecTable.Cases(ChainSpec.Load());

    [Fact]
    public void SpecTable_HasLinksAndNonLinks_AndEveryNoteSaysWhatIsRight()
    {
        List<ChainSpec> specs = [.. ChainSpec.Load()];
        specs.Should().Contain(s => s.Entity == null).And.Contain(s => s.Entity != null && s.Kind == MentionKind.Nominal)
            .And.Contain(s => s.Entity != null && s.Kind == MentionKind.Pronoun);
        specs.Where(s => s.Note is not null).All(s => s.Note!.StartsWith("known-wrong: ", StringComparison.Ordinal)).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void SpecRow_Mention_BelongsToTheEntityOfTheRow(ChainSpec spec)
    {
        int start = -1;
        for (int n = 0; n < spec.Occurrence; n++)
        {
            do
            {
                start = spec.Passage.IndexOf(spec.Mention, start + 1, StringComparison.Ordinal);
            }
            while (start > 0 && (char.IsLetter(spec.Passage[start - 1]) || start + spec.Mention.Length < spec.Passage.Length
                && char.IsLetter(spec.Passage[start + spec.Mention.Length])));

            start.Should().BeGreaterThanOrEqualTo(0, "line {0}: the passage has the mention as a word", spec.Line);
        }

        NewsAnalysis analysis = NewsAnalyzer.Default.Analyze(spec.Passage);
        Entity? owner = analysis.Entities.FirstOrDefault(e => e.Mentions.Any(m => m.Span.Start == start && m.Text == spec.Mention));
        string chains = string.Join("; ", analysis.Entities.Select(e => e.Name + ": " + string.Join(", ", e.Mentions.Select(m => $"{m.Text}/{m.Kind}"))));
        if (spec.Entity is null)
        {
            owner.Should().BeNull("line {0}: {1} belongs to no entity; chains: {2}", spec.Line, spec.Mention, chains);
            return;
        }

        owner.Should().NotBeNull("line {0}: chains: {1}", spec.Line, chains);
        owner!.Name.Should().Be(spec.Entity, "line {0}", spec.Line);
        owner.Mentions.Single(m => m.Span.Start == start).Kind.Should().Be(spec.Kind, "line {0}", spec.Line);
    }
}
