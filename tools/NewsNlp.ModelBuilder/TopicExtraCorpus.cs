using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace NewsNlp.ModelBuilder;

/// <summary>Which split a labelled text belongs to.</summary>
internal enum TopicSplit
{
    /// <summary>Trained on.</summary>
    Train,

    /// <summary>Held out to fit the calibration and choose the per-subject thresholds.</summary>
    Cal,

    /// <summary>Held out for the reported figures (never trained or calibrated on).</summary>
    Test,
}

/// <summary>One multi-label text of a topic set.</summary>
/// <param name="Source">wikinews, current-events, sib200, huffpost, nyt, bbc, ag, reuters.</param>
/// <param name="Text">The text given to the classifier.</param>
/// <param name="Subjects">Its IPTC subject indices (one or more).</param>
/// <param name="Split">Its split.</param>
internal sealed record LabeledText(string Source, string Text, int[] Subjects, TopicSplit Split);

/// <summary>Reads the 17-subject sets of <c>shared/data/topics-extra</c> with their proposed IPTC labels.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Splits: SIB-200 keeps its own train/dev/test (dev = calibration). Every other set is split by a seeded hash
/// of a stable key (Wikinews URL, HuffPost link or headline, current-events text, NYT id): 10% test, 10%
/// calibration, 80% train.</item>
/// <item>Labels: a row's <c>iptc_proposed</c> list, every subject in it (multi-label). <c>a|b</c> labels: the 344
/// current-events "Health and environment" rows are left out (the section does not say which; both labels would
/// teach flu as environment); the NYT rows (<c>conflict|politics</c>, <c>weather|disaster</c>) count both as gold —
/// NYT is evaluation only. Rows with no proposed subject (HuffPost world/US news, Wikinews without a top category,
/// SIB-200 geography) are left out.</item>
/// <item>Overlaps dropped: the 16 Wikinews articles that are GUM documents, the 211 Wikinews articles whose lead holds
/// a SIB-200 sentence (SIB-200 keeps its split intact), the 3,592 cased HuffPost rows also in the Bao file.</item>
/// </list>
/// </remarks>
internal static class TopicExtraCorpus
{
    private const uint SplitSeed = 20261130;

    /// <summary>Share of a hashed set in each held-out split, in tenths.</summary>
    private const int TestTenths = 1, CalTenths = 1;

    public static string Root(string data) => Path.Combine(data, "topics-extra");

