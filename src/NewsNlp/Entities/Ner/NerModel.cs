using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NewsNlp;

/// <summary>The trained tagger weights: hashed feature buckets to quantized per-tag weights.
/// Stored Brotli-compressed in <c>Models/ner.bin</c>; loaded once, immutable, thread-safe.</summary>
/// <remarks>Lookup is the hot path of the whole pipeline (about 50 features per word, two passes). Which buckets hold a
/// row is a <see cref="RankedBitmap"/> small enough to stay in cache, so a feature costs one popcount and one read of
/// its row; the row reads are prefetched together so that their cache misses overlap.</remarks>
internal sealed class NerModel : NerWeights
{
    /// <summary>Header of models written before they recorded their feature-hash format (16 bytes).</summary>
    private const uint MagicUnrecorded = 0x3152454E; // "NER1"

    /// <summary>Header of models that record their feature-hash format but not their feature templates (20 bytes):
    /// all were built with templates version 1.</summary>
    private const uint MagicNoTemplates = 0x3252454E; // "NER2"

    /// <summary>Header of models that record their feature-hash format and <see cref="NerFeatures.TemplateVersion"/> (24 bytes).</summary>
    private const uint Magic = 0x3352454E; // "NER3"

    private const int HeaderSize = 24;
    private const int NoTemplatesHeaderSize = 20;
    private const int UnrecordedHeaderSize = 16;

    private static readonly Lazy<NerModel> s_pass1 = new(() => LoadResource("NewsNlp.Models.ner.bin"));
    private static readonly Lazy<NerModel> s_pass2 = new(() => LoadResource("NewsNlp.Models.ner2.bin"));

    private readonly RankedBitmap _index;
    private readonly short[] _rows;
    private readonly float _scale;

    private NerModel(int bucketBits, RankedBitmap index, short[] rows, float scale)
    {
        _index = index;
        _rows = rows;
        _scale = scale;
    }

    /// <summary>Gets the first-pass model (no document-level type evidence).</summary>
    public static NerModel Pass1 => s_pass1.Value;

    /// <summary>Gets the second-pass model (sees the types the first pass gave each word in the document).</summary>
    public static NerModel Pass2 => s_pass2.Value;

