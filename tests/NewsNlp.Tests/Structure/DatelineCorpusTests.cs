using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using FluentAssertions;
using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests.ArticleStructure;

/// <summary>Accuracy floors on real wire copy (Reuters-21578, first file) and the false-positive ceiling on
/// BBC stories, which have no datelines. Full figures: <c>NewsNlp.ModelBuilder eval-datelines</c>.</summary>
[Trait("Category", "Accuracy")]
public sealed partial class DatelineCorpusTests
{
    [GeneratedRegex(@"<TITLE>([^<]*)</TITLE>\s*<DATELINE>([^<]*)</DATELINE><BODY>(.*?)</BODY>", RegexOptions.Singleline, 10_000)]
    private static partial Regex StoryRegex();

    [GeneratedRegex(@"^\s*([A-Za-z][A-Za-z .'&-]*)( ?, [A-Za-z][A-Za-z .]*)?,? {1,2}([A-Za-z]+\.? {1,2}\d{1,2}),? ?-{1,2}\s*$", RegexOptions.None, 10_000)]
    private static partial Regex CleanGoldRegex();

    [SharedDataFact]
    public void Reuters21578_FirstFile_CityAndDateAboveFloor()
    {
        string sgm = File.ReadAllText(Path.Combine(TestData.DataDir("reuters-21578"), "reut2-000.sgm"), Encoding.Latin1);
        int clean = 0, city = 0, date = 0, strippedFalsePositives = 0;
        foreach (Match m in StoryRegex().Matches(sgm))
        {
            string goldText = WebUtility.HtmlDecode(m.Groups[2].Value);
            Match gold = CleanGoldRegex().Match(goldText);
            if (!gold.Success)
            {
                continue;
            }

            clean++;
            string text = WebUtility.HtmlDecode(m.Groups[1].Value) + "\n" + goldText + WebUtility.HtmlDecode(m.Groups[3].Value);
            string withoutDateline = WebUtility.HtmlDecode(m.Groups[1].Value) + "\n" + WebUtility.HtmlDecode(m.Groups[3].Value);
            strippedFalsePositives += NewsAnalyzer.ParseDateline(withoutDateline) is null ? 0 : 1;
            Dateline? d = NewsAnalyzer.ParseDateline(text);
            if (d is null)
            {
                continue;
            }

            city += string.Equals(d.City, gold.Groups[1].Value.Trim(), StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            date += string.Equals(Regex.Replace(d.Date ?? string.Empty, " +", " "), Regex.Replace(gold.Groups[3].Value, " +", " "), StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        }

        clean.Should().BeGreaterThan(800);
        ((double)city / clean).Should().BeGreaterThan(0.98, "measured 99.8% over reut2-000..003");
        ((double)date / clean).Should().BeGreaterThan(0.98);
        strippedFalsePositives.Should().BeLessThanOrEqualTo(2, "the title and body alone hold no dateline (measured 0 of 3,687)");
    }

    [SharedDataFact]
    public void BbcStories_HaveNoDateline()
    {
        string dir = Path.Combine(TestData.DataDir("bbc-news"), "bbc");
        int docs = 0, fp = 0;
        foreach (string file in Directory.GetFiles(dir, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(600))
        {
            docs++;
            fp += NewsAnalyzer.ParseDateline(File.ReadAllText(file)) is null ? 0 : 1;
        }

        docs.Should().BeGreaterThan(500);
        ((double)fp / docs).Should().BeLessThan(0.005, "measured 0 of 1,750");
    }
}
