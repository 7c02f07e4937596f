using System.Buffers.Binary;
using System.IO.Compression;

namespace NewsNlp;

/// <summary>The file format of <c>clusters.bin</c>: one Brotli stream holding magic <c>NWC3</c>, the feature-hash
/// format, the entry count and the key width in bits, then columns of 7-bit varints (Brotli sees like with like): the sorted keys as gaps;
/// one byte per entry saying which spellings it has (<see cref="Spellings"/>); the rank tables (the 1,000-cluster ids
/// by frequency, and under each the 320- and 100-cluster ids its words have, by frequency); then per stored spelling
/// (the entry's first, and the capitalized one when it differs) the rank of its 1,000-cluster, and the ranks of its
/// 320- and 100-clusters under that one. The coarser clusters of a word mostly follow from its 1,000-cluster, so
/// their ranks are small numbers. <c>NWC2</c> (the same with 32-bit keys and no width) and <c>NWC1</c> (the two packed ids
/// of every entry as 32-bit values) are still read.</summary>
internal sealed partial class WordClusters
{
    private const uint MagicPacked = 0x3143574E; // "NWC1"
    private const uint MagicColumns = 0x3243574E; // "NWC2"
    private const uint Magic = 0x3343574E; // "NWC3"
    private const int HeaderSize = 12;

    /// <summary>The key width of the shipped table: <see cref="FeatureHash.Lower"/>'s upper 22 bits. A key then costs
    /// about 7 bits in the file instead of 16 (the sorted keys are stored as gaps): 900 → 565 KB with the shipped lower-case
    /// cut. The price: 3,819 of the 241,744 words lose their key to a more frequent word, and a word the table does not
    /// hold finds a stranger's clusters with probability 171,144 / 2²² ≈ 4%. Measured (<c>ner --heldout</c>, the tagger
    /// trained with exact keys): held-out folds 0 / 1 of eng.train 0.9033 / 0.9148 with 24-bit keys, 0.9033 / 0.9145
    /// with 23, 0.9030 / 0.9154 with 22; news-gold unchanged; UNER dev 0.5738 → 0.5726.</summary>
    public const int KeyBits = 22;

    /// <summary>The narrowest key width a table may declare.</summary>
    private const int MinKeyBits = 16;

    /// <summary>The error of a file that ends inside a value.</summary>
    private const string Truncated = "clusters: the table is truncated.";

    /// <summary>The id ranges of the three granularities (see <see cref="Pack"/>).</summary>
    private const int K100Ids = 128, K320Ids = 512, K1000Ids = 1024;


    /// <summary>Which spellings an entry stores.</summary>
    private enum Spellings : byte
    {
        LowerOnly,
        CapitalizedOnly,
        BothSame,
        BothDiffer,
    }

