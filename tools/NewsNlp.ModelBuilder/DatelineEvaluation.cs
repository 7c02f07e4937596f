using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsNlp.ModelBuilder;

/// <summary>
/// <c>eval-datelines</c>: measures the dateline parser on Reuters-21578 (gold &lt;DATELINE&gt; per story) and
/// its false positives on BBC News (no datelines). The places it reads come from <c>places.bin</c> (<c>places</c>).
/// </summary>
internal static partial class DatelineEvaluation
{
    public static int Run(string data, string[] args)
    {
        bool verbose = Args.Flag(args, "--verbose");
        int rc = EvaluateReuters(data, verbose);
        rc = rc != 0 ? rc : EvaluateBbc(data, verbose);
        return rc != 0 ? rc : EvaluateAgNews(data, verbose);
    }

    // ---------------------------------------------------------------- Reuters-21578

    private sealed record ReutersDoc(string Id, string Title, string? Author, string? Dateline, string Body, string[] Places);

    [GeneratedRegex(@"<REUTERS[^>]*NEWID=""(\d+)"">(.*?)</REUTERS>", RegexOptions.Singleline, 10_000)]
    private static partial Regex DocRegex();

    [GeneratedRegex(@"<(TITLE|AUTHOR|DATELINE|BODY|PLACES)>(.*?)</\1>", RegexOptions.Singleline, 10_000)]
    private static partial Regex FieldRegex();

    [GeneratedRegex(@"<D>(.*?)</D>", RegexOptions.Singleline, 10_000)]
    private static partial Regex PlaceRegex();

    /// <summary>A clean gold dateline: CITY[, Region], Date - (the junk ones carry body text, "****" or typos).</summary>
    [GeneratedRegex(@"^[A-Za-z][A-Za-z .'&-]*( ?, [A-Za-z][A-Za-z .]*)?,? {1,2}[A-Za-z]+\.? {1,2}\d{1,2},? ?-{1,2}$", RegexOptions.None, 10_000)]
    private static partial Regex CleanGoldRegex();

    [GeneratedRegex(@"([A-Za-z]+\.? {1,2}\d{1,2}),? ?-{1,2}$", RegexOptions.None, 10_000)]
    private static partial Regex GoldDateRegex();

    [GeneratedRegex(@"\s+", RegexOptions.None, 10_000)]
    private static partial Regex SpaceRegex();

    private static List<ReutersDoc> ReadReuters(string data)
    {
        var docs = new List<ReutersDoc>();
        string dir = Path.Combine(data, "reuters-21578");
        foreach (string file in Directory.GetFiles(dir, "reut2-00*.sgm").Order(StringComparer.Ordinal))
        {
            string sgm = File.ReadAllText(file, Encoding.Latin1);
            foreach (Match m in DocRegex().Matches(sgm))
            {
                string title = string.Empty, body = string.Empty;
                string? dateline = null, author = null;
                string[] places = [];
                foreach (Match f in FieldRegex().Matches(m.Groups[2].Value))
                {
                    string value = f.Groups[2].Value;
                    switch (f.Groups[1].Value)
                    {
                        case "TITLE": title = Unescape(value); break;
                        case "DATELINE": dateline = Unescape(value); break;
                        case "AUTHOR": author = Unescape(value); break;
                        case "BODY": body = Unescape(value); break;
                        case "PLACES": places = [.. PlaceRegex().Matches(value).Select(p => p.Groups[1].Value)]; break;
                        default: break;
                    }
                }

                docs.Add(new ReutersDoc(m.Groups[1].Value, title, author, dateline, body, places));
            }
        }

        return docs;
    }

