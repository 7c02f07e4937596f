using System.Globalization;

namespace NewsNlp.ModelBuilder;

/// <summary>Builds the one place index, <c>Models/places.bin</c> (<see cref="PlaceIndex"/>), from GeoNames
/// countryInfo, regionInfo (admin1) and cities15000 (CC BY 4.0), mledoze/countries (ODbL 1.0) and the hand tables
/// (<see cref="PlaceTables"/>). Deterministic: the same sources give the same bytes.
/// <para>Which country a name shared by several countries names: a hand row first, then a GeoNames country name,
/// then mledoze's common name, official name and other spellings; between countries of the same source, the most
/// populous (so <c>American</c> is the United States, not the Northern Mariana Islands). Cities of a name rank
/// AP stand-alone cities first, then cities with it as their own name, then the most populous.</para>
/// <para>Each spelling also carries the gazetteer types the NER tagger was trained with (<see cref="PlaceNameForm.NerTypes"/>):
/// GeoNames and mledoze country names, mledoze demonyms (and their plurals), GeoNames city names (big at
/// <see cref="PlaceRules.BigCityPopulation"/>), GeoNames region ASCII names, and the hand tables' NER names.</para></summary>
internal sealed partial class PlacesBuilder
{
    private const int HandTier = 0;
    private const int GeoNamesTier = 1;
    private const int CommonNameTier = 2;
    private const int OfficialNameTier = 3;
    private const int OtherSpellingTier = 4;

    /// <summary>Shortest GeoNames region name indexed as a region (shorter ones collide with abbreviations).</summary>
    private const int MinRegionNameLength = 3;

    private readonly List<PlaceCountry> _countries = [];
    private readonly Dictionary<string, short> _countryIndex = new(StringComparer.Ordinal);
    private readonly List<PlaceRegionRecord> _regions = [];
    private readonly List<(short Country, int Population, PlaceCityFlags Flags)> _cities = [];
    private readonly Dictionary<string, EntryBuilder> _entries = new(StringComparer.Ordinal);
    private readonly List<EntryBuilder> _entryOrder = [];
    private readonly TextWriter _log;

    private PlacesBuilder(TextWriter log) => _log = log;

