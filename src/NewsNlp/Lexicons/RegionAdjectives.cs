namespace NewsNlp;

/// <summary>Adjectives of a world region or its peoples that name no place and no country (<c>Asian</c>,
/// <c>European</c>, <c>Latino</c>), and the plural nouns of those peoples (<c>Hispanics</c>, <c>Latinos</c>): the place
/// index holds countries' demonyms only, with their country codes. A name ending in one is an adjective phrase ("East
/// Asian affairs"), not a place, and the word alone is no person ("Latinos voted early"). Lookups ignore case.</summary>
internal static class RegionAdjectives
{
    private static readonly WordSet s_words = WordSet.Create(WordCasing.IgnoreCase,
        ["asian", "european", "african", "arab", "scandinavian", "nordic", "latin", "slavic", "hispanic", "latino", "latina",
         "latinx", "asians", "europeans", "africans", "arabs", "scandinavians", "slavs", "hispanics", "latinos", "latinas"]);

    /// <summary>Whether <paramref name="word"/> is a region's adjective. Does not allocate.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => s_words.Contains(word);
}
