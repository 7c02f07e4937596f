namespace NewsNlp;

/// <summary>The thresholds of place resolution and of the place index's build, each with its reason.</summary>
internal static class PlaceRules
{
    /// <summary>A city at least this populous is a big city for the NER tagger's gazetteer feature (as trained).</summary>
    public const int BigCityPopulation = 500_000;

    /// <summary>Other names (old, English: <c>Bombay</c>, <c>Peking</c>) are indexed only for cities at least this
    /// populous: small cities' alternate names are mostly other languages' spellings that collide with real words.</summary>
    public const int AlternateNamePopulation = 1_000_000;

    /// <summary>Longest other name indexed, in characters (longer ones are descriptions, not names).</summary>
    public const int MaxAlternateNameLength = 40;

    /// <summary>Shortest other name indexed (shorter ones are abbreviations that collide with words).</summary>
    public const int MinAlternateNameLength = 4;

    /// <summary>Longest country phrase the region scorer reads, in words (<c>Democratic Republic of Congo</c>).</summary>
    public const int MaxCountryPhraseWords = 4;

    /// <summary>A city that is an AP stand-alone dateline city or a national capital is what its name means even in a
    /// story that names the country of a smaller namesake: <c>Paris</c>, <c>Moscow</c> and <c>Athens</c> stay in France,
    /// Russia and Greece when a story names only the United States.</summary>
    public static bool IsProminent(PlaceCityRecord city) => (city.Flags & (PlaceCityFlags.StandAlone | PlaceCityFlags.Capital)) != 0;
}