    public static List<LabeledText> ReadWikinews(string data)
    {
        string dir = Path.Combine(Root(data), "wikinews-categories");
        var sibTitles = new HashSet<string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(Root(data), "sib-200-en", "overlap-with-wikinews-categories.tsv")).Skip(1))
        {
            string[] f = line.Split('\t');
            if (f.Length >= 4)
            {
                sibTitles.Add(f[3]);
            }
        }

        var rows = new List<LabeledText>();
        foreach (JsonElement r in ReadJsonLines(Path.Combine(dir, "wikinews-categories.jsonl.gz")))
        {
            string title = r.GetProperty("title").GetString()!;
            if (r.GetProperty("gum_doc").ValueKind == JsonValueKind.String || sibTitles.Contains(title))
            {
                continue;
            }

            string? lead = r.GetProperty("lead").ValueKind == JsonValueKind.String ? r.GetProperty("lead").GetString() : null;
            Add(rows, "wikinews", lead is null ? title : title + "\n\n" + lead, r, r.GetProperty("url").GetString()!);
        }

        return rows;
    }

    public static List<LabeledText> ReadCurrentEvents(string data)
    {
        var rows = new List<LabeledText>();
        foreach (JsonElement r in ReadJsonLines(Path.Combine(Root(data), "wikipedia-current-events", "current-events-2025-2026.jsonl.gz")))
        {
            string text = r.GetProperty("text").GetString()!;
            Add(rows, "current-events", text, r, text);
        }

        return rows;
    }

    public static List<LabeledText> ReadHuffPost(string data)
    {
        string dir = Path.Combine(Root(data), "huffpost-news-category");
        var rows = new List<LabeledText>();
        foreach (JsonElement r in ReadJsonLines(Path.Combine(dir, "huffpost-bao2020-41x900.jsonl.gz")))
        {
            string text = r.GetProperty("text").GetString()!;
            Add(rows, "huffpost", text, r, text);
        }

        foreach (JsonElement r in ReadJsonLines(Path.Combine(dir, "huffpost-cased-2018-2022.jsonl.gz")))
        {
            if (r.GetProperty("in_bao2020").GetBoolean())
            {
                continue;
            }

            string text = r.GetProperty("headline").GetString() + "\n\n" + r.GetProperty("short_description").GetString();
            Add(rows, "huffpost", text, r, r.GetProperty("link").GetString()!);
        }

        return rows;
    }

    /// <summary>NYT front page (evaluation only: every row is in the test split).</summary>
    public static List<LabeledText> ReadNyt(string data)
    {
        var rows = new List<LabeledText>();
        foreach (JsonElement r in ReadJsonLines(Path.Combine(Root(data), "nyt-frontpage-cap", "nyt-frontpage-1996-2006-cap.jsonl.gz")))
        {
            int[] subjects = Subjects(r, splitAlternatives: true);
            string text = r.GetProperty("title").GetString() + "\n\n" + r.GetProperty("summary").GetString();
            if (subjects.Length > 0)
            {
                rows.Add(new LabeledText("nyt", text, subjects, TopicSplit.Test));
            }
        }

        return rows;
    }

    public static List<LabeledText> ReadSib(string data)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["science"] = "science and technology", ["technology"] = "science and technology", ["travel"] = "lifestyle and leisure",
            ["politics"] = "politics", ["sports"] = "sport", ["health"] = "health", ["nature"] = "environment",
            ["entertainment"] = "arts, culture, entertainment and media", ["business"] = "economy, business and finance",
            ["disasters"] = "disaster, accident and emergency incident", ["crime"] = "crime, law and justice",
            ["education"] = "education", ["religion"] = "religion",
        };
        var rows = new List<LabeledText>();
        foreach ((string file, TopicSplit split) in new[] { ("train", TopicSplit.Train), ("dev", TopicSplit.Cal), ("test", TopicSplit.Test) })
        {
            foreach (string line in File.ReadLines(Path.Combine(Root(data), "sib-200-en", $"eng_14-{file}.tsv")).Skip(1))
            {
                string[] f = line.Split('\t');
                if (f.Length >= 3 && map.TryGetValue(f[1], out string? label))
                {
                    rows.Add(new LabeledText("sib200", f[2], [Array.IndexOf(IptcSubjects.Labels, label)], split));
                }
            }
        }

        return rows;
    }

    /// <summary>The subjects a set labels at all (a prediction of another subject is neither right nor wrong there).</summary>
    public static bool[] Coverage(IEnumerable<LabeledText> rows)
    {
        var covered = new bool[IptcSubjects.Count];
        foreach (LabeledText r in rows)
        {
            foreach (int s in r.Subjects)
            {
                covered[s] = true;
            }
        }

        return covered;
    }

    public static TopicSplit SplitOf(string key)
    {
        uint h = 2166136261 ^ SplitSeed;
        foreach (char c in key)
        {
            h = (h ^ c) * 16777619;
        }

        int tenth = (int)(h % 10);
        return tenth < TestTenths ? TopicSplit.Test : tenth < TestTenths + CalTenths ? TopicSplit.Cal : TopicSplit.Train;
    }

    private static void Add(List<LabeledText> rows, string source, string text, JsonElement r, string key)
    {
        int[] subjects = Subjects(r, splitAlternatives: false);
        if (subjects.Length > 0)
        {
            rows.Add(new LabeledText(source, text, subjects, SplitOf(key)));
        }
    }

    /// <summary>The row's proposed subjects; an <c>a|b</c> label gives both when <paramref name="splitAlternatives"/>,
    /// else leaves the row out (returns none).</summary>
    private static int[] Subjects(JsonElement r, bool splitAlternatives)
    {
        var subjects = new List<int>();
        foreach (JsonElement e in r.GetProperty("iptc_proposed").EnumerateArray())
        {
            string label = e.GetString()!;
            if (label.Contains('|', StringComparison.Ordinal) && !splitAlternatives)
            {
                return [];
            }

            foreach (string part in label.Split('|'))
            {
                int s = Array.IndexOf(IptcSubjects.Labels, part);
                if (s < 0)
                {
                    throw new InvalidDataException("unknown IPTC label " + part);
                }

                if (!subjects.Contains(s))
                {
                    subjects.Add(s);
                }
            }
        }

        return [.. subjects];
    }

    private static IEnumerable<JsonElement> ReadJsonLines(string path)
    {
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                using JsonDocument doc = JsonDocument.Parse(line);
                yield return doc.RootElement.Clone();
            }
        }
    }

    public static string Describe(List<LabeledText> rows) => string.Create(CultureInfo.InvariantCulture,
        $"{rows.Count} (train {rows.Count(r => r.Split == TopicSplit.Train)}, cal {rows.Count(r => r.Split == TopicSplit.Cal)}, test {rows.Count(r => r.Split == TopicSplit.Test)})");
}
