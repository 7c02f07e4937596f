namespace NewsNlp;

/// <summary>Words of direction that the gazetteer holds as regions' names ("Central" province, "Western" Cape) but text
/// writes as adjectives: "the central bank", "Western bankers", "Western-backed". Lookups ignore case.</summary>
internal static class DirectionWords
{
    private static readonly WordSet s_words = WordSet.Create(WordCasing.IgnoreCase,
        ["central", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "middle", "upper", "lower"]);

    /// <summary>Whether <paramref name="word"/> is a word of direction. Does not allocate.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => s_words.Contains(word);
}
