using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace NewsNlp.Training;

/// <summary>Builds <c>Models/gazetteer.bin</c> from GeoNames (CC BY 4.0) and mledoze/countries (ODbL 1.0),
/// plus hand-written person titles and organization suffixes, and first names seen in the training data.</summary>
internal static class NerGazetteerBuilder
{
    private static readonly string[] s_extraCountryAliases =
    [
        "US\tU.S.", "US\tU.S.A.", "US\tAmerica", "US\tUnited States", "US\tUS", "US\tUSA",
        "GB\tBritain", "GB\tU.K.", "GB\tUK", "GB\tEngland", "GB\tScotland", "GB\tWales", "GB\tNorthern Ireland", "GB\tGreat Britain",
        "NL\tHolland", "CZ\tCzech Republic", "CI\tIvory Coast", "MM\tBurma", "VA\tVatican", "PS\tPalestine",
        "KR\tS. Korea", "KP\tN. Korea", "RU\tSoviet Union", "RU\tUSSR", "CD\tCongo", "AE\tUAE", "AE\tU.A.E.",
        "TW\tTaiwan", "CN\tMainland China", "KR\tKorea", "MK\tMacedonia", "TR\tTurkey", "SZ\tSwaziland", "CV\tCape Verde",
    ];

    private static readonly string[] s_extraDemonyms =
    [
        "US\tAmerican", "US\tAmericans", "GB\tBritish", "GB\tBriton", "GB\tBritons", "GB\tEnglish", "GB\tScottish", "GB\tWelsh", "GB\tScot", "GB\tScots",
        "CN\tChinese", "TW\tTaiwanese", "JP\tJapanese", "RU\tSoviet", "NL\tDutch", "FR\tFrench", "DE\tGerman", "DE\tGermans",
        "IL\tIsraeli", "IL\tIsraelis", "PS\tPalestinian", "PS\tPalestinians", "SA\tSaudi", "SA\tSaudis", "IR\tIranian", "IQ\tIraqi",
        "KR\tSouth Korean", "KP\tNorth Korean", "AF\tAfghan", "PH\tFilipino", "PH\tPhilippine", "TH\tThai", "CH\tSwiss",
        "BA\tBosnian", "BA\tBosnians", "RS\tSerb", "RS\tSerbs", "HR\tCroat", "HR\tCroats", "AZ\tAzeri", "PL\tPole", "PL\tPoles",
    ];

    private static readonly string[] s_titles =
    [
        "president", "vice president", "vice-president", "president-elect", "prime minister", "premier", "chancellor", "minister",
        "foreign minister", "defence minister", "defense minister", "finance minister", "interior minister", "trade minister",
        "economy minister", "justice minister", "health minister", "energy minister", "agriculture minister", "deputy prime minister",
        "deputy foreign minister", "secretary", "secretary of state", "secretary of commerce", "secretary of defense", "secretary of the treasury",
        "treasury secretary", "defense secretary", "defence secretary", "foreign secretary", "home secretary", "commerce secretary",
        "press secretary", "secretary-general", "secretary general", "state secretary", "undersecretary", "under secretary",
        "assistant secretary", "attorney general", "senator", "sen.", "rep.", "representative", "congressman", "congresswoman",
        "gov.", "governor", "mayor", "king", "queen", "prince", "princess", "emperor", "pope", "sheikh", "ayatollah", "archbishop",
        "bishop", "cardinal", "rev.", "reverend", "father", "general", "gen.", "lt.", "lieutenant", "col.", "colonel", "maj.", "major",
        "capt.", "captain", "sgt.", "sergeant", "admiral", "adm.", "commander", "judge", "justice", "chief justice", "ambassador",
        "envoy", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "ceo", "chief executive",
        "chief executive officer", "executive", "director", "managing director", "president and chief executive", "founder",
        "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "captain", "mr.", "mrs.", "ms.", "miss", "dr.",
        "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "dame", "prof.", "professor", "commissioner", "deputy", "speaker",
        "house speaker", "leader", "opposition leader", "party leader", "chief", "officer", "analyst", "economist", "diplomat",
        "dictator", "strongman", "rebel leader", "counterpart", "lawmaker", "legislator", "senior", "official", "police chief",
        "trader", "dealer", "broker", "champion", "world champion", "seed", "veteran", "rookie", "actor", "actress", "singer",
    ];

    private static readonly string[] s_orgSuffixes =
    [
        "corp", "corp.", "corporation", "inc", "inc.", "incorporated", "ltd", "ltd.", "limited", "plc", "co", "co.", "llc", "lp",
        "group", "bank", "ministry", "department", "agency", "university", "college", "school", "party", "council", "commission",
        "committee", "association", "union", "federation", "institute", "foundation", "company", "airlines", "airways", "motors",
        "holdings", "bancorp", "ag", "sa", "nv", "gmbh", "s.a.", "n.v.", "a.g.", "fund", "court", "congress", "parliament", "club",
        "fc", "news", "press", "times", "post", "journal", "service", "office", "authority", "board", "organisation", "organization",
        "exchange", "army", "navy", "police", "force", "forces", "assembly", "senate", "house", "trust", "bureau", "network",
        "international", "industries", "systems", "technologies", "communications", "securities", "capital", "partners", "media",
        "reserve", "front", "movement", "league", "alliance", "society", "centre", "center", "hospital", "church", "tribunal",
    ];

