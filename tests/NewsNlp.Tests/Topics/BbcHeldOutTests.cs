using FluentAssertions;
using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests.Topics;

[Trait("Category", "Accuracy")]
public sealed class BbcHeldOutTests
{
    private static readonly (string Folder, string Code)[] s_map =
    [
        ("business", "medtop:04000000"), ("entertainment", "medtop:01000000"), ("politics", "medtop:11000000"),
        ("sport", "medtop:15000000"), ("tech", "medtop:13000000"),
    ];

    /// <summary>The shipped model on the BBC files it never saw (file number % 5 == 0, the rule training uses),
    /// scored five-way (the best of the five BBC subjects).</summary>
    [SharedDataFact]
    public void ShippedModel_OnHeldOutBbc_HasMacroF1AboveFloor()
    {
        string root = Path.Combine(TopicTestData.SharedData(), "bbc-news", "bbc");
        Directory.Exists(root).Should().BeTrue("the BBC News set must be in shared/data/bbc-news/bbc");
        var gold = new List<string>();
        var predicted = new List<string>();
        int[] indices = [.. s_map.Select(m => IptcSubjects.IndexOfCode(m.Code))];
        Span<float> scores = stackalloc float[IptcSubjects.Count];
        foreach ((string folder, _) in s_map)
        {
            foreach (string file in Directory.GetFiles(Path.Combine(root, folder), "*.txt").Order(StringComparer.Ordinal))
            {
                if (int.Parse(Path.GetFileNameWithoutExtension(file), System.Globalization.CultureInfo.InvariantCulture) % 5 != 0)
                {
                    continue;
                }

                SubjectClassifier.Score(File.ReadAllText(file), scores);
                int best = 0;
                for (int i = 1; i < indices.Length; i++)
                {
                    if (scores[indices[i]] > scores[indices[best]])
                    {
                        best = i;
                    }
                }

                gold.Add(folder);
                predicted.Add(s_map[best].Folder);
            }
        }

        TopicEvaluation evaluation = TopicEvaluation.Compute([.. s_map.Select(m => m.Folder)], gold, predicted, 0);

        gold.Should().HaveCountGreaterThan(300);
        evaluation.MacroF1.Should().BeGreaterThan(0.95, evaluation.ToString());
    }
}
