using System.Text.RegularExpressions;

namespace NewsNlp.Benchmarks;

/// <summary>Real news text for the benchmarks: PolNeAR dev articles and Reuters-21578 stories from ../shared/data, split
/// into paragraphs; the bundled example article when that folder is absent.</summary>
public static partial class NewsCorpus
{
    private static readonly Lazy<string[]> s_paragraphs = new(Load);
    private static readonly Lazy<string[]> s_articles = new(LoadArticles);

    public static string[] Paragraphs => s_paragraphs.Value;

    public static string[] Articles => s_articles.Value;

    public static string Source { get; private set; } = "";

    private static string[] LoadArticles()
    {
        string? data = FindSharedData();
        var articles = new List<string>();
        if (data is not null)
        {
            string dev = Path.Combine(data, "polnear", "data", "dev", "text");
            if (Directory.Exists(dev))
            {
                articles.AddRange(Directory.GetFiles(dev, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
            }

            string reuters = Path.Combine(data, "reuters-21578", "reut2-000.sgm");
            if (File.Exists(reuters))
            {
                string sgm = File.ReadAllText(reuters);
                foreach (Match m in BodyRegex().Matches(sgm).Take(300))
                {
                    articles.Add(System.Net.WebUtility.HtmlDecode(m.Groups[1].Value).Replace("\u0003", "", StringComparison.Ordinal).Trim());
                }
            }
        }

        if (articles.Count == 0)
        {
            articles.Add(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "blinken-qin.txt")));
            Source = "bundled article";
        }
        else
        {
            Source = "PolNeAR dev + Reuters-21578 reut2-000";
        }

        return [.. articles];
    }

    private static string[] Load() =>
        [.. Articles.SelectMany(a => a.Split(["\n\n", "\r\n\r\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    private static string? FindSharedData()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "data");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"<BODY>(.*?)</BODY>", RegexOptions.Singleline)]
    private static partial Regex BodyRegex();
}
