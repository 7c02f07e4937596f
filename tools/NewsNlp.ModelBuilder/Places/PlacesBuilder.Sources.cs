using System.Globalization;
using System.Text.Json;

namespace NewsNlp.ModelBuilder;

/// <summary>Readers of the place sources under ../shared/data (read each one's SOURCE.md for its terms).</summary>
internal sealed partial class PlacesBuilder
{
    /// <summary>A row of GeoNames countryInfo.txt.</summary>
    private sealed record GeoCountry(string Code, string Name, string Capital, long Population, string Continent);

    /// <summary>A country of mledoze/countries.</summary>
    private sealed record MledozeCountry(string Code, string CommonName, string OfficialName, string[] AltSpellings, string[] Demonyms, string? Subregion);

    /// <summary>A row of GeoNames cities15000.txt, with the other names indexed for it.</summary>
    private sealed record GeoCity(long Id, string Name, string AsciiName, string Country, string FeatureCode, int Population, string[] IndexedAlternates);

    /// <summary>A row of GeoNames regionInfo.tsv (admin1).</summary>
    private sealed record GeoRegion(string Country, string Name, string AsciiName);

    private static GeoCountry[] ReadCountryInfo(string path)
    {
        var list = new List<GeoCountry>();
        foreach (string line in File.ReadLines(path))
        {
            string[] f = line.Split('\t');
            if (line.StartsWith('#') || f.Length <= 8 || f[0].Length != 2)
            {
                continue;
            }

            list.Add(new GeoCountry(f[0], f[4], f[5], long.Parse(f[7], CultureInfo.InvariantCulture), f[8]));
        }

        return [.. list];
    }

    private static MledozeCountry[] ReadMledoze(string path)
    {
        var list = new List<MledozeCountry>();
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (JsonElement c in json.RootElement.EnumerateArray())
        {
            JsonElement name = c.GetProperty("name");
            var alts = new List<string>();
            if (c.TryGetProperty("altSpellings", out JsonElement altSpellings))
            {
                foreach (JsonElement a in altSpellings.EnumerateArray())
                {
                    if (a.GetString() is { Length: > 0 } s)
                    {
                        alts.Add(s);
                    }
                }
            }

            var demonyms = new List<string>();
            if (c.TryGetProperty("demonyms", out JsonElement dem) && dem.TryGetProperty("eng", out JsonElement eng))
            {
                foreach (JsonProperty g in eng.EnumerateObject())
                {
                    if (g.Value.GetString() is { Length: > 0 } d)
                    {
                        demonyms.Add(d);
                    }
                }
            }

            string? subregion = c.TryGetProperty("subregion", out JsonElement sr) ? sr.GetString() : null;
            list.Add(new MledozeCountry(c.GetProperty("cca2").GetString()!, name.GetProperty("common").GetString()!,
                name.GetProperty("official").GetString()!, [.. alts], [.. demonyms], subregion));
        }

        return [.. list];
    }

    private static GeoCity[] ReadCities(string path)
    {
        var list = new List<GeoCity>();
        foreach (string line in File.ReadLines(path))
        {
            string[] f = line.Split('\t');
            if (f.Length < 15)
            {
                continue;
            }

            int population = long.TryParse(f[14], NumberStyles.Integer, CultureInfo.InvariantCulture, out long p) ? (int)Math.Min(p, int.MaxValue) : 0;
            string[] alternates = population < PlaceRules.AlternateNamePopulation ? []
                : [.. f[3].Split(',').Where(a => a.Length >= PlaceRules.MinAlternateNameLength && a.Length <= PlaceRules.MaxAlternateNameLength
                    && char.IsAsciiLetterUpper(a[0]) && IsPlainName(a))];
            list.Add(new GeoCity(long.Parse(f[0], CultureInfo.InvariantCulture), f[1], f[2], f[8], f[7], population, alternates));
        }

        return [.. list];
    }

    private static GeoRegion[] ReadRegions(string path)
    {
        var list = new List<GeoRegion>();
        foreach (string line in File.ReadLines(path))
        {
            string[] f = line.Split('\t');
            if (line.StartsWith('#') || f.Length < 3)
            {
                continue;
            }

            list.Add(new GeoRegion(f[0].Split('.')[0], f[1], f[2]));
        }

        return [.. list];
    }

    /// <summary>Letters, spaces, hyphens, apostrophes and periods only: a name, not a code or another script.</summary>
    private static bool IsPlainName(string s)
    {
        foreach (char c in s)
        {
            if (!(char.IsAsciiLetter(c) || c is ' ' or '-' or '\'' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
