namespace NewsNlp;

/// <summary>Word clusters, the tagger's knowledge of words it never saw labelled: each word of a large Wikipedia and
/// Wikinews vocabulary has a cluster id at three granularities (k-means over word embeddings at 100, 320 and 1,000
/// clusters), so that an unseen surname falls in the cluster of the surnames. Loaded once from the embedded
/// <c>Models/clusters.bin</c>, which <c>NewsNlp.ModelBuilder ner</c> writes; never mutated, safe for concurrent reads.</summary>
/// <remarks>
/// <para>Keys are the upper <see cref="KeyBits"/> bits of <see cref="FeatureHash.Lower"/> of the word (the file says how
/// many), so a lookup reads the tagger's word hash and allocates nothing. A lower-cased key holds two entries: the clusters of the word's most frequent
/// lower-case spelling (<c>may</c>, <c>bush</c>) and of its most frequent capitalized one (<c>May</c>, <c>Bush</c>);
/// <see cref="Of"/> picks by how the word is written, and falls back to the other when one is missing.</para>
/// <para>File format: <c>WordClusters.File.cs</c>.</para>
/// </remarks>
internal sealed partial class WordClusters
{
    /// <summary>The embedded resource name.</summary>
    public const string ResourceName = "NewsNlp.Models.clusters.bin";

    /// <summary>The cluster value of a word not in the table (no packed value is 0: see <see cref="Pack"/>).</summary>
    public const uint None = 0;

    private static readonly Lazy<WordClusters> s_default = new(static () => LoadEmbedded(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Marks a stored key (<see cref="HashMap64"/> cannot hold 0, and a word's key may be 0).</summary>
    private const ulong StoredKey = 1UL << 32;

    private readonly HashMap64 _entries;

    /// <summary>The width of the table's keys (see <see cref="KeyOf"/>).</summary>
    private readonly int _keyBits;

    private WordClusters(HashMap64 entries, int keyBits)
    {
        _entries = entries;
        _keyBits = keyBits;
    }

    /// <summary>Gets the clusters embedded in the library (loaded once, lazily).</summary>
    public static WordClusters Default => s_default.Value;

    /// <summary>Gets the number of lower-cased words in the table.</summary>
    public int Count => _entries.Count;

    /// <summary>The table key of a word: the upper <paramref name="keyBits"/> bits of its <see cref="FeatureHash.Lower"/>
    /// hash.</summary>
    public static uint KeyOf(ulong lowerHash, int keyBits = KeyBits) => (uint)(lowerHash >> (64 - keyBits));

    /// <summary>Packs the three cluster ids (k100 &lt; 128, k320 &lt; 512, k1000 &lt; 1024) with a presence bit.</summary>
    public static uint Pack(int k100, int k320, int k1000) => 1u | ((uint)k100 << 1) | ((uint)k320 << 8) | ((uint)k1000 << 17);

    /// <summary>The packed clusters of a word, given its lower-cased hash and whether it is written capitalized;
    /// <see cref="None"/> when the word is unknown.</summary>
    public uint Of(ulong lowerHash, bool capitalized) => Select(Entry(lowerHash), capitalized);

    /// <summary>The table entry of a word given its lower-cased hash: both spellings' packed clusters (lower case in the
    /// low half, capitalized in the high half), 0 when the word is unknown; read it with <see cref="Select"/>.</summary>
    public ulong Entry(ulong lowerHash) => _entries.GetValueOrDefault(StoredKey | KeyOf(lowerHash, _keyBits));

    /// <summary>The packed clusters of an <see cref="Entry"/> for a word written capitalized or not: that spelling's,
    /// else the other's; <see cref="None"/> for an unknown word.</summary>
    public static uint Select(ulong entry, bool capitalized)
    {
        uint lower = (uint)entry;
        uint cap = (uint)(entry >> 32);
        return capitalized ? (cap != None ? cap : lower) : (lower != None ? lower : cap);
    }

    /// <summary>Loads the table embedded in the library under <paramref name="resourceName"/>.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing.</exception>
    internal static WordClusters LoadEmbedded(string resourceName = ResourceName)
    {
        using Stream stream = ModelFile.OpenEmbedded(resourceName, "ner");
        return Load(stream);
    }
}
