using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsNlp.ModelBuilder;

/// <summary>One labelled training or evaluation text.</summary>
/// <param name="Source">bbc, ag, reuters, conll, seed.</param>
/// <param name="Id">Stable id within the source.</param>
/// <param name="Text">The text.</param>
/// <param name="Gold">The source's own label (BBC folder, AG class, Reuters topics) for evaluation.</param>
/// <param name="Subject">The IPTC subject index it is trained as, or -1 when unlabelled.</param>
/// <param name="HeldOut">Whether it belongs to the held-out evaluation split.</param>
internal sealed record TopicDoc(string Source, string Id, string Text, string Gold, int Subject, bool HeldOut);

/// <summary>Reads the labelled news sets and maps their labels to IPTC Media Topics.</summary>
/// <remarks>
/// Mapping (source label -> IPTC top-level subject):
/// <list type="bullet">
/// <item>BBC: business -> 04000000 economy, business and finance; entertainment -> 01000000 arts, culture, entertainment
/// and media; politics -> 11000000 politics; sport -> 15000000 sport; tech -> 13000000 science and technology.</item>
/// <item>AG News: World -> 11000000 politics (training rows re-labelled by the seed lexicons when they are clearly about
/// conflict, crime, disaster, health…; evaluation counts any subject other than sport, economy and science as World);
/// Sports -> 15000000; Business -> 04000000; Sci/Tech -> 13000000.</item>
/// <item>Reuters-21578 TOPICS: jobs -> 09000000 labour; every other topic present in the collection (earn, acq,
/// money-fx, interest, trade, grain, crude, ship, commodities, gnp, cpi, bop, reserves, housing, retail…) ->
/// 04000000 economy, business and finance. Documents without TOPICS are unlabelled.</item>
/// <item>CoNLL-2003 documents (Reuters 1996) are unlabelled; the seed lexicons label the clear ones.</item>
/// </list>
/// Held-out rule (never trained on): BBC file number % 5 == 0; AG row index (0-based, file order) % 5 == 0;
/// Reuters NEWID % 5 == 0. The tests use the same BBC rule.
/// </remarks>
internal static partial class TopicCorpus
{
    public static readonly (string Folder, int Subject)[] BbcMap =
    [
        ("business", IptcSubjects.Economy), ("entertainment", IptcSubjects.Arts), ("politics", IptcSubjects.Politics),
        ("sport", IptcSubjects.Sport), ("tech", IptcSubjects.Science),
    ];

    public static readonly string[] AgClasses = ["World", "Sports", "Business", "Sci/Tech"];
    public static readonly int[] AgMap = [IptcSubjects.Politics, IptcSubjects.Sport, IptcSubjects.Economy, IptcSubjects.Science];

    public static bool IsBbcHeldOut(string fileName) =>
        int.TryParse(Path.GetFileNameWithoutExtension(fileName), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n % 5 == 0;

    public static List<TopicDoc> ReadBbc(string data)
    {
        var docs = new List<TopicDoc>();
        string root = Path.Combine(data, "bbc-news", "bbc");
        foreach ((string folder, int subject) in BbcMap)
        {
            string[] files = Directory.GetFiles(Path.Combine(root, folder), "*.txt");
            Array.Sort(files, StringComparer.Ordinal);
            foreach (string file in files)
            {
                string text = File.ReadAllText(file, Encoding.UTF8);
                docs.Add(new TopicDoc("bbc", folder + "/" + Path.GetFileName(file), text, folder, subject, IsBbcHeldOut(file)));
            }
        }

        return docs;
    }

    public static List<TopicDoc> ReadAg(string data)
    {
        var docs = new List<TopicDoc>();
        int row = 0;
        foreach (List<string> fields in CsvRecords.ReadFile(Path.Combine(data, "ag-news", "test.csv")))
        {
            if (fields.Count < 3 || !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out int cls) || cls is < 1 or > 4)
            {
                continue;
            }

            string text = (fields[1] + ". " + fields[2]).Replace("\\n", " ", StringComparison.Ordinal).Replace("\\", " ", StringComparison.Ordinal);
            docs.Add(new TopicDoc("ag", row.ToString(CultureInfo.InvariantCulture), text, AgClasses[cls - 1], AgMap[cls - 1], row % 5 == 0));
            row++;
        }

        return docs;
    }

