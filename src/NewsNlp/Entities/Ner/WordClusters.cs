using System.Buffers.Binary;
using System.IO.Compression;

namespace NewsNlp;

/// <summary>Word clusters, the tagger's knowledge of words it never saw labelled: each word of a large Wikipedia and
/// Wikinews vocabulary has a cluster id at three granularities (k-means over word embeddings at 100, 320 and 1,000
/// clusters), so that an unseen surname falls in the cluster of the surnames. Loaded once from the embedded
/// <c>Models/clusters.bin</c>, which <c>NewsNlp.ModelBuilder ner</c> writes; never mutated, safe for concurrent reads.</summary>
/// <remarks>
/// <para>Keys are the upper 32 bits of <see cref="FeatureHash.Lower"/> of the word, so a lookup reads the tagger's
/// word hash and allocates nothing. A lower-cased key holds two entries: the clusters of the word's most frequent
/// lower-case spelling (<c>may</c>, <c>bush</c>) and of its most frequent capitalized one (<c>May</c>, <c>Bush</c>);
/// <see cref="Of"/> picks by how the word is written, and falls back to the other when one is missing.</para>
/// <para>File: Brotli-compressed; magic <c>NWC1</c>, the feature-hash format, the entry count; then the sorted keys as
/// varint gaps; then per entry the two packed cluster ids (<see cref="Pack"/>) as little-endian 32-bit values, 0 for
/// a missing spelling.</para>
/// </remarks>
internal sealed class WordClusters
{
    /// <summary>The embedded resource name.</summary>
    public const string ResourceName = "NewsNlp.Models.clusters.bin";

    /// <summary>The cluster value of a word not in the table (no packed value is 0: see <see cref="Pack"/>).</summary>
    public const uint None = 0;

    private const uint Magic = 0x3143574E; // "NWC1"

