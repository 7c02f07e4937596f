using System.IO.Compression;
using System.Text;

namespace NewsNlp;

/// <summary>Place names, demonyms, first names, person titles and organization suffixes, built from GeoNames
/// (CC BY 4.0) and mledoze/countries (ODbL 1.0) by the training command into <c>Models/gazetteer.bin</c>.
/// Lookups are case-insensitive and take spans. Never mutated after loading, so safe for concurrent reads.</summary>
internal sealed class Gazetteer
{
    public const ushort Country = 1;
    public const ushort City = 2;
    public const ushort Region = 4;
    public const ushort Demonym = 8;
    public const ushort FirstName = 16;
    public const ushort Title = 32;
    public const ushort OrgSuffix = 64;
    public const ushort BigCity = 128;
    public const int TypeCount = 8;
    public const int MaxPhraseWords = 6;

    /// <summary>Set on a phrase entry when a longer phrase starts with it.</summary>
    private const uint ContinuesBit = 1u << 16;

    private static readonly Lazy<Gazetteer> s_default = new(LoadDefault);

    private readonly Dictionary<string, string> _countries;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _countryLookup;
    private readonly Dictionary<string, string> _demonyms;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _demonymLookup;
    private readonly Dictionary<string, (string Code, int Population)[]> _cities;
    private readonly Dictionary<string, (string Code, int Population)[]>.AlternateLookup<ReadOnlySpan<char>> _cityLookup;
    private readonly Dictionary<string, string[]> _regions;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _regionLookup;
    private readonly Dictionary<string, (string Name, string Continent)> _countryInfo;
    private readonly Dictionary<ulong, uint> _phrases;

    private Gazetteer(
        Dictionary<string, string> countries,
        Dictionary<string, string> demonyms,
        Dictionary<string, List<(string, int)>> cities,
        Dictionary<string, List<string>> regions,
        Dictionary<string, (string, string)> countryInfo,
        Dictionary<ulong, uint> phrases)
    {
        _countries = countries;
        _countryLookup = _countries.GetAlternateLookup<ReadOnlySpan<char>>();
        _demonyms = demonyms;
        _demonymLookup = _demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        _cities = new Dictionary<string, (string Code, int Population)[]>(cities.Count, StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, List<(string, int)>> kv in cities)
        {
            (string Code, int Population)[] list = [.. kv.Value];
            Array.Sort(list, static (x, y) => x.Population != y.Population ? y.Population.CompareTo(x.Population) : string.CompareOrdinal(x.Code, y.Code));
            _cities[kv.Key] = list;
        }

        _cityLookup = _cities.GetAlternateLookup<ReadOnlySpan<char>>();
        _regions = new Dictionary<string, string[]>(regions.Count, StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, List<string>> kv in regions)
        {
            _regions[kv.Key] = [.. kv.Value];
        }

        _regionLookup = _regions.GetAlternateLookup<ReadOnlySpan<char>>();
        _countryInfo = countryInfo;
        _phrases = phrases;
    }

    /// <summary>Gets the gazetteer embedded in the library (loaded once, lazily).</summary>
    public static Gazetteer Default => s_default.Value;

    /// <summary>The ISO 3166-1 alpha-2 code of a country name or alias (<c>U.S.</c>, <c>Britain</c>).</summary>
    public bool TryGetCountry(ReadOnlySpan<char> name, out string code) => _countryLookup.TryGetValue(name, out code!);

    /// <summary>The country code of a demonym (<c>Chinese</c> → CN).</summary>
    public bool TryGetDemonym(ReadOnlySpan<char> word, out string code) => _demonymLookup.TryGetValue(word, out code!);

    /// <summary>The country code and population of the most populous city with that name.</summary>
    public bool TryGetCity(ReadOnlySpan<char> name, out string code, out int population) => TryGetCity(name, null, out code, out population);

    /// <summary>The country code and population of a city with that name: the most populous one in
    /// <paramref name="preferred"/> countries when there is one, else the most populous anywhere.</summary>
    public bool TryGetCity(ReadOnlySpan<char> name, IReadOnlySet<string>? preferred, out string code, out int population)
    {
        if (_cityLookup.TryGetValue(name, out var list))
        {
            var pick = list[0];
            if (preferred is not null)
            {
                foreach (var c in list)
                {
                    if (preferred.Contains(c.Code))
                    {
                        pick = c;
                        break;
                    }
                }
            }

            code = pick.Code;
            population = pick.Population;
            return true;
        }

        code = string.Empty;
        population = 0;
        return false;
    }

    /// <summary>The country code of a first-level region (state, province) with that name, preferring <paramref name="preferred"/> countries.</summary>
    public bool TryGetRegion(ReadOnlySpan<char> name, IReadOnlySet<string>? preferred, out string code)
    {
        if (_regionLookup.TryGetValue(name, out var list))
        {
            code = list[0];
            if (preferred is not null)
            {
                foreach (string c in list)
                {
                    if (preferred.Contains(c))
                    {
                        code = c;
                        break;
                    }
                }
            }

            return true;
        }

        code = string.Empty;
        return false;
    }

