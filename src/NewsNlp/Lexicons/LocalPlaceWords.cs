namespace NewsNlp;

/// <summary>The English words that end the name of a local place, one no world gazetteer lists: a building, venue, road
/// or natural feature (<see cref="IsFacility"/>: <c>Amphitheatre</c>, <c>Stadium</c>, <c>Drive</c>, <c>Island</c>) or a local unit
/// (<see cref="IsUnit"/>: <c>County</c>, <c>Township</c>), and the words that open a sea's or cape's name
/// (<see cref="IsFeatureHead"/>: <c>Gulf</c> of "Gulf of Mexico"). Lookups ignore case.</summary>
internal static class LocalPlaceWords
{
    /// <summary>Words that end a road's name and no institution's: "Dunmore Drive" is a place even when the tagger
    /// reads an organization. "Street" is left out: "Wall Street" and "Downing Street" name institutions.</summary>
    private static readonly string[] s_roadWords = ["drive", "avenue", "boulevard", "highway", "freeway", "parkway", "expressway", "turnpike"];

    private static readonly WordSet s_roads = WordSet.Create(WordCasing.IgnoreCase, s_roadWords);

    /// <summary>Words that end a facility's or a natural feature's name and no person's: "Shoreline Amphitheatre" and
    /// "Jolinda Drive" are places even when the tagger reads a given name and a surname. Words that are also common
    /// surnames (Hall, Park, Lane, Field, Castle) and words that end institutions' names as often as places' (Center,
    /// Palace: "Tax Policy Center", "Crystal Palace"; Forest: "Nottingham Forest") are left out.</summary>
    private static readonly WordSet s_facilities = WordSet.Create(WordCasing.IgnoreCase,
    [
        // Venues.
        "pavilion", "amphitheatre", "amphitheater", "arena", "stadium", "theatre", "theater", "coliseum", "colosseum",
        "speedway", "raceway", "ballpark", "auditorium", "fairgrounds", "racecourse",

        // Roads.
        .. s_roadWords, "street",

        // Other buildings and grounds.
        "plaza", "airport", "mall", "courthouse", "statehouse", "cathedral", "mosque", "synagogue", "cemetery", "station",
        "square", "superspeedway", "stadion",

        // Natural features a name ends with ("Rikers Island", "Yellow River", "Tibetan Plateau").
        "island", "islands", "river", "valley", "canyon", "mountains", "plateau", "caverns", "peninsula", "desert",
    ]);

    /// <summary>Words that end the name of a local unit of a country ("Marin County", "San Francisco Bay Area").</summary>
    private static readonly WordSet s_units = WordSet.Create(WordCasing.IgnoreCase, ["county", "parish", "township", "borough", "area"]);

    /// <summary>Words that open the name of a sea, strait, island or cape before "of" ("Gulf of Mexico", "Strait of
    /// Hormuz", "Isle of Man", "Horn of Africa"): a natural feature the world gazetteer does not list.</summary>
    private static readonly WordSet s_featureHeads = WordSet.Create(WordCasing.IgnoreCase,
        ["gulf", "bay", "sea", "strait", "straits", "isle", "isles", "cape", "lake", "horn", "firth", "bight"]);

    /// <summary>Words that open a place's name with a name after them ("Fort Hood", "Mount Kilimanjaro", "Lake Winola"),
    /// and no person's or organization's.</summary>
    private static readonly WordSet s_placeOpeners = WordSet.Create(WordCasing.IgnoreCase, ["fort", "mount", "mt", "mt.", "lake"]);

    /// <summary>Whether <paramref name="word"/> opens a place's name ("Fort", "Mount", "Lake"). Does not allocate.</summary>
    public static bool OpensPlaceName(ReadOnlySpan<char> word) => s_placeOpeners.Contains(word);

    /// <summary>Whether <paramref name="word"/> opens a natural feature's name before "of". Does not allocate.</summary>
    public static bool IsFeatureHead(ReadOnlySpan<char> word) => s_featureHeads.Contains(word);

    /// <summary>Whether <paramref name="word"/> ends a building's, venue's, road's or natural feature's name. Does not
    /// allocate.</summary>
    public static bool IsFacility(ReadOnlySpan<char> word) => s_facilities.Contains(word);

    /// <summary>Whether <paramref name="word"/> ends a place's name whatever the tagger typed it (an organization's:
    /// "Yankee Stadium", "Orlando International Airport"; a person's: "Rikers Island"): a facility's or natural feature's
    /// word other than "Street", which also ends institutions' ("Wall Street", "Downing Street"). Does not allocate.</summary>
    public static bool IsLandmark(ReadOnlySpan<char> word) => s_facilities.Contains(word) && !word.Equals("street", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="word"/> ends a road's name and no institution's. Does not allocate.</summary>
    public static bool IsRoad(ReadOnlySpan<char> word) => s_roads.Contains(word);

    /// <summary>Whether <paramref name="word"/> ends a local unit's name. Does not allocate.</summary>
    public static bool IsUnit(ReadOnlySpan<char> word) => s_units.Contains(word);
}
