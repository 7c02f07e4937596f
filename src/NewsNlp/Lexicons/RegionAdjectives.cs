namespace NewsNlp;

/// <summary>Adjectives of a world region or its peoples that name no place and no country (<c>Asian</c>,
/// <c>European</c>): the place index holds countries' demonyms only, with their country codes. A name ending in one is
/// an adjective phrase ("East Asian affairs"), not a place. Lookups ignore case.</summary>
internal static class RegionAdjectives
{
    private static readonly WordSet s_words = WordSet.Create(WordCasing.IgnoreCase,
        ["asian", "european", "african", "arab", "scandinavian", "nordic", "latin", "slavic", "hispanic"]);

    /// <summary>Whether <paramref name="word"/> is a region's adjective. Does not allocate.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => s_words.Contains(word);
}
