namespace NewsNlp;

/// <summary>The one place index: countries (code, English short name, names and aliases, demonyms, continent, world
/// regions), first-level regions (with AP and postal abbreviations), cities (country, population, AP stand-alone
/// dateline cities) and world regions, every name under one key (<see cref="PlaceKey"/>). Loaded once from the
/// embedded <c>Models/places.bin</c>, which <c>NewsNlp.ModelBuilder places</c> builds from GeoNames (CC BY 4.0),
/// mledoze/countries (ODbL 1.0) and the hand tables. Never mutated after loading, so safe for concurrent reads.
/// <see cref="PlaceResolver"/> turns a written name (and the countries an article names) into a country code.</summary>
internal sealed partial class PlaceIndex
{
    private static readonly Lazy<PlaceIndex> s_default = new(static () => LoadEmbedded(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PlaceCountry[] _countries;
    private readonly string[] _worldRegionNames;
    private readonly string[][] _countryWorldRegions;
    private readonly PlaceRegionRecord[] _regions;
    private readonly PlaceCityRecord[] _cities;
    private readonly PlaceNameEntry[] _entries;
    private readonly PlaceNameForm[] _forms;
    private readonly PlaceLink[] _regionLinks;
    private readonly PlaceLink[] _cityLinks;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byKey;
    private readonly Dictionary<string, int> _countryByCode;

    /// <summary>Builds an index from its tables (the loader and the builder); throws <see cref="InvalidDataException"/>
    /// when they do not fit together.</summary>
    internal PlaceIndex(PlaceCountry[] countries, string[] worldRegionNames, PlaceRegionRecord[] regions, PlaceCityRecord[] cities,
        PlaceNameEntry[] entries, PlaceNameForm[] forms, PlaceLink[] regionLinks, PlaceLink[] cityLinks)
    {
        _countries = countries;
        _worldRegionNames = worldRegionNames;
        _regions = regions;
        _cities = cities;
        _entries = entries;
        _forms = forms;
        _regionLinks = regionLinks;
        _cityLinks = cityLinks;
        Validate();

        _countryByCode = new Dictionary<string, int>(countries.Length, StringComparer.Ordinal);
        _countryWorldRegions = new string[countries.Length][];
        for (int i = 0; i < countries.Length; i++)
        {
            if (!_countryByCode.TryAdd(countries[i].Code, i))
            {
                ThrowHelper.ThrowInvalidData($"places: country {countries[i].Code} is listed twice.");
            }

            var names = new List<string>();
            for (int r = 0; r < worldRegionNames.Length; r++)
            {
                if ((countries[i].WorldRegionBits & (1u << r)) != 0)
                {
                    names.Add(worldRegionNames[r]);
                }
            }

            _countryWorldRegions[i] = [.. names];
        }

        var byKey = new Dictionary<string, int>(entries.Length, StringComparer.Ordinal);
        for (int e = 0; e < entries.Length; e++)
        {
            string? key = PlaceKey.Of(forms[entries[e].FormStart].Written);
            if (key is null || !byKey.TryAdd(key, e))
            {
                ThrowHelper.ThrowInvalidData($"places: name entry {e} ('{forms[entries[e].FormStart].Written}') has no key or a key listed twice.");
            }
        }

        _byKey = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Gets the index embedded in the library (loaded once, lazily).</summary>
    public static PlaceIndex Default => s_default.Value;

    /// <summary>The countries, by ISO code order.</summary>
    public ReadOnlySpan<PlaceCountry> Countries => _countries;

    /// <summary>The world regions a country can belong to, then those no country is put in (<c>Caribbean</c>, <c>Gulf</c>).</summary>
    public ReadOnlySpan<string> WorldRegionNames => _worldRegionNames;

    /// <summary>Every spelling of every name, grouped by key (the NER gazetteer reads their <see cref="PlaceNameForm.NerTypes"/>).</summary>
    public ReadOnlySpan<PlaceNameForm> Forms => _forms;

    internal ReadOnlySpan<PlaceNameEntry> Entries => _entries;

    internal ReadOnlySpan<PlaceRegionRecord> Regions => _regions;

    internal ReadOnlySpan<PlaceCityRecord> Cities => _cities;

    /// <summary>The region links of an entry: a hand-table region first, then GeoNames regions, one per country.</summary>
    internal ReadOnlySpan<PlaceLink> RegionLinksOf(int entry) => _regionLinks.AsSpan(_entries[entry].RegionStart, _entries[entry].RegionCount);

    /// <summary>The city links of an entry, best first (see <see cref="PlaceNameEntry.CityCount"/>).</summary>
    internal ReadOnlySpan<PlaceLink> CityLinksOf(int entry) => _cityLinks.AsSpan(_entries[entry].CityStart, _entries[entry].CityCount);

    /// <summary>The country with ISO code <paramref name="code"/>.</summary>
    public bool TryGetCountryInfo(string code, out PlaceCountry country)
    {
        if (_countryByCode.TryGetValue(code, out int i))
        {
            country = _countries[i];
            return true;
        }

        country = null!;
        return false;
    }

    /// <summary>The world regions (<c>Asia</c>, <c>Middle East</c>, <c>Latin America</c>…) of a country code; empty for an unknown code.</summary>
    public string[] WorldRegionsOf(string code) => _countryByCode.TryGetValue(code, out int i) ? _countryWorldRegions[i] : [];

    /// <summary>The ISO code of the country at <paramref name="index"/>.</summary>
    public string CountryCode(int index) => _countries[index].Code;

    /// <summary>The entry a written name falls under, or -1.</summary>
    public int Find(ReadOnlySpan<char> written)
    {
        Span<char> buffer = stackalloc char[PlaceKey.MaxLength];
        int n = PlaceKey.Normalize(written, buffer);
        return n > 0 && _byKey.TryGetValue(buffer[..n], out int entry) ? entry : -1;
    }

    /// <summary>The usual spelling of an entry's name (the first the builder added: hand tables, then GeoNames).</summary>
    public string UsualSpelling(int entry) => _forms[_entries[entry].FormStart].Written;

    /// <summary>The ISO code of the country a country name or alias names (<c>U.S.</c>, <c>Britain</c>, <c>Holland</c>).</summary>
    public bool TryGetCountry(ReadOnlySpan<char> written, out string code) =>
        TryGetCode(Find(written) is >= 0 and int e ? CountryOf(e, written) : -1, out code);

    /// <summary>The ISO code of the country of a demonym (<c>Chinese</c> → CN; <c>American</c> → US, the sovereign
    /// country, not a territory that shares the demonym).</summary>
    public bool TryGetDemonym(ReadOnlySpan<char> written, out string code) =>
        TryGetCode(Find(written) is >= 0 and int e ? DemonymOf(e, written) : -1, out code);

    /// <summary>Whether a word is a demonym and no country's name or alias (<c>Chinese</c>, <c>French</c>; not
    /// <c>China</c>): a people's adjective, one lookup.</summary>
    public bool IsDemonymOnly(ReadOnlySpan<char> written) =>
        Find(written) is >= 0 and int e && DemonymOf(e, written) >= 0 && CountryOf(e, written) < 0;

    /// <summary>Whether a word is a country name, alias or demonym (<c>China</c>, <c>U.S.</c>, <c>Chinese</c>).</summary>
    public bool IsCountryOrDemonym(ReadOnlySpan<char> written) =>
        Find(written) is >= 0 and int e && (CountryOf(e, written) >= 0 || DemonymOf(e, written) >= 0);

    /// <summary>The country entry <paramref name="entry"/> names by name or alias, if the written form may take it; else -1.</summary>
    internal int CountryOf(int entry, ReadOnlySpan<char> written) =>
        _entries[entry].Country >= 0 && Counts(_entries[entry].CountryFlags, written) ? _entries[entry].Country : -1;

    /// <summary>The country entry <paramref name="entry"/> names as a demonym, if the written form may take it; else -1.</summary>
    internal int DemonymOf(int entry, ReadOnlySpan<char> written) =>
        _entries[entry].Demonym >= 0 && Counts(_entries[entry].DemonymFlags, written) ? _entries[entry].Demonym : -1;

    private bool TryGetCode(int country, out string code)
    {
        code = country >= 0 ? _countries[country].Code : string.Empty;
        return country >= 0;
    }

    /// <summary>Whether a link may be taken for what the text wrote (see <see cref="PlaceLinkFlags.CapitalsOnly"/>).</summary>
    public static bool Counts(PlaceLinkFlags flags, ReadOnlySpan<char> written) =>
        (flags & PlaceLinkFlags.CapitalsOnly) == 0 || PlaceKey.HasNoLowerCase(written);
}
