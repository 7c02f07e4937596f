using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Topics;

/// <summary>Runs every case of Specs/Subjects.tsv: one clear story per IPTC subject gets that subject first, and the
/// subjects it has no evidence for (sport above all) are not reported.</summary>
public sealed class SubjectSpecTests
{
    public static TheoryData<int, string, string, string> Cases()
    {
        var data = new TheoryData<int, string, string, string>();
        string[] lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Specs", "Subjects.tsv"));
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }

            string[] f = lines[i].Split('\t');
            if (f.Length != 3)
            {
                throw new InvalidDataException($"Subjects.tsv line {i + 1}: expected 3 tab-separated columns, got {f.Length}");
            }

            data.Add(i + 1, f[0].Replace("\\n", "\n", StringComparison.Ordinal), f[1], f[2]);
        }

        return data;
    }

    [Fact]
    public void SpecTable_HasAStoryForEverySubject()
    {
        Cases().Select(c => (string)c[2]).Distinct().Should().HaveCount(IptcSubjects.Count);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Story_GetsItsSubjectFirst_AndNoneWithoutEvidence(int line, string story, string first, string absent)
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(story);

        a.Topics.Should().NotBeEmpty("line {0} of Subjects.tsv", line);
        a.Topics[0].Label.Should().Be(first, "line {0} of Subjects.tsv", line);
        foreach (string label in absent.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            a.Topics.Should().NotContain(t => t.Label == label, "line {0} of Subjects.tsv", line);
        }
    }
}