    public override void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<int> sums = stackalloc int[TagCount];
        sums.Clear();
        Accumulate(features, sums);
        AddScaled(sums, scores);
    }

    /// <summary>Adds the quantized weights of every feature to <paramref name="sums"/> (length <see cref="NerWeights.TagCount"/>).
    /// Integer sums: any grouping of the features gives the same result.</summary>
    public void Accumulate(ReadOnlySpan<ulong> features, Span<int> sums)
    {
        RankedBitmap index = _index;
        ref short rows = ref MemoryMarshal.GetArrayDataReference(_rows);

        // First find every row (the index is small and cached) and start fetching it; then add them up, so that the
        // row reads, which miss the cache, overlap instead of waiting one after another.
        Span<int> found = stackalloc int[features.Length];
        int n = 0;
        foreach (ulong f in features)
        {
            bool member = index.TryRank(index.BucketOf(f), out int row);
            int offset = row * TagCount;
            found[n] = offset;
            n += member ? 1 : 0;
            if (Sse.IsSupported)
            {
                unsafe
                {
                    Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref rows, offset)));
                }
            }
        }

        Vector128<int> lo = Vector128<int>.Zero;
        Vector128<int> hi = Vector128<int>.Zero;
        int last = 0;
        foreach (int offset in found[..n])
        {
            ref short w = ref Unsafe.Add(ref rows, offset);
            (Vector128<int> l, Vector128<int> h) = Vector128.Widen(Vector128.LoadUnsafe(ref w));
            lo += l;
            hi += h;
            last += Unsafe.Add(ref w, 8);
        }

        for (int t = 0; t < 4; t++)
        {
            sums[t] += lo[t];
            sums[t + 4] += hi[t];
        }

        sums[8] += last;
    }

    /// <summary>Adds integer weight sums (<see cref="Accumulate"/>) to <paramref name="scores"/> as scores.</summary>
    public void AddScaled(ReadOnlySpan<int> sums, Span<float> scores)
    {
        for (int t = 0; t < TagCount; t++)
        {
            scores[t] += sums[t] * _scale;
        }
    }

    /// <summary>Writes dense averaged weights (bucket-major, <see cref="NerWeights.TagCount"/> per bucket) compactly.</summary>
    public static void Save(Stream output, int bucketBits, float[] weights)
    {
        float max = 0;
        foreach (float w in weights)
        {
            max = Math.Max(max, Math.Abs(w));
        }

        float scale = max > 0 ? max / short.MaxValue : 1f;
        using var brotli = new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var body = new MemoryStream();
        int buckets = 1 << bucketBits;
        Span<short> q = stackalloc short[TagCount];
        int rows = 0;
        int last = -1;
        for (int bkt = 0; bkt < buckets; bkt++)
        {
            bool any = false;
            for (int t = 0; t < TagCount; t++)
            {
                q[t] = (short)Math.Clamp(MathF.Round(weights[(bkt * TagCount) + t] / scale), short.MinValue + 1, short.MaxValue);
                any |= q[t] != 0;
            }

            if (!any)
            {
                continue;
            }

            WriteVarint(body, (uint)(bkt - last));
            last = bkt;
            for (int t = 0; t < TagCount; t++)
            {
                WriteVarint(body, (uint)((q[t] << 1) ^ (q[t] >> 31)));
            }

            rows++;
        }

        Span<byte> header = stackalloc byte[HeaderSize];
        BinaryPrimitives.WriteUInt32LittleEndian(header, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], bucketBits);
        BinaryPrimitives.WriteSingleLittleEndian(header[8..], scale);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], rows);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], FeatureHash.FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(header[20..], NerFeatures.TemplateVersion);
        brotli.Write(header);
        body.Position = 0;
        body.CopyTo(brotli);
    }

    /// <summary>Reads a model written by <see cref="Save"/>. Earlier models that did not record their feature templates
    /// (<c>NER1</c>, <c>NER2</c>) were built with templates version 1, and are refused like any model whose templates are
    /// not <see cref="NerFeatures.TemplateVersion"/>: their weights belong to other features.</summary>
    /// <exception cref="InvalidDataException">Not a NER model, or one hashed with another feature-hash format or built
    /// with other feature templates.</exception>
    public static NerModel Load(Stream input)
    {
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var ms = new MemoryStream();
        brotli.CopyTo(ms);
        ReadOnlySpan<byte> data = ms.GetBuffer().AsSpan(0, (int)ms.Length);
        uint magic = data.Length < UnrecordedHeaderSize ? 0 : BinaryPrimitives.ReadUInt32LittleEndian(data);
        int pos;
        if (magic == Magic && data.Length >= HeaderSize)
        {
            FeatureHash.EnsureFormat(BinaryPrimitives.ReadInt32LittleEndian(data[16..]), "The NER model");
            EnsureTemplates(BinaryPrimitives.ReadInt32LittleEndian(data[20..]));
            pos = HeaderSize;
        }
        else if (magic == MagicNoTemplates && data.Length >= NoTemplatesHeaderSize)
        {
            FeatureHash.EnsureFormat(BinaryPrimitives.ReadInt32LittleEndian(data[16..]), "The NER model");
            EnsureTemplates(1);
            pos = NoTemplatesHeaderSize;
        }
        else if (magic == MagicUnrecorded)
        {
            FeatureHash.EnsureFormat(FeatureHash.UnrecordedFormatVersion, "The NER model");
            EnsureTemplates(1);
            pos = UnrecordedHeaderSize;
        }
        else
        {
            throw new InvalidDataException("Not a NewsNlp NER model.");
        }

        int bits = BinaryPrimitives.ReadInt32LittleEndian(data[4..]);
        float scale = BinaryPrimitives.ReadSingleLittleEndian(data[8..]);
        int rowCount = BinaryPrimitives.ReadInt32LittleEndian(data[12..]);
        if (bits is < 8 or > 26 || rowCount < 0 || rowCount > (1 << bits))
        {
            throw new InvalidDataException("Corrupt NER model header.");
        }

        var rows = new short[rowCount * TagCount];
        var buckets = new int[rowCount];
        int bucket = -1;
        for (int r = 0; r < rowCount; r++)
        {
            bucket += (int)ReadVarint(data, ref pos);
            buckets[r] = bucket;
            for (int t = 0; t < TagCount; t++)
            {
                uint z = ReadVarint(data, ref pos);
                rows[(r * TagCount) + t] = (short)((int)(z >> 1) ^ -(int)(z & 1));
            }
        }

        var index = new RankedBitmap(bits, buckets);
        return new NerModel(bits, index, rows, scale);
    }

    private static void EnsureTemplates(int version)
    {
        if (version != NerFeatures.TemplateVersion)
        {
            throw new InvalidDataException(
                "The NER model was built with feature templates version " + version + ", but this library extracts version "
                + NerFeatures.TemplateVersion + "; train the model again.");
        }
    }

    private static void WriteVarint(Stream s, uint v)
    {
        while (v >= 0x80)
        {
            s.WriteByte((byte)(v | 0x80));
            v >>= 7;
        }

        s.WriteByte((byte)v);
    }

    private static uint ReadVarint(ReadOnlySpan<byte> data, ref int pos)
    {
        uint v = 0;
        int shift = 0;
        while (true)
        {
            byte b = data[pos++];
            v |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return v;
            }

            shift += 7;
        }
    }

    private static NerModel LoadResource(string name)
    {
        using Stream? s = typeof(NewsAnalyzer).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("Embedded resource " + name + " is missing.");
        return Load(s);
    }
}
