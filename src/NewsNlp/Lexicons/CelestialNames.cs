namespace NewsNlp;

/// <summary>Names of planets, moons and telescopes that the tagger, trained on people-heavy news, reads as a person
/// when they stand alone ("beyond Earth", "Jupiter’s 79 moons", "Hubble's detection"). Left out: names that are as often
/// people's or brands' (Mars, Venus, Mercury). Lookups ignore case.</summary>
internal static class CelestialNames
{
    private static readonly WordSet s_words = WordSet.Create(WordCasing.IgnoreCase,
        ["earth", "jupiter", "saturn", "uranus", "neptune", "pluto", "europa", "ganymede", "callisto", "enceladus", "hubble"]);

    /// <summary>Whether <paramref name="word"/> names a planet, moon or telescope. Does not allocate.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => s_words.Contains(word);
}