    /// <summary><c>places [--out MODELDIR]</c>: builds and writes places.bin, then loads it back and reports its load time.</summary>
    public static int Run(string data, string modelDir)
    {
        PlaceIndex index = Build(data, Console.Out);
        string path = Path.Combine(modelDir, "places.bin");
        using (FileStream file = File.Create(path))
        {
            index.Save(file);
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        using (FileStream file = File.OpenRead(path))
        {
            _ = PlaceIndex.Load(file);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {path}: {new FileInfo(path).Length:N0} bytes; {index.Countries.Length} countries, {index.Regions.Length} regions, {index.Cities.Length} cities, {index.Entries.Length:N0} names ({index.Forms.Length:N0} spellings); load {clock.Elapsed.TotalMilliseconds:F0} ms (first, JIT included); rebuild src/NewsNlp to embed it"));
        return 0;
    }

    /// <summary>Builds the index from the sources under <paramref name="data"/>.</summary>
    public static PlaceIndex Build(string data, TextWriter log)
    {
        var b = new PlacesBuilder(log);
        GeoCountry[] geo = ReadCountryInfo(Path.Combine(data, "geonames", "countryInfo.txt"));
        MledozeCountry[] mledoze = ReadMledoze(Path.Combine(data, "mledoze-countries", "countries.json"));
        GeoCity[] cities = ReadCities(Path.Combine(data, "geonames", "cities15000.txt"));
        GeoRegion[] regions = ReadRegions(Path.Combine(data, "geonames", "regionInfo.tsv"));

        b.AddCountries(geo, mledoze);
        int[] cityRecord = b.AddCityRecords(geo, cities);
        var standAlone = b.AddStandAloneRecords(cities, cityRecord);
        int[] regionRecord = b.AddRegionRecords(regions);

        // Names, in the order that makes a name's usual spelling the one datelines have always shown: hand tables,
        // GeoNames countries, regions and cities, then mledoze names, demonyms and world regions.
        b.AddHandRegionNames();
        b.AddHandCountryNames();
        foreach ((string name, int city) in standAlone)
        {
            b.AddCityName(name, city, alternate: false, 0);
        }

        foreach (GeoCountry c in geo)
        {
            b.AddCountryName(c.Name, c.Code, GeoNamesTier, (byte)Gazetteer.Country);
        }

        b.AddGeoRegionNames(regions, regionRecord);
        b.AddGeoCityNames(cities, cityRecord);
        b.AddMledozeNames(mledoze);
        b.AddDemonyms(mledoze);
        for (int w = 0; w < PlaceTables.WorldRegions.Length; w++)
        {
            b.Entry(PlaceTables.WorldRegions[w], (byte)Gazetteer.Region)!.WorldRegion = w;
        }

        return b.ToIndex();
    }

    private short Country(string code) => _countryIndex.TryGetValue(code, out short i) ? i
        : throw new InvalidDataException($"places: unknown country code {code} in a hand table.");

    private void AddCountries(GeoCountry[] geo, MledozeCountry[] mledoze)
    {
        var byCode = mledoze.ToDictionary(m => m.Code, StringComparer.Ordinal);
        foreach (GeoCountry c in geo.OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            byCode.TryGetValue(c.Code, out MledozeCountry? m);
            uint bits = 0;
            if (PlaceTables.MiddleEast.Contains(c.Code))
            {
                bits |= c.Continent == "AS" ? 0 : WorldRegionBit(PlaceTables.Continents[c.Continent]);
                bits |= WorldRegionBit("Middle East");
            }
            else
            {
                bits |= WorldRegionBit(PlaceTables.Continents[c.Continent]);
            }

            if (c.Continent == "SA" || m?.Subregion is "Central America" or "Caribbean" || c.Code == "MX")
            {
                bits |= WorldRegionBit("Latin America");
            }

            _countryIndex[c.Code] = (short)_countries.Count;
            _countries.Add(new PlaceCountry(c.Code, m?.CommonName ?? c.Name, c.Continent, c.Population, bits));
        }
    }

    private static uint WorldRegionBit(string name)
    {
        int i = Array.IndexOf(PlaceTables.WorldRegions, name);
        return i is >= 0 and < PlaceTables.ScoredWorldRegions ? 1u << i : throw new InvalidDataException($"places: {name} is not a scored world region.");
    }

    /// <summary>One city record per GeoNames city; capitals marked (countryInfo's capital, or feature code PPLC).</summary>
    private int[] AddCityRecords(GeoCountry[] geo, GeoCity[] cities)
    {
        var capitals = new HashSet<(string, string)>();
        foreach (GeoCountry c in geo)
        {
            if (PlaceKey.Of(c.Capital) is { } key)
            {
                capitals.Add((c.Code, key));
            }
        }

        var record = new int[cities.Length];
        for (int i = 0; i < cities.Length; i++)
        {
            GeoCity c = cities[i];
            bool capital = c.FeatureCode == "PPLC" || capitals.Contains((c.Country, PlaceKey.Of(c.AsciiName) ?? string.Empty)) || capitals.Contains((c.Country, PlaceKey.Of(c.Name) ?? string.Empty));
            record[i] = _cities.Count;
            _cities.Add((_countryIndex[c.Country], c.Population, capital ? PlaceCityFlags.Capital : PlaceCityFlags.None));
        }

        return record;
    }

    /// <summary>Marks the hand table's stand-alone cities: the most populous GeoNames city of that name in that country
    /// (own name before other name), or a new record when GeoNames has none.</summary>
    private List<(string Name, int City)> AddStandAloneRecords(GeoCity[] cities, int[] record)
    {
        var byName = new Dictionary<(string, string), int>();
        for (int pass = 0; pass < 2; pass++)
        {
            for (int i = 0; i < cities.Length; i++)
            {
                foreach (string name in pass == 0 ? [cities[i].AsciiName, cities[i].Name] : cities[i].IndexedAlternates)
                {
                    if (PlaceKey.Of(name) is { } key)
                    {
                        byName.TryAdd((cities[i].Country, key), record[i]);
                    }
                }
            }
        }

        var names = new List<(string, int)>();
        foreach (string[] row in PlaceTables.StandAloneCities)
        {
            short country = Country(row[0]);
            for (int i = 1; i < row.Length; i++)
            {
                string key = PlaceKey.Of(row[i]) ?? throw new InvalidDataException($"places: bad city name {row[i]}.");
                if (!byName.TryGetValue((row[0], key), out int city))
                {
                    city = _cities.Count;
                    _cities.Add((country, 0, PlaceCityFlags.None));
                    byName[(row[0], key)] = city;
                }

                _cities[city] = _cities[city] with { Flags = _cities[city].Flags | PlaceCityFlags.StandAlone };
                names.Add((row[i], city));
            }
        }

        return names;
    }

    /// <summary>Region records: each hand row, then each GeoNames first-level region.</summary>
    private int[] AddRegionRecords(GeoRegion[] regions)
    {
        foreach (string[] state in PlaceTables.UsStates)
        {
            _regions.Add(new PlaceRegionRecord(state[0], Country("US"), Hand: true));
        }

        foreach (HandRow row in PlaceTables.OtherRegions)
        {
            _regions.Add(new PlaceRegionRecord(row.NerNames.Length > 0 ? row.NerNames[0] : row.Names[0], Country(row.Code), Hand: true));
        }

        var record = new int[regions.Length];
        for (int i = 0; i < regions.Length; i++)
        {
            record[i] = -1;
            if (_countryIndex.TryGetValue(regions[i].Country, out short country))
            {
                record[i] = _regions.Count;
                _regions.Add(new PlaceRegionRecord(regions[i].Name, country, Hand: false));
            }
        }

        return record;
    }

    private void AddHandRegionNames()
    {
        int r = 0;
        foreach (string[] state in PlaceTables.UsStates)
        {
            foreach (string name in state)
            {
                AddRegionName(name, r, 0);
            }

            r++;
        }

        foreach (HandRow row in PlaceTables.OtherRegions)
        {
            foreach (string name in row.NerNames)
            {
                AddRegionName(name, r, (byte)Gazetteer.Region);
            }

            foreach (string name in row.Names)
            {
                AddRegionName(name, r, 0);
            }

            r++;
        }
    }

    private void AddHandCountryNames()
    {
        foreach (HandRow row in PlaceTables.CountryAliases)
        {
            foreach (string name in row.NerNames)
            {
                AddCountryName(name, row.Code, HandTier, (byte)Gazetteer.Country);
            }

            foreach (string name in row.Names)
            {
                AddCountryName(name, row.Code, HandTier, 0);
            }
        }
    }

    /// <summary>GeoNames regions, in name order: the native name, and the ASCII name (an NER region feature).
    /// Names shorter than <see cref="MinRegionNameLength"/> keep only their NER feature.</summary>
    private void AddGeoRegionNames(GeoRegion[] regions, int[] record)
    {
        var names = new List<(string Name, int Region, byte Ner)>();
        for (int i = 0; i < regions.Length; i++)
        {
            names.Add((regions[i].Name, record[i], 0));
            names.Add((regions[i].AsciiName, record[i], (byte)Gazetteer.Region));
        }

        names.Sort((x, y) =>
        {
            int c = StringComparer.OrdinalIgnoreCase.Compare(x.Name, y.Name);
            c = c != 0 ? c : string.CompareOrdinal(x.Name, y.Name);
            return c != 0 ? c : x.Region.CompareTo(y.Region);
        });
        foreach ((string name, int region, byte ner) in names)
        {
            if (region >= 0 && name.Length >= MinRegionNameLength)
            {
                AddRegionName(name, region, ner);
            }
            else
            {
                Entry(name, ner);
            }
        }
    }

    /// <summary>GeoNames cities, most populous first: ASCII and native names (NER city features), then the other
    /// names of cities of at least <see cref="PlaceRules.AlternateNamePopulation"/>.</summary>
    private void AddGeoCityNames(GeoCity[] cities, int[] record)
    {
        int[] order = [.. Enumerable.Range(0, cities.Length).OrderByDescending(i => cities[i].Population).ThenBy(i => cities[i].Id)];
        foreach (int i in order)
        {
            byte ner = (byte)(cities[i].Population >= PlaceRules.BigCityPopulation ? Gazetteer.City | Gazetteer.BigCity : Gazetteer.City);
            AddCityName(cities[i].AsciiName, record[i], alternate: false, ner);
            AddCityName(cities[i].Name, record[i], alternate: false, ner);
        }

        foreach (int i in order)
        {
            foreach (string alt in cities[i].IndexedAlternates)
            {
                AddCityName(alt, record[i], alternate: true, 0);
            }
        }
    }

    /// <summary>mledoze names: common and official names, and other spellings of more than two Latin letters (all NER country features).</summary>
    private void AddMledozeNames(MledozeCountry[] mledoze)
    {
        foreach (MledozeCountry m in mledoze)
        {
            if (!_countryIndex.ContainsKey(m.Code))
            {
                continue;
            }

            AddCountryName(m.CommonName, m.Code, CommonNameTier, (byte)Gazetteer.Country);
            AddCountryName(m.OfficialName, m.Code, OfficialNameTier, (byte)Gazetteer.Country);
            foreach (string alt in m.AltSpellings)
            {
                if (alt.Length > 2 && alt.All(ch => ch < 0x250))
                {
                    AddCountryName(alt, m.Code, OtherSpellingTier, (byte)Gazetteer.Country);
                }
            }
        }
    }

    /// <summary>Demonyms: the hand table's, then mledoze's English ones with a plural (<c>Kenyans</c>) unless the
    /// word ends in s, -ese, -ish or -ch. All are NER demonym features.</summary>
    private void AddDemonyms(MledozeCountry[] mledoze)
    {
        foreach (HandRow row in PlaceTables.Demonyms)
        {
            foreach (string d in row.NerNames)
            {
                AddDemonym(d, row.Code, HandTier, (byte)Gazetteer.Demonym);
            }

            foreach (string d in row.Names)
            {
                AddDemonym(d, row.Code, HandTier, 0);
            }
        }

        foreach (MledozeCountry m in mledoze)
        {
            if (!_countryIndex.ContainsKey(m.Code))
            {
                continue;
            }

            foreach (string d in m.Demonyms)
            {
                AddDemonym(d, m.Code, GeoNamesTier, (byte)Gazetteer.Demonym);
                if (!d.EndsWith('s') && !d.EndsWith("ese", StringComparison.Ordinal) && !d.EndsWith("ish", StringComparison.Ordinal) && !d.EndsWith("ch", StringComparison.Ordinal))
                {
                    AddDemonym(d + "s", m.Code, GeoNamesTier, (byte)Gazetteer.Demonym);
                }
            }
        }
    }
}
