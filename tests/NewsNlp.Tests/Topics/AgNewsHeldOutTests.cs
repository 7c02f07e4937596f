using FluentAssertions;
using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests.Topics;

[Trait("Category", "Accuracy")]
public sealed class AgNewsHeldOutTests
{
    private static readonly string[] s_classes = ["World", "Sports", "Business", "Sci/Tech"];

    /// <summary>The shipped subjects on the AG News rows training never saw (0-based row % 5 == 0, the rule training
    /// uses), scored four-way as the README reports it: the best of all 17 subjects, sport, economy and science mapping
    /// to their AG class and anything else to World. Measured 0.8113 when the 17-subject model was trained (0.8497 before:
    /// a sport, business or tech story given crime, health, media… now counts as World).</summary>
    [SharedDataFact]
    public void ShippedModel_OnHeldOutAgNews_HasMacroF1AboveFloor()
    {
        string path = Path.Combine(TopicTestData.SharedData(), "ag-news", "test.csv");
        File.Exists(path).Should().BeTrue("the AG News test split must be in shared/data/ag-news");
        int sport = IptcSubjects.IndexOfCode("medtop:15000000");
        int economy = IptcSubjects.IndexOfCode("medtop:04000000");
        int science = IptcSubjects.IndexOfCode("medtop:13000000");
        var gold = new List<string>();
        var predicted = new List<string>();
        Span<float> scores = stackalloc float[IptcSubjects.Count];
        int row = 0;
        foreach (List<string> fields in CsvRecords.ReadFile(path))
        {
            if (fields.Count < 3 || !int.TryParse(fields[0], out int cls) || cls is < 1 or > 4)
            {
                continue;
            }

            if (row++ % 5 != 0)
            {
                continue;
            }

            string text = (fields[1] + ". " + fields[2]).Replace("\\n", " ", StringComparison.Ordinal).Replace("\\", " ", StringComparison.Ordinal);
            SubjectClassifier.Score(text, scores);
            int best = 0;
            for (int c = 1; c < scores.Length; c++)
            {
                if (scores[c] > scores[best])
                {
                    best = c;
                }
            }

            gold.Add(s_classes[cls - 1]);
            predicted.Add(best == sport ? "Sports" : best == economy ? "Business" : best == science ? "Sci/Tech" : "World");
        }

        TopicEvaluation evaluation = TopicEvaluation.Compute(s_classes, gold, predicted, 0);
        gold.Should().HaveCount(760);
        evaluation.MacroF1.Should().BeGreaterThan(0.79, evaluation.ToString());
    }
}
