namespace NewsNlp;

/// <summary>Names of planets, moons and telescopes that the tagger, trained on people-heavy news, reads as a person
/// when they stand alone ("beyond Earth", "Jupiter’s 79 moons", "Hubble's detection"), and the words that make a
/// document about space. Names that are as often people's or brands' (Mars, Venus, Mercury) are planets only in such a
/// document. Lookups ignore case.</summary>
internal static class CelestialNames
{
    private static readonly WordSet s_words = WordSet.Create(WordCasing.IgnoreCase,
        ["earth", "jupiter", "saturn", "uranus", "neptune", "pluto", "europa", "ganymede", "callisto", "enceladus", "hubble"]);

    /// <summary>Planets and moons whose names are as often a person's, a brand's or a god's.</summary>
    private static readonly WordSet s_ambiguous = WordSet.Create(WordCasing.IgnoreCase, ["mars", "venus", "mercury", "titan"]);

    /// <summary>Lower-case words that only a story about space or the sky uses often.</summary>
    private static readonly WordSet s_spaceWords = WordSet.Create(WordCasing.IgnoreCase,
        ["planet", "planets", "planetary", "spacecraft", "rover", "rovers", "orbiter", "orbit", "orbits", "orbiting", "astronomer",
         "astronomers", "astronaut", "astronauts", "telescope", "asteroid", "comet", "lunar", "astrology", "astrological"]);

    /// <summary>Whether <paramref name="word"/> names a planet, moon or telescope. Does not allocate.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => s_words.Contains(word);

    /// <summary>Whether <paramref name="word"/> names a planet only in a story about space (<c>Mars</c>, <c>Venus</c>).</summary>
    public static bool IsAmbiguous(ReadOnlySpan<char> word) => s_ambiguous.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a word of stories about space (<c>planet</c>, <c>orbit</c>, <c>rover</c>).</summary>
    public static bool IsSpaceWord(ReadOnlySpan<char> word) => s_spaceWords.Contains(word);
}
