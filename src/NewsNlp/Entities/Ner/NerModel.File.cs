using System.Buffers.Binary;
using System.IO.Compression;
using System.Numerics;

namespace NewsNlp;

/// <summary>The file format of <c>ner.bin</c> and <c>ner2.bin</c>: one Brotli stream holding a 24-byte header (magic
/// <c>NER4</c>, bucket bits, weight scale, row count, feature-hash format, feature templates version) and four
/// columns, each a run of 7-bit varints: the gaps between the non-empty buckets; each row's mask of non-zero tags;
/// the zigzag non-zero weights of every row in tag order except its last one; each row's zigzag weight sum. A
/// perceptron update adds to one tag what it takes from another, so a row sums to about 0 and the sum restores the
/// omitted weight in a few bits. Columns instead of rows let Brotli see like with like: 18% smaller than <c>NER3</c>,
/// which stored each row's bucket gap and nine weights together (still read).</summary>
internal sealed partial class NerModel
{
    /// <summary>Header of models written before they recorded their feature-hash format (16 bytes).</summary>
    private const uint MagicUnrecorded = 0x3152454E; // "NER1"

    /// <summary>Header of models that record their feature-hash format but not their feature templates (20 bytes):
    /// all were built with templates version 1.</summary>
    private const uint MagicNoTemplates = 0x3252454E; // "NER2"

    /// <summary>Header of row-major models that record their feature-hash format and templates (24 bytes).</summary>
    private const uint MagicRows = 0x3352454E; // "NER3"

    /// <summary>Header of column-wise models (24 bytes, as <see cref="MagicRows"/>), the format <see cref="Save"/> writes.</summary>
    private const uint Magic = 0x3452454E; // "NER4"

    private const int HeaderSize = 24;

    /// <summary>The error of a file that ends inside a value.</summary>
    private const string Truncated = "Corrupt NER model: truncated.";
    private const int NoTemplatesHeaderSize = 20;
    private const int UnrecordedHeaderSize = 16;


    /// <summary>Writes dense averaged weights (bucket-major, <see cref="NerWeights.TagCount"/> per bucket) compactly.</summary>
    public static void Save(Stream output, int bucketBits, float[] weights)
    {
        float max = 0;
        foreach (float w in weights)
        {
            max = Math.Max(max, Math.Abs(w));
        }

        float scale = max > 0 ? max / short.MaxValue : 1f;
        var buckets = new List<int>();
        var rows = new List<short>();
        Span<short> q = stackalloc short[TagCount];
        for (int bkt = 0; bkt < 1 << bucketBits; bkt++)
        {
            bool any = false;
            for (int t = 0; t < TagCount; t++)
            {
                q[t] = (short)Math.Clamp(MathF.Round(weights[(bkt * TagCount) + t] / scale), short.MinValue + 1, short.MaxValue);
                any |= q[t] != 0;
            }

            if (any)
            {
                buckets.Add(bkt);
                rows.AddRange(q);
            }
        }

        Write(output, new Quantized(bucketBits, scale, [.. buckets], [.. rows]));
    }

    /// <summary>Reads a model written by <see cref="Save"/>. Earlier models that did not record their feature templates
    /// (<c>NER1</c>, <c>NER2</c>) were built with templates version 1, and are refused like any model whose templates are
    /// not <see cref="NerFeatures.TemplateVersion"/>: their weights belong to other features.</summary>
    /// <exception cref="InvalidDataException">Not a NER model, or one hashed with another feature-hash format or built
    /// with other feature templates.</exception>
    public static NerModel Load(Stream input)
    {
        Quantized m = Read(input);
        return new NerModel(m.Bits, new RankedBitmap(m.Bits, m.Buckets), m.Rows, m.Scale);
    }