    /// <summary>Writes a table of (key, lower-case spelling's clusters, capitalized spelling's clusters) entries.</summary>
    /// <param name="entries">The entries by key (<see cref="KeyOf"/> with <paramref name="keyBits"/>).</param>
    /// <param name="keyBits">The width of the keys.</param>
    public static byte[] Save(IReadOnlyDictionary<uint, (uint Lower, uint Capitalized)> entries, int keyBits = KeyBits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keyBits, MinKeyBits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(keyBits, 32);
        uint[] keys = [.. entries.Keys];
        Array.Sort(keys);
        if (keys.Length > 0 && keyBits < 32 && keys[^1] >> keyBits != 0)
        {
            throw new ArgumentException($"clusters: a key wider than {keyBits} bits.", nameof(entries));
        }

        using var body = new MemoryStream();
        Span<byte> header = stackalloc byte[HeaderSize];
        BinaryPrimitives.WriteUInt32LittleEndian(header, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], FeatureHash.FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], keys.Length);
        body.Write(header);
        Span<byte> width = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(width, keyBits);
        body.Write(width);
        uint last = 0;
        foreach (uint k in keys)
        {
            ModelFile.WriteVarint(body, k - last);
            last = k;
        }

        var values = new List<uint>(keys.Length);
        foreach (uint k in keys)
        {
            (uint lower, uint cap) = entries[k];
            Spellings kind = lower == None ? Spellings.CapitalizedOnly : cap == None ? Spellings.LowerOnly : lower == cap ? Spellings.BothSame : Spellings.BothDiffer;
            if (lower == None && cap == None)
            {
                throw new ArgumentException("clusters: an entry without clusters.", nameof(entries));
            }

            body.WriteByte((byte)kind);
            values.Add(lower != None ? lower : cap);
            if (kind == Spellings.BothDiffer)
            {
                values.Add(cap);
            }
        }

        // Rank tables: ids by falling frequency (ties by id), so that the columns hold small numbers.
        var count1000 = new int[K1000Ids];
        var count320 = new int[K1000Ids * K320Ids];
        var count100 = new int[K1000Ids * K100Ids];
        foreach (uint v in values)
        {
            (int k100, int k320, int k1000) = Unpack(v);
            count1000[k1000]++;
            count320[(k1000 * K320Ids) + k320]++;
            count100[(k1000 * K100Ids) + k100]++;
        }

        int[] order1000 = ByFrequency(count1000, 0, K1000Ids);
        var rank1000 = new int[K1000Ids];
        var rank320 = new int[K1000Ids * K320Ids];
        var rank100 = new int[K1000Ids * K100Ids];
        ModelFile.WriteVarint(body, (uint)order1000.Length);
        for (int r = 0; r < order1000.Length; r++)
        {
            int k1000 = order1000[r];
            rank1000[k1000] = r;
            ModelFile.WriteVarint(body, (uint)k1000);
            WriteRanks(body, ByFrequency(count320, k1000 * K320Ids, K320Ids), rank320, k1000 * K320Ids);
            WriteRanks(body, ByFrequency(count100, k1000 * K100Ids, K100Ids), rank100, k1000 * K100Ids);
        }

        foreach (uint v in values)
        {
            ModelFile.WriteVarint(body, (uint)rank1000[Unpack(v).K1000]);
        }

        foreach (uint v in values)
        {
            (_, int k320, int k1000) = Unpack(v);
            ModelFile.WriteVarint(body, (uint)rank320[(k1000 * K320Ids) + k320]);
        }

        foreach (uint v in values)
        {
            (int k100, _, int k1000) = Unpack(v);
            ModelFile.WriteVarint(body, (uint)rank100[(k1000 * K100Ids) + k100]);
        }

        return ModelFile.Compress(body.GetBuffer().AsSpan(0, (int)body.Length), "clusters");
    }

    /// <summary>Reads a table written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">Not a cluster table, one of another feature-hash format, or truncated.</exception>
    public static WordClusters Load(Stream input)
    {
        (uint[] keys, ulong[] values, int keyBits) = Read(input);
        var entries = new HashMap64(keys.Length);
        for (int i = 0; i < keys.Length; i++)
        {
            entries.GetOrAdd(StoredKey | keys[i]) = values[i];
        }

        return new WordClusters(entries, keyBits);
    }

    /// <summary>Reads the sorted keys and their entries (lower-case spelling's clusters in the low half, capitalized
    /// spelling's in the high half) of a table in any format this library reads, and the width of its keys.</summary>
    internal static (uint[] Keys, ulong[] Values, int KeyBits) Read(Stream input)
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
        uint magic = data.Length < HeaderSize ? 0 : BinaryPrimitives.ReadUInt32LittleEndian(data);
        if (magic is not (Magic or MagicColumns or MagicPacked))
        {
            ThrowHelper.ThrowInvalidData("clusters: not a word-cluster table.");
        }

        FeatureHash.EnsureFormat(BinaryPrimitives.ReadInt32LittleEndian(data[4..]), "The word-cluster table");
        int count = BinaryPrimitives.ReadInt32LittleEndian(data[8..]);
        if (count < 0 || count > (data.Length - HeaderSize) / 2)
        {
            ThrowHelper.ThrowInvalidData("clusters: corrupt header.");
        }

        var keys = new uint[count];
        int pos = HeaderSize;
        int keyBits = 32;
        if (magic == Magic)
        {
            keyBits = data.Length - pos >= 4 ? BinaryPrimitives.ReadInt32LittleEndian(data[pos..]) : 0;
            pos += 4;
            if (keyBits is < MinKeyBits or > 32)
            {
                ThrowHelper.ThrowInvalidData("clusters: corrupt key width.");
            }
        }

        uint key = 0;
        for (int i = 0; i < count; i++)
        {
            key += ModelFile.ReadVarint(data, ref pos, Truncated);
            keys[i] = key;
        }

        if (keyBits < 32 && count > 0 && key >> keyBits != 0)
        {
            ThrowHelper.ThrowInvalidData("clusters: a key wider than the table's key width.");
        }

        ulong[] values = magic == MagicPacked ? ReadPacked(data, pos, count) : ReadColumns(data, pos, count);
        return (keys, values, keyBits);
    }

    private static ulong[] ReadPacked(ReadOnlySpan<byte> data, int pos, int count)
    {
        if (data.Length - pos != count * 8)
        {
            ThrowHelper.ThrowInvalidData("clusters: the table is truncated.");
        }

        var values = new ulong[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt64LittleEndian(data[(pos + (i * 8))..]);
        }

        return values;
    }

    private static ulong[] ReadColumns(ReadOnlySpan<byte> data, int pos, int count)
    {
        if (data.Length - pos < count)
        {
            ThrowHelper.ThrowInvalidData("clusters: the table is truncated.");
        }

        ReadOnlySpan<byte> kinds = data.Slice(pos, count);
        pos += count;
        int valueCount = count;
        foreach (byte kind in kinds)
        {
            valueCount += kind == (byte)Spellings.BothDiffer ? 1 : kind > (byte)Spellings.BothDiffer ? throw new InvalidDataException("clusters: corrupt spellings column.") : 0;
        }

        int n1000 = (int)ModelFile.ReadVarint(data, ref pos, Truncated);
        if (n1000 > K1000Ids)
        {
            ThrowHelper.ThrowInvalidData("clusters: corrupt rank table.");
        }

        var ids1000 = new int[n1000];
        var ids320 = new int[n1000][];
        var ids100 = new int[n1000][];
        for (int r = 0; r < n1000; r++)
        {
            ids1000[r] = ReadId(data, ref pos, K1000Ids);
            ids320[r] = ReadRanks(data, ref pos, K320Ids);
            ids100[r] = ReadRanks(data, ref pos, K100Ids);
        }

        var ranks = new int[valueCount];
        var packed = new uint[valueCount];
        for (int i = 0; i < valueCount; i++)
        {
            ranks[i] = ReadId(data, ref pos, n1000);
        }

        for (int i = 0; i < valueCount; i++)
        {
            packed[i] = (uint)ids320[ranks[i]][ReadId(data, ref pos, ids320[ranks[i]].Length)] << 8;
        }

        for (int i = 0; i < valueCount; i++)
        {
            packed[i] |= 1u | ((uint)ids100[ranks[i]][ReadId(data, ref pos, ids100[ranks[i]].Length)] << 1) | ((uint)ids1000[ranks[i]] << 17);
        }

        if (pos != data.Length)
        {
            ThrowHelper.ThrowInvalidData("clusters: bytes left over after the last column.");
        }

        var values = new ulong[count];
        int v = 0;
        for (int i = 0; i < count; i++)
        {
            uint first = packed[v++];
            values[i] = (Spellings)kinds[i] switch
            {
                Spellings.LowerOnly => first,
                Spellings.CapitalizedOnly => (ulong)first << 32,
                Spellings.BothSame => first | ((ulong)first << 32),
                _ => first | ((ulong)packed[v++] << 32),
            };
        }

        return values;
    }

    private static (int K100, int K320, int K1000) Unpack(uint packed) => ((int)(packed >> 1) & 0x7F, (int)(packed >> 8) & 0x1FF, (int)(packed >> 17) & 0x3FF);

    /// <summary>The ids of <paramref name="counts"/>[start..start+length] that occur, most frequent first (ties by id).</summary>
    private static int[] ByFrequency(int[] counts, int start, int length)
    {
        var ids = new List<int>();
        for (int i = 0; i < length; i++)
        {
            if (counts[start + i] > 0)
            {
                ids.Add(i);
            }
        }

        ids.Sort((a, b) => counts[start + a] != counts[start + b] ? counts[start + b].CompareTo(counts[start + a]) : a.CompareTo(b));
        return [.. ids];
    }

    private static void WriteRanks(Stream body, int[] ids, int[] rank, int start)
    {
        ModelFile.WriteVarint(body, (uint)ids.Length);
        for (int r = 0; r < ids.Length; r++)
        {
            ModelFile.WriteVarint(body, (uint)ids[r]);
            rank[start + ids[r]] = r;
        }
    }

    private static int[] ReadRanks(ReadOnlySpan<byte> data, ref int pos, int idCount)
    {
        var ids = new int[ReadId(data, ref pos, idCount + 1)];
        for (int r = 0; r < ids.Length; r++)
        {
            ids[r] = ReadId(data, ref pos, idCount);
        }

        return ids;
    }

    /// <summary>Reads a varint that must be below <paramref name="limit"/>.</summary>
    private static int ReadId(ReadOnlySpan<byte> data, ref int pos, int limit)
    {
        uint v = ModelFile.ReadVarint(data, ref pos, Truncated);
        if (v >= (uint)limit)
        {
            ThrowHelper.ThrowInvalidData("clusters: an id or rank out of range.");
        }

        return (int)v;
    }
}