    /// <summary>Decodes SGML entities and drops the control characters (&amp;#2; &amp;#3; …) the wire used.</summary>
    private static string Unescape(string s)
    {
        string decoded = WebUtility.HtmlDecode(s);
        var sb = new StringBuilder(decoded.Length);
        foreach (char c in decoded)
        {
            if (c >= ' ' || c is '\n' or '\t')
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static string Norm(string? s) => s is null ? string.Empty : SpaceRegex().Replace(s.Trim(), " ").ToUpperInvariant();

    private static int EvaluateReuters(string data, bool verbose)
    {
        List<ReutersDoc> docs = ReadReuters(data);
        Dictionary<string, string> placeOfCountry = ReutersPlaceLabels(data);
        int withGold = 0, junk = 0, clean = 0, found = 0, cityOk = 0, dateOk = 0, spanOk = 0, agencyNull = 0;
        int countryGiven = 0, countryWithPlaces = 0, countryAgrees = 0, noGold = 0, falsePositive = 0;
        int modernFound = 0, modernAgency = 0, modernCity = 0, bylineReuters = 0, stripped = 0, strippedFp = 0, titled = 0, headlineOk = 0;
        int withAuthor = 0, authorText = 0, authorNames = 0, authorAgency = 0;
        var analyzer = NewsAnalyzer.Create(new NewsAnalyzerOptions { FindEntities = false, FindQuotes = false, ClassifyTopics = false });
        int shown = 0;
        foreach (ReutersDoc doc in docs)
        {
            string head = (doc.Title.Length > 0 ? doc.Title + "\n" : string.Empty) + (doc.Author is null ? string.Empty : doc.Author + "\n");
            string text = head + (doc.Dateline ?? string.Empty) + doc.Body;
            Dateline? d = NewsAnalyzer.ParseDateline(text);
            NewsAnalysis analysis = analyzer.Analyze(text);
            if (analysis.Byline?.Agency == "Reuters")
            {
                bylineReuters++;
            }

            if (doc.Author is not null)
            {
                withAuthor++;
                string goldAuthor = doc.Author.Trim();
                string[] goldNames = [.. Regex.Split(goldAuthor[3..].Split(',')[0], " and ", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)).Select(n => n.Trim())];
                if (analysis.Byline?.Text == goldAuthor)
                {
                    authorText++;
                    authorNames += analysis.Byline.Authors.Select(Norm).SequenceEqual(goldNames.Select(Norm)) ? 1 : 0;
                    authorAgency += analysis.Byline.Agency == (goldAuthor.Contains(", Reuter", StringComparison.OrdinalIgnoreCase) ? "Reuters" : null) ? 1 : 0;
                }
                else if (verbose)
                {
                    Console.WriteLine($"  byline #{doc.Id}: [{goldAuthor}] got [{analysis.Byline?.Text}]");
                }
            }

            if (doc.Title.Length > 0 && doc.Body.Length > 0)
            {
                titled++;
                headlineOk += analysis.Headline?.Text == doc.Title.Trim() ? 1 : 0;
                if (verbose && analysis.Headline?.Text != doc.Title.Trim())
                {
                    Console.WriteLine($"  headline #{doc.Id}: [{doc.Title}] got [{analysis.Headline?.Text}]");
                }
            }

            // The same story with its dateline removed must give none (the body is never a dateline).
            if (doc.Dateline is not null && doc.Body.Length > 0)
            {
                stripped++;
                Dateline? sd = NewsAnalyzer.ParseDateline(head + doc.Body);
                if (sd is not null)
                {
                    strippedFp++;
                    if (verbose)
                    {
                        Console.WriteLine($"  stripped FP #{doc.Id}: {sd.Text}");
                    }
                }
            }

            if (doc.Dateline is null)
            {
                noGold++;
                if (d is not null)
                {
                    falsePositive++;
                    if (verbose)
                    {
                        Console.WriteLine($"  FP #{doc.Id}: {d.Text}");
                    }
                }

                continue;
            }

            withGold++;
            string gold = SpaceRegex().Replace(doc.Dateline.Trim(), " ");
            if (!CleanGoldRegex().IsMatch(gold))
            {
                junk++;
                if (verbose)
                {
                    Console.WriteLine($"  junk gold #{doc.Id}: {gold}");
                }

                continue;
            }

            clean++;
            string goldCity = gold[..gold.IndexOf(',', StringComparison.Ordinal)];
            string goldDate = GoldDateRegex().Match(gold).Groups[1].Value;
            if (d is not null)
            {
                found++;
                cityOk += Norm(d.City) == Norm(goldCity) ? 1 : 0;
                dateOk += Norm(d.Date) == Norm(goldDate) ? 1 : 0;
                spanOk += Norm(d.Text) == Norm(gold) ? 1 : 0;
                agencyNull += d.Agency is null ? 1 : 0;
                if (d.Country is not null)
                {
                    countryGiven++;
                }

                if (doc.Places.Length > 0)
                {
                    countryWithPlaces++;
                    if (d.Country is not null && placeOfCountry.TryGetValue(d.Country, out string? label) && label.Split('|').Any(doc.Places.Contains))
                    {
                        countryAgrees++;
                    }
                    else if (verbose)
                    {
                        Console.WriteLine($"  country #{doc.Id}: [{d.Text}] -> {d.Country ?? "null"} ({d.Region}); PLACES {string.Join(' ', doc.Places)}");
                    }
                }
            }

            if (verbose && (d is null || Norm(d.City) != Norm(goldCity) || Norm(d.Date) != Norm(goldDate)) && shown++ < 60)
            {
                Console.WriteLine($"  miss #{doc.Id}: gold [{gold}] got [{d?.Text}] city={d?.City} date={d?.Date}");
            }

            // The same story with a modern Reuters dateline: "CITY, Date (Reuters) -".
            int dash = text.IndexOf(doc.Dateline, StringComparison.Ordinal) + doc.Dateline.TrimEnd().Length - 1;
            string modern = text[..dash].TrimEnd() + " (Reuters) -" + text[(dash + 1)..];
            Dateline? md = NewsAnalyzer.ParseDateline(modern);
            if (md is not null)
            {
                modernFound++;
                modernAgency += md.Agency == "Reuters" ? 1 : 0;
                modernCity += Norm(md.City) == Norm(goldCity) ? 1 : 0;
            }
        }

        Console.WriteLine("Reuters-21578 (reut2-000..003), text = TITLE, AUTHOR (when present) and DATELINE + BODY, one per line");
        Console.WriteLine($"  stories {docs.Count:N0}; with gold dateline {withGold:N0} (junk gold {junk}, clean {clean:N0}); without {noGold}");
        Console.WriteLine($"  on clean gold ({clean:N0}):  found {Pct(found, clean)}  city {Pct(cityOk, clean)}  date {Pct(dateOk, clean)}  "
            + $"exact text {Pct(spanOk, clean)}  agency (none expected) {Pct(agencyNull, clean)}");
        Console.WriteLine($"  country given {Pct(countryGiven, clean)}; country agrees with the story's PLACES tags {Pct(countryAgrees, countryWithPlaces)} (of {countryWithPlaces:N0} found with PLACES)");
        Console.WriteLine($"  modern form 'CITY, Date (Reuters) -': found {Pct(modernFound, clean)}  agency=Reuters {Pct(modernAgency, clean)}  city {Pct(modernCity, clean)}");
        Console.WriteLine($"  false positives on stories without a gold dateline: {falsePositive}/{noGold} ({Pct(falsePositive, noGold)})");
        Console.WriteLine($"  false positives on the same stories with the dateline cut out (title + body): {strippedFp}/{stripped} ({Pct(strippedFp, stripped)})");
        Console.WriteLine($"  <AUTHOR> credit lines ({withAuthor}): byline text {Pct(authorText, withAuthor)}, authors {Pct(authorNames, withAuthor)}, agency {Pct(authorAgency, withAuthor)}");
        Console.WriteLine($"  headline = TITLE: {Pct(headlineOk, titled)}; byline agency Reuters (from the 'Reuter' sign-off): {Pct(bylineReuters, docs.Count)}");
        return 0;
    }

    private static string Pct(int n, int d) => d == 0 ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * n / d:F1}% ({n}/{d})");

