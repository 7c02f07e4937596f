namespace NewsNlp;

/// <summary>A country or territory of the place index.</summary>
/// <param name="Code">The ISO 3166-1 alpha-2 code.</param>
/// <param name="Name">The English short name (<c>United States</c>, <c>South Korea</c>).</param>
/// <param name="Continent">The GeoNames continent code (AF, AS, EU, NA, OC, SA, AN).</param>
/// <param name="Population">The GeoNames population; decides between countries that share a demonym or alias.</param>
/// <param name="WorldRegionBits">The world regions the country belongs to, as bits over <see cref="PlaceIndex.WorldRegionNames"/>.</param>
internal sealed record PlaceCountry(string Code, string Name, string Continent, long Population, uint WorldRegionBits);

/// <summary>A first-level region (state, province, region, nation of the UK).</summary>
/// <param name="Name">The full name (<c>Massachusetts</c>).</param>
/// <param name="Country">Index of the country in <see cref="PlaceIndex.Countries"/>.</param>
/// <param name="Hand">Whether the region comes from the hand tables (AP abbreviations): it wins over GeoNames namesakes.</param>
internal readonly record struct PlaceRegionRecord(string Name, short Country, bool Hand);

/// <summary>What marks a city.</summary>
[Flags]
internal enum PlaceCityFlags : byte
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>An AP stand-alone dateline city (<c>PARIS</c>, <c>CHICAGO</c>): no state or country follows it, and it is
    /// the usual meaning of its name wherever the story is.</summary>
    StandAlone = 1,

    /// <summary>A national capital.</summary>
    Capital = 2,
}

/// <summary>A city: its country, population and marks. Its names are the entries that link to it.</summary>
/// <param name="Country">Index of the country in <see cref="PlaceIndex.Countries"/>.</param>
/// <param name="Population">The GeoNames population (0 for hand-table cities GeoNames lacks).</param>
/// <param name="Flags">Stand-alone dateline city, capital.</param>
internal readonly record struct PlaceCityRecord(short Country, int Population, PlaceCityFlags Flags);

/// <summary>How a name links to its place.</summary>
[Flags]
internal enum PlaceLinkFlags : byte
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Every spelling behind this link is written without lower-case letters (<c>US</c>, <c>IN</c>,
    /// <c>U.K.</c>): it counts only where the text has no lower-case letter either (see <see cref="PlaceKey.HasNoLowerCase"/>).</summary>
    CapitalsOnly = 1,

    /// <summary>A city's other name (<c>Bombay</c>, <c>Peking</c>): ranks after every city that has the name as its own.</summary>
    Alternate = 2,
}

/// <summary>A link from a name to a region or city.</summary>
/// <param name="Target">Index of the region or city.</param>
/// <param name="Flags">How the name links to it.</param>
internal readonly record struct PlaceLink(int Target, PlaceLinkFlags Flags);

/// <summary>One spelling of a name, as written in the sources.</summary>
/// <param name="Written">The spelling (<c>U.S.</c>, <c>Calif.</c>, <c>São Paulo</c>).</param>
/// <param name="NerTypes">The gazetteer types (<see cref="Gazetteer.Country"/>, <see cref="Gazetteer.City"/>…) this
/// spelling gives the NER tagger's features, as the tagger was trained; 0 when it gives none.</param>
internal readonly record struct PlaceNameForm(string Written, byte NerTypes);

/// <summary>Everything one key names: at most one country (by name or alias), one country by demonym, one world
/// region, and any number of regions and cities (best first).</summary>
internal struct PlaceNameEntry
{
    /// <summary>Index of the first spelling in the index's forms; the first one is the usual spelling.</summary>
    public int FormStart;

    /// <summary>How many spellings share the key.</summary>
    public int FormCount;

    /// <summary>The country the name or alias names, or -1.</summary>
    public short Country;

    /// <summary>How the name links to <see cref="Country"/>.</summary>
    public PlaceLinkFlags CountryFlags;

    /// <summary>The country of the demonym, or -1.</summary>
    public short Demonym;

    /// <summary>How the name links to <see cref="Demonym"/>.</summary>
    public PlaceLinkFlags DemonymFlags;

    /// <summary>The world region (continent, Middle East…) the name names, or -1.</summary>
    public sbyte WorldRegion;

    /// <summary>Index of the first region link.</summary>
    public int RegionStart;

    /// <summary>How many region links: a hand-table region first, then GeoNames regions, one per country.</summary>
    public int RegionCount;

    /// <summary>Index of the first city link.</summary>
    public int CityStart;

    /// <summary>How many city links: stand-alone cities first, then by own name before other name, then most populous first.</summary>
    public int CityCount;
}