    public static List<TopicDoc> ReadReuters(string data)
    {
        var docs = new List<TopicDoc>();
        string[] files = Directory.GetFiles(Path.Combine(data, "reuters-21578"), "reut2-*.sgm");
        Array.Sort(files, StringComparer.Ordinal);
        foreach (string file in files)
        {
            string all = File.ReadAllText(file, Encoding.Latin1);
            foreach (Match m in ReutersDoc().Matches(all))
            {
                int newId = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                string body = m.Groups[2].Value;
                string topics = Between(body, "<TOPICS>", "</TOPICS>");
                var labels = new List<string>();
                foreach (Match d in DTag().Matches(topics))
                {
                    labels.Add(d.Groups[1].Value);
                }

                string title = Unescape(Between(body, "<TITLE>", "</TITLE>"));
                string text = Unescape(Between(body, "<BODY>", "</BODY>"));
                if (text.Length == 0 && title.Length == 0)
                {
                    continue;
                }

                string full = title + "\n\n" + text;
                int subject = labels.Count == 0 ? -1 : MapReuters(labels);
                string gold = labels.Count == 0 ? string.Empty : string.Join(' ', labels);
                docs.Add(new TopicDoc("reuters", newId.ToString(CultureInfo.InvariantCulture), full, gold, subject, newId % 5 == 0));
            }
        }

        return docs;
    }

    /// <summary>Reuters-21578 TOPICS -> IPTC: jobs -> labour, everything else -> economy, business and finance.</summary>
    public static int MapReuters(List<string> labels) =>
        labels.Contains("jobs") ? IptcSubjects.Labour : IptcSubjects.Economy;

    public static List<TopicDoc> ReadConll(string data)
    {
        var docs = new List<TopicDoc>();
        foreach (string name in new[] { "eng.train", "eng.testa" })
        {
            var sb = new StringBuilder();
            int index = 0;
            foreach (string line in File.ReadLines(Path.Combine(data, "conll2003-en", name)))
            {
                if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
                {
                    Flush();
                    continue;
                }

                if (line.Length == 0)
                {
                    sb.Append('\n');
                    continue;
                }

                int space = line.IndexOf(' ', StringComparison.Ordinal);
                sb.Append(space < 0 ? line : line[..space]).Append(' ');
            }

            Flush();

            void Flush()
            {
                string text = sb.ToString().Trim();
                sb.Clear();
                if (text.Length > 200)
                {
                    docs.Add(new TopicDoc("conll", name + "#" + index.ToString(CultureInfo.InvariantCulture), text, string.Empty, -1, false));
                    index++;
                }
            }
        }

        return docs;
    }

    private static string Between(string s, string open, string close)
    {
        int a = s.IndexOf(open, StringComparison.Ordinal);
        if (a < 0)
        {
            return string.Empty;
        }

        a += open.Length;
        int b = s.IndexOf(close, a, StringComparison.Ordinal);
        return b < 0 ? string.Empty : s[a..b];
    }

    private static string Unescape(string s)
    {
        s = s.Replace("&#3;", string.Empty, StringComparison.Ordinal).Replace("&#2;", string.Empty, StringComparison.Ordinal);
        return WebUtility.HtmlDecode(s).Replace(" Reuter\n", "\n", StringComparison.Ordinal).Trim();
    }

    [GeneratedRegex("<REUTERS[^>]*NEWID=\"(\\d+)\">(.*?)</REUTERS>", RegexOptions.Singleline)]
    private static partial Regex ReutersDoc();

    [GeneratedRegex("<D>([^<]*)</D>")]
    private static partial Regex DTag();
}