    public static byte[] Build(string data, IEnumerable<NerSample> training)
    {
        var sb = new StringBuilder();

        // GeoNames countries: code, continent, name.
        foreach (string line in File.ReadLines(Path.Combine(data, "geonames", "countryInfo.txt")))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            string[] f = line.Split('\t');
            if (f.Length > 8)
            {
                sb.Append("C\t").Append(f[0]).Append('\t').Append(f[8]).Append('\t').Append(f[4]).Append('\n');
            }
        }

        // mledoze: names, official names, alternative spellings, demonyms.
        using (JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(data, "mledoze-countries", "countries.json"))))
        {
            foreach (JsonElement c in json.RootElement.EnumerateArray())
            {
                string code = c.GetProperty("cca2").GetString()!;
                JsonElement name = c.GetProperty("name");
                AddAlias(sb, code, name.GetProperty("common").GetString());
                AddAlias(sb, code, name.GetProperty("official").GetString());
                if (c.TryGetProperty("altSpellings", out JsonElement alts))
                {
                    foreach (JsonElement a in alts.EnumerateArray())
                    {
                        string? s = a.GetString();
                        if (s is not null && s.Length > 2 && s.All(ch => ch < 0x250))
                        {
                            AddAlias(sb, code, s);
                        }
                    }
                }

                if (c.TryGetProperty("demonyms", out JsonElement dem) && dem.TryGetProperty("eng", out JsonElement eng))
                {
                    foreach (JsonProperty g in eng.EnumerateObject())
                    {
                        string? d = g.Value.GetString();
                        if (!string.IsNullOrEmpty(d))
                        {
                            sb.Append("D\t").Append(code).Append('\t').Append(d).Append('\n');
                            if (!d.EndsWith('s') && !d.EndsWith("ese", StringComparison.Ordinal) && !d.EndsWith("ish", StringComparison.Ordinal) && !d.EndsWith("ch", StringComparison.Ordinal))
                            {
                                sb.Append("D\t").Append(code).Append('\t').Append(d).Append("s\n");
                            }
                        }
                    }
                }
            }
        }

        foreach (string a in s_extraCountryAliases)
        {
            sb.Append("A\t").Append(a).Append('\n');
        }

        foreach (string a in s_extraDemonyms)
        {
            sb.Append("D\t").Append(a).Append('\n');
        }

        // GeoNames cities (population >= 15,000 or capitals): name and ASCII name.
        foreach (string line in File.ReadLines(Path.Combine(data, "geonames", "cities15000.txt")))
        {
            string[] f = line.Split('\t');
            if (f.Length < 15)
            {
                continue;
            }

            string pop = long.TryParse(f[14], NumberStyles.Integer, CultureInfo.InvariantCulture, out long p) ? Math.Min(p, int.MaxValue).ToString(CultureInfo.InvariantCulture) : "0";
            sb.Append("Y\t").Append(f[8]).Append('\t').Append(pop).Append('\t').Append(f[1]).Append('\n');
            if (f[2] != f[1])
            {
                sb.Append("Y\t").Append(f[8]).Append('\t').Append(pop).Append('\t').Append(f[2]).Append('\n');
            }
        }

        // First-level regions (states, provinces).
        foreach (string line in File.ReadLines(Path.Combine(data, "geonames", "regionInfo.tsv")))
        {
            string[] f = line.Split('\t');
            if (line.StartsWith('#') || f.Length < 3)
            {
                continue;
            }

            string code = f[0].Split('.')[0];
            sb.Append("R\t").Append(code).Append('\t').Append(f[2]).Append('\n');
        }

        foreach (string r in new[] { "Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Middle East", "Oceania", "Antarctica", "Caribbean", "Balkans", "Gulf", "Persian Gulf", "Pacific", "Atlantic", "Mediterranean", "Scandinavia", "Central America", "Southeast Asia", "East Asia", "Central Asia", "West Bank", "Gaza", "Gaza Strip", "Kashmir", "Chechnya", "Kosovo", "Siberia" })
        {
            sb.Append("R\t-\t").Append(r).Append('\n');
        }

        foreach (string t in s_titles)
        {
            sb.Append("T\t").Append(t).Append('\n');
        }

        foreach (string o in s_orgSuffixes)
        {
            sb.Append("O\t").Append(o).Append('\n');
        }

        // First names: first word of two- or three-word person names in the training data, seen at least twice.
        var firsts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (NerSample doc in training)
        {
            for (int i = 0; i + 1 < doc.Words.Count; i++)
            {
                if (doc.Tags[i] == 1 && doc.Tags[i + 1] == 2 && doc.Words[i].Length > 1 && char.IsUpper(doc.Words[i][0]) && char.IsLower(doc.Words[i][^1]))
                {
                    firsts[doc.Words[i]] = firsts.GetValueOrDefault(doc.Words[i]) + 1;
                }
            }
        }

        foreach (string f in firsts.Where(kv => kv.Value >= 2).Select(kv => kv.Key).Order(StringComparer.Ordinal))
        {
            sb.Append("F\t").Append(f).Append('\n');
        }

        using var ms = new MemoryStream();
        using (var brotli = new BrotliStream(ms, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            brotli.Write(Encoding.UTF8.GetBytes(sb.ToString()));
        }

        return ms.ToArray();
    }

    private static void AddAlias(StringBuilder sb, string code, string? name)
    {
        if (!string.IsNullOrEmpty(name))
        {
            sb.Append("A\t").Append(code).Append('\t').Append(name).Append('\n');
        }
    }
}