    /// <summary>Writes quantized tables in the current format (<c>NER4</c>).</summary>
    internal static void Write(Stream output, Quantized m)
    {
        int rowCount = m.Buckets.Length;
        using var body = new MemoryStream();
        Span<byte> header = stackalloc byte[HeaderSize];
        BinaryPrimitives.WriteUInt32LittleEndian(header, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], m.Bits);
        BinaryPrimitives.WriteSingleLittleEndian(header[8..], m.Scale);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], rowCount);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], FeatureHash.FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(header[20..], NerFeatures.TemplateVersion);
        body.Write(header);
        int last = -1;
        foreach (int bucket in m.Buckets)
        {
            ModelFile.WriteVarint(body, (uint)(bucket - last));
            last = bucket;
        }

        for (int r = 0; r < rowCount; r++)
        {
            uint mask = 0;
            for (int t = 0; t < TagCount; t++)
            {
                mask |= m.Rows[(r * TagCount) + t] != 0 ? 1u << t : 0;
            }

            ModelFile.WriteVarint(body, mask);
        }

        for (int r = 0; r < rowCount; r++)
        {
            int lastTag = LastNonZero(m.Rows.AsSpan(r * TagCount, TagCount));
            for (int t = 0; t < lastTag; t++)
            {
                short w = m.Rows[(r * TagCount) + t];
                if (w != 0)
                {
                    ModelFile.WriteVarint(body, ModelFile.ZigZag(w));
                }
            }
        }

        for (int r = 0; r < rowCount; r++)
        {
            int sum = 0;
            foreach (short w in m.Rows.AsSpan(r * TagCount, TagCount))
            {
                sum += w;
            }

            ModelFile.WriteVarint(body, ModelFile.ZigZag(sum));
        }

        output.Write(ModelFile.Compress(body.GetBuffer().AsSpan(0, (int)body.Length), "ner"));
    }

    /// <summary>Reads the quantized tables of a model in any format this library reads.</summary>
    internal static Quantized Read(Stream input)
    {
        using var ms = new MemoryStream();
        try
        {
            using var brotli = new BrotliStream(input, CompressionMode.Decompress);
            brotli.CopyTo(ms);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException)
        {
            throw new InvalidDataException("ner: the model is truncated or corrupt.", ex);
        }

        ReadOnlySpan<byte> data = ms.GetBuffer().AsSpan(0, (int)ms.Length);
        uint magic = data.Length < UnrecordedHeaderSize ? 0 : BinaryPrimitives.ReadUInt32LittleEndian(data);
        int pos;
        if (magic is Magic or MagicRows && data.Length >= HeaderSize)
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
        if (magic == Magic)
        {
            ReadColumns(data, pos, bits, buckets, rows);
        }
        else
        {
            int bucket = -1;
            for (int r = 0; r < rowCount; r++)
            {
                bucket += (int)ModelFile.ReadVarint(data, ref pos, Truncated);
                buckets[r] = bucket;
                for (int t = 0; t < TagCount; t++)
                {
                    rows[(r * TagCount) + t] = (short)ModelFile.UnZigZag(ModelFile.ReadVarint(data, ref pos, Truncated));
                }
            }
        }

        return new Quantized(bits, scale, buckets, rows);
    }

    private static void ReadColumns(ReadOnlySpan<byte> data, int pos, int bits, int[] buckets, short[] rows)
    {
        int rowCount = buckets.Length;
        int bucket = -1;
        for (int r = 0; r < rowCount; r++)
        {
            bucket += (int)ModelFile.ReadVarint(data, ref pos, Truncated);
            if (bucket >= 1 << bits)
            {
                throw new InvalidDataException("Corrupt NER model: a bucket lies outside the table.");
            }

            buckets[r] = bucket;
        }

        var masks = new ushort[rowCount];
        for (int r = 0; r < rowCount; r++)
        {
            uint mask = ModelFile.ReadVarint(data, ref pos, Truncated);
            if (mask is 0 or >= 1u << TagCount)
            {
                throw new InvalidDataException("Corrupt NER model: a row without weights.");
            }

            masks[r] = (ushort)mask;
        }

        // Every non-zero weight but the row's last, then the row sums, which restore the last.
        var partial = new int[rowCount];
        for (int r = 0; r < rowCount; r++)
        {
            uint mask = masks[r] & ~(1u << LastTag(masks[r]));
            int sum = 0;
            while (mask != 0)
            {
                int t = BitOperations.TrailingZeroCount(mask);
                mask &= mask - 1;
                short w = (short)ModelFile.UnZigZag(ModelFile.ReadVarint(data, ref pos, Truncated));
                rows[(r * TagCount) + t] = w;
                sum += w;
            }

            partial[r] = sum;
        }

        for (int r = 0; r < rowCount; r++)
        {
            int w = ModelFile.UnZigZag(ModelFile.ReadVarint(data, ref pos, Truncated)) - partial[r];
            if (w is 0 or < short.MinValue or > short.MaxValue)
            {
                throw new InvalidDataException("Corrupt NER model: a row sum does not fit its weights.");
            }

            rows[(r * TagCount) + LastTag(masks[r])] = (short)w;
        }

        if (pos != data.Length)
        {
            throw new InvalidDataException("Corrupt NER model: bytes left over after the last column.");
        }
    }

    private static int LastTag(uint mask) => 31 - BitOperations.LeadingZeroCount(mask);

    private static int LastNonZero(ReadOnlySpan<short> row)
    {
        int last = -1;
        for (int t = 0; t < row.Length; t++)
        {
            last = row[t] != 0 ? t : last;
        }

        return last;
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

    /// <summary>A model's tables as stored: the non-empty buckets in increasing order and their quantized weights
    /// (<see cref="NerWeights.TagCount"/> per bucket, in units of the scale).</summary>
    internal sealed record Quantized(int Bits, float Scale, int[] Buckets, short[] Rows);
}
