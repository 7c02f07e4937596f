using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsNlp.Training;

/// <summary>Builds src/NewsNlp/Models/topics-regions.bin: one line per ISO 3166-1 alpha-2 country,
/// <c>CC \t name \t region;region \t alias|alias</c>. Continents come from GeoNames countryInfo.txt (CC BY 4.0),
/// names, subregions, demonyms and alternative spellings from mledoze/countries (ODbL 1.0, so the table is a derived
/// database under ODbL); the Middle East is a hand-made list, and Latin America is South America, Central America,
/// the Caribbean and Mexico.</summary>
internal static class RegionTableBuilder
{
    /// <summary>Hand-made Middle East: the Gulf, the Levant, Iran, Iraq, Turkey, Yemen and Egypt.</summary>
    private static readonly HashSet<string> s_middleEast =
        new(["AE", "BH", "EG", "IL", "IQ", "IR", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "TR", "YE"], StringComparer.Ordinal);

    private static readonly Dictionary<string, string> s_continents = new(StringComparer.Ordinal)
    {
        ["AF"] = "Africa", ["AS"] = "Asia", ["EU"] = "Europe", ["NA"] = "North America", ["SA"] = "South America",
        ["OC"] = "Oceania", ["AN"] = "Antarctica",
    };

    /// <summary>Extra aliases news writes that the sources lack.</summary>
    private static readonly Dictionary<string, string[]> s_extraAliases = new(StringComparer.Ordinal)
    {
        ["US"] = ["U.S.", "U.S.A.", "America", "Americans", "Washington"],
        ["GB"] = ["U.K.", "Britain", "Britons", "England", "English", "Scotland", "Scottish", "Wales", "Welsh"],
        ["CN"] = ["Beijing"],
        ["RU"] = ["Moscow", "Kremlin", "Russians"],
        ["KR"] = ["South Korea", "Seoul", "South Korean"],
        ["KP"] = ["North Korea", "Pyongyang", "North Korean"],
    };

    public static void Write(string data, string path)
    {
        var continent = new Dictionary<string, string>(StringComparer.Ordinal);
        var capital = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(data, "geonames", "countryInfo.txt")))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            string[] f = line.Split('\t');
            if (f.Length > 8 && f[0].Length == 2)
            {
                continent[f[0]] = f[8];
                capital[f[0]] = f[5];
            }
        }

        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(data, "mledoze-countries", "countries.json")));
        var lines = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (JsonElement c in json.RootElement.EnumerateArray())
        {
            string cc = c.GetProperty("cca2").GetString()!;
            if (!continent.TryGetValue(cc, out string? cont))
            {
                continue;
            }

            string name = c.GetProperty("name").GetProperty("common").GetString()!;
            string subregion = c.TryGetProperty("subregion", out JsonElement sr) ? sr.GetString() ?? string.Empty : string.Empty;
            var regions = new List<string>();
            if (s_middleEast.Contains(cc))
            {
                if (cont != "AS")
                {
                    regions.Add(s_continents[cont]);
                }

                regions.Add("Middle East");
            }
            else
            {
                regions.Add(s_continents[cont]);
            }

            if (cont == "SA" || subregion is "Central America" or "Caribbean" || cc == "MX")
            {
                regions.Add("Latin America");
            }

            var aliases = new SortedSet<string>(StringComparer.Ordinal) { name };
            string official = c.GetProperty("name").GetProperty("official").GetString()!;
            aliases.Add(official);
            if (c.TryGetProperty("demonyms", out JsonElement dem) && dem.TryGetProperty("eng", out JsonElement eng))
            {
                aliases.Add(eng.GetProperty("m").GetString()!);
                aliases.Add(eng.GetProperty("f").GetString()!);
            }

            foreach (JsonElement alt in c.GetProperty("altSpellings").EnumerateArray())
            {
                string a = alt.GetString()!;
                if (a.Length >= 4 && IsAsciiName(a))
                {
                    aliases.Add(a);
                }
            }

            if (capital.TryGetValue(cc, out string? cap) && cap.Length >= 4)
            {
                aliases.Add(cap);
            }

            if (s_extraAliases.TryGetValue(cc, out string[]? extra))
            {
                aliases.UnionWith(extra);
            }

            aliases.RemoveWhere(a => a.Contains('|', StringComparison.Ordinal) || a.Contains('\t', StringComparison.Ordinal));
            lines[cc] = cc + "\t" + name + "\t" + string.Join(';', regions) + "\t" + string.Join('|', aliases);
        }

        var sb = new StringBuilder();
        foreach (string line in lines.Values)
        {
            sb.Append(line).Append('\n');
        }

        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path} ({lines.Count} countries)"));
    }

    private static bool IsAsciiName(string s)
    {
        foreach (char ch in s)
        {
            if (ch > 127)
            {
                return false;
            }
        }

        return true;
    }
}