    private static readonly Lazy<WordClusters> s_default = new(static () => LoadEmbedded(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Marks a stored key (<see cref="HashMap64"/> cannot hold 0, and a word's key may be 0).</summary>
    private const ulong StoredKey = 1UL << 32;

    private readonly HashMap64 _entries;

    private WordClusters(HashMap64 entries) => _entries = entries;

    /// <summary>Gets the clusters embedded in the library (loaded once, lazily).</summary>
    public static WordClusters Default => s_default.Value;

    /// <summary>Gets the number of lower-cased words in the table.</summary>
    public int Count => _entries.Count;

    /// <summary>The table key of a word: the upper half of its <see cref="FeatureHash.Lower"/> hash.</summary>
    public static uint KeyOf(ulong lowerHash) => (uint)(lowerHash >> 32);

    /// <summary>Packs the three cluster ids (k100 &lt; 128, k320 &lt; 512, k1000 &lt; 1024) with a presence bit.</summary>
    public static uint Pack(int k100, int k320, int k1000) => 1u | ((uint)k100 << 1) | ((uint)k320 << 8) | ((uint)k1000 << 17);

    /// <summary>The packed clusters of a word, given its lower-cased hash and whether it is written capitalized;
    /// <see cref="None"/> when the word is unknown.</summary>
    public uint Of(ulong lowerHash, bool capitalized) => Select(Entry(lowerHash), capitalized);

    /// <summary>The table entry of a word given its lower-cased hash: both spellings' packed clusters (lower case in the
    /// low half, capitalized in the high half), 0 when the word is unknown; read it with <see cref="Select"/>.</summary>
    public ulong Entry(ulong lowerHash) => _entries.GetValueOrDefault(StoredKey | KeyOf(lowerHash));

    /// <summary>The packed clusters of an <see cref="Entry"/> for a word written capitalized or not: that spelling's,
    /// else the other's; <see cref="None"/> for an unknown word.</summary>
    public static uint Select(ulong entry, bool capitalized)
    {
        uint lower = (uint)entry;
        uint cap = (uint)(entry >> 32);
        return capitalized ? (cap != None ? cap : lower) : (lower != None ? lower : cap);
    }

    /// <summary>Writes a table of (key, lower-case spelling's clusters, capitalized spelling's clusters) entries.</summary>
    public static byte[] Save(IReadOnlyDictionary<uint, (uint Lower, uint Capitalized)> entries)
    {
        var keys = entries.Keys.ToArray();
        Array.Sort(keys);
        using var body = new MemoryStream();
        Span<byte> b4 = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(b4, Magic);
        body.Write(b4);
        BinaryPrimitives.WriteInt32LittleEndian(b4, FeatureHash.FormatVersion);
        body.Write(b4);
        BinaryPrimitives.WriteInt32LittleEndian(b4, keys.Length);
        body.Write(b4);
        uint last = 0;
        foreach (uint k in keys)
        {
            uint gap = k - last;
            last = k;
            while (gap >= 0x80)
            {
                body.WriteByte((byte)(gap | 0x80));
                gap >>= 7;
            }

            body.WriteByte((byte)gap);
        }

        foreach (uint k in keys)
        {
            (uint lower, uint cap) = entries[k];
            BinaryPrimitives.WriteUInt32LittleEndian(b4, lower);
            body.Write(b4);
            BinaryPrimitives.WriteUInt32LittleEndian(b4, cap);
            body.Write(b4);
        }

        using var ms = new MemoryStream();
        using (var brotli = new BrotliStream(ms, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            body.Position = 0;
            body.CopyTo(brotli);
        }

        return ms.ToArray();
    }

    /// <summary>Reads a table written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">Not a cluster table, one of another feature-hash format, or truncated.</exception>
    public static WordClusters Load(Stream input)
    {
        using var ms = new MemoryStream();
        try
        {
            using var brotli = new BrotliStream(input, CompressionMode.Decompress);
            brotli.CopyTo(ms);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException)
        {
            throw new InvalidDataException("clusters: the table is truncated or corrupt.", ex);
        }

        ReadOnlySpan<byte> data = ms.GetBuffer().AsSpan(0, (int)ms.Length);
        if (data.Length < 12 || BinaryPrimitives.ReadUInt32LittleEndian(data) != Magic)
        {
            ThrowHelper.ThrowInvalidData("clusters: not a word-cluster table.");
        }

        FeatureHash.EnsureFormat(BinaryPrimitives.ReadInt32LittleEndian(data[4..]), "The word-cluster table");
        int count = BinaryPrimitives.ReadInt32LittleEndian(data[8..]);
        if (count < 0 || count > (data.Length - 12) / 9)
        {
            ThrowHelper.ThrowInvalidData("clusters: corrupt header.");
        }

        var keys = new uint[count];
        int pos = 12;
        uint key = 0;
        for (int i = 0; i < count; i++)
        {
            uint gap = 0;
            int shift = 0;
            byte b;
            do
            {
                if (pos >= data.Length || shift > 28)
                {
                    ThrowHelper.ThrowInvalidData("clusters: the table is truncated.");
                }

                b = data[pos++];
                gap |= (uint)(b & 0x7F) << shift;
                shift += 7;
            }
            while (b >= 0x80);
            key += gap;
            keys[i] = key;
        }

        if (data.Length - pos != count * 8)
        {
            ThrowHelper.ThrowInvalidData("clusters: the table is truncated.");
        }

        var entries = new HashMap64(count);
        for (int i = 0; i < count; i++)
        {
            entries.GetOrAdd(StoredKey | keys[i]) = BinaryPrimitives.ReadUInt64LittleEndian(data[(pos + (i * 8))..]);
        }

        return new WordClusters(entries);
    }

    /// <summary>Loads the table embedded in the library under <paramref name="resourceName"/>.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing.</exception>
    internal static WordClusters LoadEmbedded(string resourceName = ResourceName)
    {
        using Stream stream = typeof(WordClusters).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource {resourceName} is missing: build it with `dotnet run --project tools/NewsNlp.ModelBuilder -- ner` and rebuild the library.");
        return Load(stream);
    }
}