    /// <summary>The English short name of a country code.</summary>
    public string? GetCountryName(string code) => _countryInfo.TryGetValue(code, out var v) ? v.Name : null;

    /// <summary>The continent code (AF, AS, EU, NA, OC, SA, AN) of a country code.</summary>
    public string? GetContinent(string code) => _countryInfo.TryGetValue(code, out var v) ? v.Continent : null;

    /// <summary>Looks up the phrase whose combined word hash is <paramref name="phraseHash"/>.</summary>
    /// <param name="phraseHash">The combined hash (<see cref="PhraseHash"/>).</param>
    /// <param name="types">Receives the type bits of the phrase, or 0 when it is not one.</param>
    /// <returns>Whether some longer phrase starts with this one (so that matching should read the next word).</returns>
    public bool TryPhrase(ulong phraseHash, out ushort types)
    {
        _phrases.TryGetValue(phraseHash, out uint entry);
        types = (ushort)entry;
        return (entry & ContinuesBit) != 0;
    }

    /// <summary>Combined hash of a phrase's words (lower-cased, see <see cref="FeatureHash.Lower"/>).</summary>
    public static ulong PhraseHash(ulong previous, ulong wordHash, bool first) => first ? wordHash : FeatureHash.Combine(previous, wordHash);

    /// <summary>Reads the Brotli-compressed text format written by the training command.</summary>
    public static Gazetteer Load(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        var countries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var demonyms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var cities = new Dictionary<string, List<(string, int)>>(StringComparer.OrdinalIgnoreCase);
        var regions = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var info = new Dictionary<string, (string, string)>(StringComparer.OrdinalIgnoreCase);
        var phrases = new Dictionary<ulong, uint>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            string[] f = line.Split('\t');
            if (f.Length < 2)
            {
                continue;
            }

            switch (f[0])
            {
                case "C" when f.Length >= 4:
                    info[f[1]] = (f[3], f[2]);
                    countries.TryAdd(f[3], f[1]);
                    AddPhrase(phrases, f[3], Country);
                    break;
                case "A" when f.Length >= 3:
                    countries.TryAdd(f[2], f[1]);
                    AddPhrase(phrases, f[2], Country);
                    break;
                case "D" when f.Length >= 3:
                    demonyms.TryAdd(f[2], f[1]);
                    AddPhrase(phrases, f[2], Demonym);
                    break;
                case "Y" when f.Length >= 4:
                    int pop = int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture);
                    if (!cities.TryGetValue(f[3], out var list))
                    {
                        cities[f[3]] = list = [];
                    }

                    list.Add((f[1], pop));

                    AddPhrase(phrases, f[3], pop >= 500_000 ? (ushort)(City | BigCity) : City);
                    break;
                case "R" when f.Length >= 3:
                    if (f[1].Length == 2)
                    {
                        if (!regions.TryGetValue(f[2], out var rl))
                        {
                            regions[f[2]] = rl = [];
                        }

                        if (!rl.Contains(f[1]))
                        {
                            rl.Add(f[1]);
                        }
                    }

                    AddPhrase(phrases, f[2], Region);
                    break;
                case "F":
                    AddPhrase(phrases, f[1], FirstName);
                    break;
                case "T":
                    AddPhrase(phrases, f[1], Title);
                    break;
                case "O":
                    AddPhrase(phrases, f[1], OrgSuffix);
                    break;
                default:
                    break;
            }
        }

        return new Gazetteer(countries, demonyms, cities, regions, info, phrases);
    }

    private static void AddPhrase(Dictionary<ulong, uint> phrases, string phrase, ushort type)
    {
        Span<ulong> prefixes = stackalloc ulong[MaxPhraseWords];
        ulong h = 0;
        int n = 0;
        foreach (Range r in phrase.AsSpan().Split(' '))
        {
            ReadOnlySpan<char> w = phrase.AsSpan(r);
            if (w.IsEmpty)
            {
                continue;
            }

            if (n == MaxPhraseWords)
            {
                return;
            }

            h = PhraseHash(h, FeatureHash.Lower(w), n == 0);
            prefixes[n++] = h;
        }

        if (n == 0)
        {
            return;
        }

        phrases[h] = phrases.GetValueOrDefault(h) | type;
        for (int k = 0; k < n - 1; k++)
        {
            phrases[prefixes[k]] = phrases.GetValueOrDefault(prefixes[k]) | ContinuesBit;
        }
    }

    private static Gazetteer LoadDefault()
    {
        using Stream? s = typeof(NewsAnalyzer).Assembly.GetManifestResourceStream("NewsNlp.Models.gazetteer.bin")
            ?? throw new InvalidOperationException("Embedded resource NewsNlp.Models.gazetteer.bin is missing.");
        return Load(s);
    }
}
