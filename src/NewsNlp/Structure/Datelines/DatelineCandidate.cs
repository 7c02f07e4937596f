namespace NewsNlp;

/// <summary>What <see cref="DatelineReader"/> read at one position: the city, the optional region, date and
/// agency, the dash, and what the gazetteer knows of the places. <see cref="DatelineDecision"/> takes it or not.</summary>
/// <remarks>Positions are indices into the text; a part that is absent has start -1.</remarks>
internal readonly record struct DatelineCandidate
{
    /// <summary>Gets where the city (and the dateline) starts.</summary>
    public int Start { get; init; }

    /// <summary>Gets where the city ends.</summary>
    public int CityEnd { get; init; }

    /// <summary>Gets the number of words in the city, connectors between them included.</summary>
    public int CityWords { get; init; }

    /// <summary>Gets whether the city is written in capitals (<c>TAIPEI</c>, not <c>Taipei</c>).</summary>
    public bool AllCaps { get; init; }

    /// <summary>Gets whether the candidate starts its line (rather than following site noise on it).</summary>
    public bool AtLineStart { get; init; }

    /// <summary>Gets whether the gazetteer knows the city.</summary>
    public bool CityKnown { get; init; }

    /// <summary>Gets the gazetteer's city, when <see cref="CityKnown"/>.</summary>
    public PlaceCity City { get; init; }

    /// <summary>Gets whether the city's first word starts no city (<c>UPDATE</c>, <c>NASA</c>) and the gazetteer
    /// does not know the whole name as a city either.</summary>
    public bool NotCity { get; init; }

    /// <summary>Gets where the region starts, or -1.</summary>
    public int RegionStart { get; init; }

    /// <summary>Gets where the region ends.</summary>
    public int RegionEnd { get; init; }

    /// <summary>Gets whether the gazetteer knows the region.</summary>
    public bool RegionKnown { get; init; }

    /// <summary>Gets the region as the dateline reports it (the full name for an abbreviation), or null.</summary>
    public string? RegionName { get; init; }

    /// <summary>Gets the country code from the region or the city, or null.</summary>
    public string? Country { get; init; }

    /// <summary>Gets where the date starts, or -1.</summary>
    public int DateStart { get; init; }

    /// <summary>Gets where the date ends.</summary>
    public int DateEnd { get; init; }

    /// <summary>Gets whether the date follows the city with no comma (<c>LOS ANGELES Sept. 13 -</c>).</summary>
    public bool DateWithoutComma { get; init; }

    /// <summary>Gets the agency in parentheses, normalized when known, or null.</summary>
    public string? Agency { get; init; }

    /// <summary>Gets whether <see cref="Agency"/> is a known news agency (not a call sign or other source name).</summary>
    public bool AgencyKnown { get; init; }

    /// <summary>Gets whether a colon stands for the dash (<c>WASHINGTON: The</c>).</summary>
    public bool Colon { get; init; }

    /// <summary>Gets whether the place stands alone on its line, with the body below ("Pittsburgh" / "BAAR, SWITZERLAND").</summary>
    public bool LineAlone { get; init; }

    /// <summary>Gets where the dash (or colon) starts.</summary>
    public int DashStart { get; init; }

    /// <summary>Gets where the dash (or colon) ends, which is where the dateline ends.</summary>
    public int DashEnd { get; init; }

    /// <summary>Gets whether a city was read (not so for <c>(Reuters) —</c> or <c>Feb. 3, 2015 --</c>).</summary>
    public bool HasCity => CityEnd > Start;

    /// <summary>Gets whether a region was read.</summary>
    public bool HasRegion => RegionStart >= 0;

    /// <summary>Gets whether a date was read.</summary>
    public bool HasDate => DateStart >= 0;

    /// <summary>Gets whether an agency was read.</summary>
    public bool HasAgency => Agency is not null;

    /// <summary>Gets whether the candidate carries more than a city: an agency, a date or a known region.</summary>
    public bool Strong => HasAgency || HasDate || RegionKnown;
}
