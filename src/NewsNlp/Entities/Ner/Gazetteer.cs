namespace NewsNlp;

/// <summary>The NER tagger's gazetteer features: a phrase table from lower-cased word hashes to gazetteer types, built
/// once from the place index (countries, cities, regions, demonyms: each spelling's <see cref="PlaceNameForm.NerTypes"/>,
/// the types the tagger was trained with) and the NER name lists (first names, titles, organization suffixes).
/// Place lookups go to <see cref="Places"/>. Never mutated after building, so safe for concurrent reads.</summary>
internal sealed class Gazetteer
{
    public const ushort Country = 1;
    public const ushort City = 2;
    public const ushort Region = 4;
    public const ushort Demonym = 8;
    public const ushort FirstName = 16;
    public const ushort Title = 32;
    public const ushort OrgSuffix = 64;
    public const ushort BigCity = 128;

    /// <summary>The types of a well-known place (<see cref="IsPlaceName"/> without demonyms): a country, region or big city.</summary>
    public const ushort PlaceTypes = Country | Region | BigCity;
    public const int TypeCount = 8;
    public const int MaxPhraseWords = 6;

    /// <summary>Set on a phrase entry when a longer phrase starts with it.</summary>
    private const uint ContinuesBit = 1u << 16;

    private static readonly Lazy<Gazetteer> s_default = new(static () => Create(PlaceIndex.Default, NerNameLists.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly HashMap64 _phrases;

    private Gazetteer(PlaceIndex places, HashMap64 phrases)
    {
        Places = places;
        _phrases = phrases;
    }

    /// <summary>Gets the gazetteer of the embedded place index and name lists (built once, lazily).</summary>
    public static Gazetteer Default => s_default.Value;

    /// <summary>The place index the place phrases come from.</summary>
    public PlaceIndex Places { get; }

    /// <summary>Looks up the phrase whose combined word hash is <paramref name="phraseHash"/>.</summary>
    /// <param name="phraseHash">The combined hash (<see cref="PhraseHash"/>).</param>
    /// <param name="types">Receives the type bits of the phrase, or 0 when it is not one.</param>
    /// <returns>Whether some longer phrase starts with this one (so that matching should read the next word).</returns>
    public bool TryPhrase(ulong phraseHash, out ushort types) => Decode(Entry(phraseHash), out types);

    /// <summary>The table entry of a phrase (0 when it is none), to read with <see cref="Decode"/>.</summary>
    public uint Entry(ulong phraseHash) => (uint)_phrases.GetValueOrDefault(phraseHash);

    /// <summary>Reads an <see cref="Entry"/>: the phrase's type bits, and whether a longer phrase starts with it.</summary>
    public static bool Decode(uint entry, out ushort types)
    {
        types = (ushort)entry;
        return (entry & ContinuesBit) != 0;
    }

    /// <summary>Whether <paramref name="name"/> (words separated by single spaces) is a well-known place or demonym of the
    /// gazetteer (a country, region, big city or demonym: "Iowa", "North Carolina", "Houston", "Dutch"); a small town's
    /// name is as often a surname ("Rubio", "Carson").</summary>
    public bool IsPlaceName(ReadOnlySpan<char> name)
    {
        ulong h = 0;
        int k = 0;
        foreach (Range r in name.Split(' '))
        {
            h = PhraseHash(h, FeatureHash.Lower(name[r]), k++ == 0);
        }

        TryPhrase(h, out ushort types);
        return (types & (Country | Region | BigCity | Demonym)) != 0;
    }

    /// <summary>Combined hash of a phrase's words (lower-cased, see <see cref="FeatureHash.Lower"/>).</summary>
    public static ulong PhraseHash(ulong previous, ulong wordHash, bool first) => first ? wordHash : FeatureHash.Combine(previous, wordHash);

    /// <summary>Builds the phrase table from a place index and the NER name lists.</summary>
    public static Gazetteer Create(PlaceIndex places, NerNameLists names)
    {
        // Room for every phrase and every proper prefix of one: at most one key per word of the lists.
        int words = names.FirstNames.Length + names.Titles.Length + names.OrgSuffixes.Length;
        foreach (PlaceNameForm form in places.Forms)
        {
            words += form.NerTypes != 0 ? form.Written.AsSpan().Count(' ') + 1 : 0;
        }

        foreach (string[] list in (ReadOnlySpan<string[]>)[names.FirstNames, names.Titles, names.OrgSuffixes])
        {
            foreach (string phrase in list)
            {
                words += phrase.AsSpan().Count(' ');
            }
        }

        var phrases = new HashMap64(words);
        foreach (PlaceNameForm form in places.Forms)
        {
            if (form.NerTypes != 0)
            {
                AddPhrase(phrases, form.Written, form.NerTypes);
            }
        }

        AddPhrases(phrases, names.FirstNames, FirstName);
        AddPhrases(phrases, names.Titles, Title);
        AddPhrases(phrases, names.OrgSuffixes, OrgSuffix);
        return new Gazetteer(places, phrases);
    }

    private static void AddPhrases(HashMap64 phrases, string[] list, ushort type)
    {
        foreach (string phrase in list)
        {
            AddPhrase(phrases, phrase, type);
        }
    }

    private static void AddPhrase(HashMap64 phrases, string phrase, ushort type)
    {
        Span<ulong> prefixes = stackalloc ulong[MaxPhraseWords];
        ulong h = 0;
        int n = 0;
        foreach (Range r in phrase.AsSpan().Split(' '))
        {
            ReadOnlySpan<char> w = phrase.AsSpan(r);
            if (w.IsEmpty)
            {
                continue;
            }

            if (n == MaxPhraseWords)
            {
                return;
            }

            h = PhraseHash(h, FeatureHash.Lower(w), n == 0);
            prefixes[n++] = h;
        }

        if (n == 0 || h == 0)
        {
            return; // no words, or a hash of 0, which the table cannot hold (one in 2^64)
        }

        phrases.GetOrAdd(h) |= type;
        for (int k = 0; k < n - 1; k++)
        {
            if (prefixes[k] != 0)
            {
                phrases.GetOrAdd(prefixes[k]) |= ContinuesBit;
            }
        }
    }
}