    /// <summary>ISO code -> Reuters PLACES label(s), e.g. US -> usa, GB -> uk, DE -> west-germany|east-germany.</summary>
    private static Dictionary<string, string> ReutersPlaceLabels(string data)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(data, "geonames", "countryInfo.txt")))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            string[] f = line.Split('\t');
            if (f.Length > 4 && f[0].Length == 2)
            {
                map[f[0]] = f[4].ToLowerInvariant().Replace(' ', '-');
            }
        }

        map["US"] = "usa";
        map["GB"] = "uk";
        map["DE"] = "west-germany|east-germany";
        map["RU"] = "ussr";
        map["KR"] = "south-korea";
        map["KP"] = "north-korea";
        map["AE"] = "uae";
        map["CI"] = "ivory-coast";
        map["CZ"] = "czechoslovakia";
        map["MM"] = "burma";
        map["HK"] = "hong-kong";
        map["TW"] = "taiwan";
        map["CN"] = "china";
        map["NL"] = "netherlands";
        map["VN"] = "vietnam";
        map["RS"] = "yugoslavia";
        map["SI"] = "yugoslavia";
        map["HR"] = "yugoslavia";
        map["CD"] = "zaire";
        return map;
    }

    // ---------------------------------------------------------------- AG News

    /// <summary>An unmistakable dateline opening: a city in capitals, optional region, optional (source), then a dash.</summary>
    [GeneratedRegex(@"^\s*([A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,4})(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})?(?:,? [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?(?: ?\([^)]{1,30}\))? ?(?:-{1,2}|—) ", RegexOptions.None, 10_000)]
    private static partial Regex ObviousDatelineRegex();

    /// <summary>AG News test descriptions (2004 web feeds): how often a dateline is found where a simple pattern
    /// sees one (recall proxy), and where the pattern sees none (listed with --verbose for review).</summary>
    private static int EvaluateAgNews(string data, bool verbose)
    {
        string path = Path.Combine(data, "ag-news", "test.csv");
        if (!File.Exists(path))
        {
            return 0;
        }

        int docs = 0, obvious = 0, foundObvious = 0, foundOther = 0;
        foreach (List<string> f in CsvRecords.ReadFile(path))
        {
            if (f.Count < 3)
            {
                continue;
            }

            docs++;
            string description = f[2].Replace("\\", " ", StringComparison.Ordinal);
            string text = f[1] + "\n\n" + description;
            Dateline? d = NewsAnalyzer.ParseDateline(text);
            Match m = ObviousDatelineRegex().Match(description);
            bool isObvious = m.Success && !m.Groups[1].Value.Equals("AFP", StringComparison.Ordinal) && m.Groups[1].Value.Length > 3;
            if (isObvious)
            {
                obvious++;
                foundObvious += d is not null ? 1 : 0;
                if (d is null && verbose)
                {
                    Console.WriteLine($"  AG missed: {description[..Math.Min(90, description.Length)]}");
                }
            }
            else if (d is not null)
            {
                foundOther++;
                if (verbose)
                {
                    Console.WriteLine($"  AG other: [{d.Text}] {d.City}/{d.Region}/{d.Country}/{d.Agency} | {description[..Math.Min(70, description.Length)]}");
                }
            }
        }

        Console.WriteLine($"AG News test ({docs:N0} title + description): obvious 'CITY[, Region] [(Source)] -' openings {obvious:N0}, found {Pct(foundObvious, obvious)}; "
            + $"other datelines found {foundOther:N0} (review with --verbose)");
        return 0;
    }

    // ---------------------------------------------------------------- BBC

    private static int EvaluateBbc(string data, bool verbose)
    {
        string dir = Path.Combine(data, "bbc-news", "bbc");
        int docs = 0, fp = 0, headlineOk = 0, bylines = 0, boilerplate = 0;
        var analyzer = NewsAnalyzer.Create(new NewsAnalyzerOptions { FindEntities = false, FindQuotes = false, ClassifyTopics = false });
        foreach (string file in Directory.GetFiles(dir, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string text = File.ReadAllText(file, Encoding.UTF8);
            docs++;
            NewsAnalysis analysis = analyzer.Analyze(text);
            headlineOk += analysis.Headline?.Text == text[..text.IndexOf('\n', StringComparison.Ordinal)].Trim() ? 1 : 0;
            bylines += analysis.Byline is null ? 0 : 1;
            boilerplate += analysis.Boilerplate.Count;
            if (verbose && analysis.Byline is not null)
            {
                Console.WriteLine($"  BBC byline {Path.GetFileName(file)}: {analysis.Byline.Text}");
            }

            if (verbose)
            {
                foreach (TextSegment b in analysis.Boilerplate)
                {
                    Console.WriteLine($"  BBC boilerplate {Path.GetFileName(file)}: {b.Text}");
                }
            }
            Dateline? d = NewsAnalyzer.ParseDateline(text);
            if (d is not null)
            {
                fp++;
                if (verbose)
                {
                    Console.WriteLine($"  BBC FP {Path.GetFileName(Path.GetDirectoryName(file))}/{Path.GetFileName(file)}: {d.Text}");
                }
            }
        }

        Console.WriteLine($"BBC News (no datelines): false positives {fp}/{docs} ({Pct(fp, docs)}); headline = first line {Pct(headlineOk, docs)}; "
            + $"bylines found {bylines}; boilerplate segments {boilerplate} (BBC files have none; review with --verbose)");
        return 0;
    }
}
