using System.Text;
using System.Text.Json;
using NewsNlp.Tests.Support;

namespace NewsNlp.Orleans.Tests;

/// <summary>Test input: the worked example plus seeded articles recombined from its paragraphs with other datelines,
/// bylines, names and quotes, as {"id","text"} JSONL.</summary>
internal static class Articles
{
    private static readonly string[] s_datelines = ["", "WASHINGTON (AP) — ", "BEIJING, June 14 (Reuters) - ", "LONDON — ", "NAIROBI, Kenya (AP) — "];
    private static readonly string[] s_bylines = ["", "By Matthew Lee and Ken Moritsugu\n\n", "By Associated Press\n\n", "By Laura Kuenssberg, BBC News\n\n"];
    private static readonly string[] s_names = ["Antony Blinken", "Qin Gang", "Wang Yi", "Jake Sullivan", "Ursula von der Leyen", "Emmanuel Macron"];
    private static readonly string[] s_quotes =
    [
        "“We will not accept this,” {0} said on Tuesday.",
        "\"The talks were candid and constructive,\" said {0}, who met officials in the capital.",
        "{0} told reporters that the meeting “went as expected.”",
        "According to {0}, the sanctions would remain in place until the end of the year.",
    ];

    public static IReadOnlyList<(string Id, string Text)> WorkedExampleAndGenerated(int generated)
    {
        string example = TestData.ReadGolden("blinken-qin.txt");
        string[] paragraphs = example.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var random = new Random(1515);
        var articles = new List<(string, string)>(generated + 1) { ("blinken-qin", example) };
        for (int i = 0; i < generated; i++)
        {
            var sb = new StringBuilder();
            sb.Append(s_bylines[random.Next(s_bylines.Length)]).Append(s_datelines[random.Next(s_datelines.Length)]);
            int count = random.Next(1, 8);
            for (int p = 0; p < count; p++)
            {
                string paragraph = random.Next(3) == 0
                    ? string.Format(System.Globalization.CultureInfo.InvariantCulture, s_quotes[random.Next(s_quotes.Length)], s_names[random.Next(s_names.Length)])
                    : paragraphs[random.Next(paragraphs.Length)];
                sb.Append(paragraph).Append("\n\n");
            }

            articles.Add(("generated-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), sb.ToString()));
        }

        return articles;
    }

    public static string ToJsonl(IEnumerable<(string Id, string Text)> articles) =>
        string.Concat(articles.Select(a => JsonSerializer.Serialize(new { id = a.Id, text = a.Text }) + "\n"));

    /// <summary>What one machine writes: <see cref="NewsAnalyzer.AnalyzeMany"/>, one JSON line per article.</summary>
    public static string[] SingleMachine(IReadOnlyList<(string Id, string Text)> articles) =>
        [.. NewsAnalyzer.Default.AnalyzeMany(articles.Select(a => a.Text)).Select((analysis, i) => analysis.ToJson(articles[i].Id))];

    public static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
