using System.Collections.Frozen;
using System.Text;

namespace NewsNlp;

/// <summary>ISO 3166-1 alpha-2 code -> country name and world regions, plus a gazetteer of country names, demonyms
/// and capitals. Loaded once from the embedded <c>topics-regions.bin</c> (built by <c>NewsNlp.Training topics</c>
/// from GeoNames countryInfo.txt, CC BY 4.0, and mledoze/countries, ODbL 1.0).</summary>
internal sealed class RegionTable
{
    public const string ResourceName = "NewsNlp.Models.topics-regions.bin";

    private static readonly Lazy<RegionTable> s_instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private RegionTable(FrozenDictionary<string, (string Name, string[] Regions)> countries, FrozenDictionary<string, string> aliases, int maxAliasWords)
    {
        Countries = countries;
        Aliases = aliases;
        AliasLookup = aliases.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxAliasWords = maxAliasWords;
    }

    public static RegionTable Instance => s_instance.Value;

    /// <summary>Code -> (common name, regions).</summary>
    public FrozenDictionary<string, (string Name, string[] Regions)> Countries { get; }

    /// <summary>Exact-case alias (name, demonym, capital, spelling) -> code.</summary>
    public FrozenDictionary<string, string> Aliases { get; }

    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> AliasLookup { get; }

    public int MaxAliasWords { get; }

    private static RegionTable Load()
    {
        var countries = new Dictionary<string, (string, string[])>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        int maxWords = 1;
        using Stream? stream = typeof(NewsAnalyzer).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is not null)
        {
            using var reader = new StreamReader(stream, Encoding.UTF8);
            while (reader.ReadLine() is { } line)
            {
                string[] f = line.Split('\t');
                if (f.Length < 4 || f[0].Length != 2)
                {
                    continue;
                }

                countries[f[0]] = (f[1], f[2].Split(';', StringSplitOptions.RemoveEmptyEntries));
                foreach (string alias in f[3].Split('|', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (aliases.TryGetValue(alias, out string? other) && other != f[0])
                    {
                        ambiguous.Add(alias);
                    }

                    aliases[alias] = f[0];
                    maxWords = Math.Max(maxWords, alias.Split(' ').Length);
                }
            }
        }

        foreach (string a in ambiguous)
        {
            aliases.Remove(a);
        }

        return new RegionTable(countries.ToFrozenDictionary(StringComparer.Ordinal), aliases.ToFrozenDictionary(StringComparer.Ordinal), Math.Min(maxWords, 4));
    }
}
