using System.Text;
using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests;

/// <summary>Seeded random articles, generated and mutated from real text: no exception and every output invariant holds.</summary>
public sealed class ReliabilityTests
{
    private static readonly string[] s_fragments =
    [
        "“", "”", "\"", "'", "’", "‘", " said ", " according to ", "WASHINGTON (AP) — ", "BEIJING, June 14 (Reuters) - ", "\n\n", "\n",
        "U.S.", "Mr. ", "Sen. ", " — ", "...", "By Associated Press", "Related Articles", "<p>", "</p>", "&amp;", "\uD800", "\uDC00",
        "👍🏽", "#tag", "@handle", "http://example.com/a?b=c", "(", ")", ":", "Antony Blinken", "Qin", " he said.", "\t", "\0",
    ];

    [Fact]
    public void Analyze_MutatedArticles_KeepInvariants()
    {
        string article = TestData.ReadGolden("blinken-qin.txt");
        var random = new Random(4242);
        var analyzer = NewsAnalyzer.Default;
        for (int round = 0; round < 500; round++)
        {
            string text = Mutate(article, random);
            AnalysisAssert.SpansInRange(analyzer.Analyze(text));
        }
    }

    [Fact]
    public void Analyze_GeneratedArticles_KeepInvariants()
    {
        var random = new Random(99);
        for (int round = 0; round < 500; round++)
        {
            var sb = new StringBuilder();
            int pieces = random.Next(0, 60);
            for (int i = 0; i < pieces; i++)
            {
                sb.Append(random.Next(4) switch
                {
                    0 => s_fragments[random.Next(s_fragments.Length)],
                    1 => (char)random.Next(0, 0x3000),
                    2 => " ",
                    _ => "word" + random.Next(100),
                });
            }

            AnalysisAssert.SpansInRange(NewsAnalyzer.Default.Analyze(sb.ToString()));
        }
    }

    private static string Mutate(string text, Random random)
    {
        var sb = new StringBuilder(text);
        int edits = random.Next(1, 12);
        for (int e = 0; e < edits && sb.Length > 0; e++)
        {
            int at = random.Next(sb.Length);
            switch (random.Next(5))
            {
                case 0:
                    sb.Insert(at, s_fragments[random.Next(s_fragments.Length)]);
                    break;
                case 1:
                    sb.Remove(at, Math.Min(random.Next(1, 200), sb.Length - at));
                    break;
                case 2:
                    sb[at] = (char)random.Next(0, 0xFFFF);
                    break;
                case 3:
                    int len = Math.Min(random.Next(1, 300), sb.Length - at);
                    string upper = sb.ToString(at, len).ToUpperInvariant();
                    sb.Remove(at, len).Insert(at, upper);
                    break;
                default:
                    int from = random.Next(sb.Length);
                    int n = Math.Min(random.Next(1, 400), sb.Length - from);
                    sb.Insert(at, sb.ToString(from, n));
                    break;
            }
        }

        return sb.ToString();
    }
}
