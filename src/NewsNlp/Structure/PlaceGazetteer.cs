using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;

namespace NewsNlp;

/// <summary>Place lookups for datelines: regions (states, provinces, countries) and cities, keyed
/// case-insensitively with periods dropped, queried by span. Built lazily once per process from
/// <see cref="PlaceTables"/> and the embedded <c>datelines.bin</c> (GeoNames, CC BY 4.0).</summary>
internal sealed class PlaceGazetteer
{
    /// <summary>The embedded resource name.</summary>
    public const string ResourceName = "NewsNlp.Models.datelines.bin";

    private const int MaxKeyLength = 64;

    private static readonly Lazy<PlaceGazetteer> s_instance = new(Load);

    private readonly FrozenDictionary<string, PlaceRegion>.AlternateLookup<ReadOnlySpan<char>> _regions;
    private readonly FrozenDictionary<string, PlaceCity>.AlternateLookup<ReadOnlySpan<char>> _standAlone;
    private readonly FrozenDictionary<string, PlaceCity>.AlternateLookup<ReadOnlySpan<char>> _cities;

    private PlaceGazetteer(Dictionary<string, PlaceRegion> regions, Dictionary<string, PlaceCity> standAlone, Dictionary<string, PlaceCity> cities)
    {
        _regions = regions.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _standAlone = standAlone.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _cities = cities.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Gets the shared gazetteer.</summary>
    public static PlaceGazetteer Instance => s_instance.Value;

    /// <summary>Finds a state, province or country by name or abbreviation (<c>Mass.</c>, <c>N.J.</c>, <c>Taiwan</c>).</summary>
    public bool TryGetRegion(ReadOnlySpan<char> written, out PlaceRegion region)
    {
        region = default;
        Span<char> buffer = stackalloc char[MaxKeyLength];
        int n = NormalizeKey(written, buffer);
        if (n <= 0 || !_regions.TryGetValue(buffer[..n], out region))
        {
            return false;
        }

        if (region.PostalOnly)
        {
            // Two-letter postal codes (IN, OR, ME) count only when written as two capitals.
            return written.Length == 2 && char.IsUpper(written[0]) && char.IsUpper(written[1]);
        }

        return true;
    }

    /// <summary>Finds a city: AP stand-alone cities first, then GeoNames cities (most populous of a name).</summary>
    public bool TryGetCity(ReadOnlySpan<char> written, out PlaceCity city, out bool standAlone)
    {
        Span<char> buffer = stackalloc char[MaxKeyLength];
        int n = NormalizeKey(written, buffer);
        standAlone = false;
        city = default;
        if (n <= 0)
        {
            return false;
        }

        if (_standAlone.TryGetValue(buffer[..n], out city))
        {
            standAlone = true;
            return true;
        }

        if (_cities.TryGetValue(buffer[..n], out city))
        {
            return true;
        }

        // GeoNames spells out what datelines abbreviate: ST. PAUL -> Saint Paul, FT. WORTH -> Fort Worth.
        Span<char> expanded = stackalloc char[MaxKeyLength + 8];
        int m = ExpandAbbreviation(buffer[..n], expanded);
        return m > 0 && _cities.TryGetValue(expanded[..m], out city);
    }

    private static int ExpandAbbreviation(ReadOnlySpan<char> key, Span<char> destination)
    {
        int space = key.IndexOf(' ');
        if (space <= 0)
        {
            return 0;
        }

        string? full = key[..space] switch
        {
            "st" => "saint",
            "ste" => "sainte",
            "ft" => "fort",
            "mt" => "mount",
            "pt" => "port",
            _ => null,
        };
        if (full is null || full.Length + key.Length - space > destination.Length)
        {
            return 0;
        }

        full.AsSpan().CopyTo(destination);
        key[space..].CopyTo(destination[full.Length..]);
        return full.Length + key.Length - space;
    }

    /// <summary>Lower-cases, drops periods, folds curly apostrophes and collapses whitespace. Returns the
    /// key length, or -1 when the key would be too long.</summary>
    public static int NormalizeKey(ReadOnlySpan<char> source, Span<char> destination)
    {
        int n = 0;
        bool pendingSpace = false;
        foreach (char c in source)
        {
            if (c == '.')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = n > 0;
                continue;
            }

            if (n + (pendingSpace ? 2 : 1) > destination.Length)
            {
                return -1;
            }

            if (pendingSpace)
            {
                destination[n++] = ' ';
                pendingSpace = false;
            }

            destination[n++] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
        }

        return n;
    }

    private static string Key(string s)
    {
        Span<char> buffer = stackalloc char[MaxKeyLength];
        int n = NormalizeKey(s, buffer);
        return n <= 0 ? string.Empty : new string(buffer[..n]);
    }

    private static PlaceGazetteer Load()
    {
        var regions = new Dictionary<string, PlaceRegion>(StringComparer.Ordinal);
        var standAlone = new Dictionary<string, PlaceCity>(StringComparer.Ordinal);
        var cities = new Dictionary<string, PlaceCity>(StringComparer.Ordinal);

        // Hand-written tables first: they win over GeoNames.
        foreach (string[] state in PlaceTables.UsStates)
        {
            AddRegion(regions, state[0], new PlaceRegion(state[0], "US", false));
            for (int i = 1; i < state.Length; i++)
            {
                bool postal = state[i].Length == 2 && !state[i].Contains('.', StringComparison.Ordinal);
                AddRegion(regions, state[i], new PlaceRegion(state[0], "US", postal));
            }
        }

        foreach (string[] row in PlaceTables.OtherRegions)
        {
            for (int i = 1; i < row.Length; i++)
            {
                AddRegion(regions, row[i], new PlaceRegion(row[1], row[0], false));
            }
        }

        foreach (string[] row in PlaceTables.CountryAliases)
        {
            for (int i = 1; i < row.Length; i++)
            {
                bool postal = row[i].Length == 2 && !row[i].Contains('.', StringComparison.Ordinal);
                AddRegion(regions, row[i], new PlaceRegion(row[i], row[0], postal));
            }
        }

        foreach (string[] row in PlaceTables.StandAloneCities)
        {
            for (int i = 1; i < row.Length; i++)
            {
                standAlone.TryAdd(Key(row[i]), new PlaceCity(row[i], row[0]));
            }
        }

        using Stream? stream = typeof(PlaceGazetteer).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is not null)
        {
            using var brotli = new BrotliStream(stream, CompressionMode.Decompress);
            using var reader = new StreamReader(brotli, Encoding.UTF8);
            while (reader.ReadLine() is { } line)
            {
                string[] f = line.Split('\t');
                if (f.Length != 3 || f[1].Length == 0)
                {
                    continue;
                }

                switch (f[0])
                {
                    case "N":
                        AddRegion(regions, f[1], new PlaceRegion(f[1], f[2], false));
                        break;
                    case "R":
                        AddRegion(regions, f[1], new PlaceRegion(f[1], f[2].Length == 0 ? null : f[2], false));
                        break;
                    case "C":
                        string key = Key(f[1]);
                        if (key.Length > 0)
                        {
                            cities.TryAdd(key, new PlaceCity(f[1], f[2]));
                        }

                        break;
                    default:
                        break;
                }
            }
        }

        return new PlaceGazetteer(regions, standAlone, cities);
    }

    private static void AddRegion(Dictionary<string, PlaceRegion> regions, string written, PlaceRegion region)
    {
        string key = Key(written);
        if (key.Length > 0)
        {
            regions.TryAdd(key, region);
        }
    }
}
