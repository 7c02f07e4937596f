using System.IO.Compression;
using System.Text;

namespace NewsNlp;

/// <summary>The model file: Brotli-compressed, versioned, with the feature-hash format it was built with.</summary>
public sealed partial class TopicModel
{
    /// <summary>Writes the model to a stream (Brotli-compressed).</summary>
    /// <param name="stream">A writable stream; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(s_magic);
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        writer.Write(FormatVersion);
        writer.Write(FeatureHash.FormatVersion);
        writer.Write(_labels.Length);
        foreach (string label in _labels)
        {
            writer.Write(label);
        }

        foreach (float b in _bias)
        {
            writer.Write(b);
        }

        writer.Write(_plattA is not null);
        if (_plattA is not null)
        {
            foreach (float[] values in (ReadOnlySpan<float[]>)[_plattA, _plattB!, _thresholds!])
            {
                foreach (float x in values)
                {
                    writer.Write(x);
                }
            }
        }

        writer.Write(_weightStep);

        writer.Write(_vocabulary.Bits);
        writer.Write(_vocabulary.Count);

        // Column by column, so that Brotli sees like with like: the buckets as gaps, the inverse document frequencies
        // (as the document frequencies they were computed from when they all were), which entries have weights, then
        // the weights label by label.
        int previous = -1;
        foreach (int bucket in _vocabulary.Members())
        {
            writer.Write7BitEncodedInt(bucket - previous);
            previous = bucket;
        }

        if (DocumentFrequencies(_idf) is (int documents, int[] frequencies))
        {
            writer.Write(documents);
            foreach (int df in frequencies)
            {
                writer.Write7BitEncodedInt(df);
            }
        }
        else
        {
            writer.Write(-1);
            foreach (float idf in _idf)
            {
                writer.Write(idf);
            }
        }

        foreach (int row in _rowOf)
        {
            writer.Write(row >= 0);
        }

        for (int c = 0; c < _labels.Length; c++)
        {
            foreach (int row in _rowOf)
            {
                if (row < 0)
                {
                    continue;
                }

                if (_weightStep > 0)
                {
                    writer.Write((sbyte)MathF.Round(_rows[row + c] / _weightStep));
                }
                else
                {
                    writer.Write(_rows[row + c]);
                }
            }
        }
    }

    /// <summary>The training-set size and document frequencies that <paramref name="idf"/> was computed from with
    /// <see cref="TopicFeatures.Idf"/>, found from the rarest entry and checked on every entry bit for bit; null when
    /// the values are not all of that form (then they are stored as floats).</summary>
    private static (int Documents, int[] Frequencies)? DocumentFrequencies(float[] idf)
    {
        if (idf.Length == 0)
        {
            return null;
        }

        float rarest = idf[0];
        foreach (float x in idf)
        {
            rarest = Math.Max(rarest, x);
        }

        // The rarest entry was seen in a few texts (the trainer's minimum count); try each small count.
        for (int rarestDf = 1; rarestDf <= MaxRarestDocumentFrequency; rarestDf++)
        {
            double n = ((1.0 + rarestDf) * Math.Exp(rarest - 1.0)) - 1.0;
            for (int documents = (int)Math.Max(1, Math.Round(n) - 2); documents <= Math.Round(n) + 2 && documents < int.MaxValue; documents++)
            {
                if (TryFrequencies(idf, documents) is int[] frequencies)
                {
                    return (documents, frequencies);
                }
            }
        }

        return null;
    }

    private static int[]? TryFrequencies(float[] idf, int documents)
    {
        var frequencies = new int[idf.Length];
        for (int v = 0; v < idf.Length; v++)
        {
            double df = Math.Round(((1.0 + documents) / Math.Exp(idf[v] - 1.0)) - 1.0);
            if (df < 0 || df > documents || BitConverter.SingleToInt32Bits(TopicFeatures.Idf(documents, (int)df)) != BitConverter.SingleToInt32Bits(idf[v]))
            {
                return null;
            }

            frequencies[v] = (int)df;
        }

        return frequencies;
    }

    /// <summary>Writes the model to a file.</summary>
    /// <param name="path">The file to create or overwrite.</param>
    public void Save(string path)
    {
        using FileStream stream = File.Create(path);
        Save(stream);
    }

    /// <summary>Reads a model written by <see cref="Save(Stream)"/>.</summary>
    /// <param name="stream">A readable stream positioned at the model; left open.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDataException">The stream does not hold a NewsNlp topic model of this version, or its features were hashed with another format.</exception>
    public static TopicModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> magic = stackalloc byte[4];
        if (stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) != 4 || !magic.SequenceEqual(s_magic))
        {
            throw new InvalidDataException("Not a NewsNlp topic model (bad header).");
        }

        try
        {
            // Decompressed whole first: the reader's many small reads are then memory reads, not decoder calls.
            using var payload = new MemoryStream();
            using (var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true))
            {
                brotli.CopyTo(payload);
            }

            payload.Position = 0;
            using var reader = new BinaryReader(payload, Encoding.UTF8, leaveOpen: true);
            int version = reader.ReadInt32();
            if (version is not (FormatVersion or CalibratedFormatVersion or UncalibratedFormatVersion or UnrecordedHashFormatVersion))
            {
                throw new InvalidDataException("Unsupported NewsNlp topic model version " + version + " (this library reads version " + FormatVersion + "); train it again.");
            }

            int hashFormat = version >= UncalibratedFormatVersion ? reader.ReadInt32() : FeatureHash.UnrecordedFormatVersion;
            FeatureHash.EnsureFormat(hashFormat, "The topic model");

            int labelCount = reader.ReadInt32();
            if (labelCount is < 2 or > 100_000)
            {
                throw new InvalidDataException("Not a NewsNlp topic model (bad label count).");
            }

            string[] labels = new string[labelCount];
            for (int i = 0; i < labelCount; i++)
            {
                labels[i] = reader.ReadString();
            }

            float[] bias = new float[labelCount];
            for (int i = 0; i < labelCount; i++)
            {
                bias[i] = reader.ReadSingle();
            }

            (float[] A, float[] B, float[] Thresholds)? calibration = null;
            if (version >= CalibratedFormatVersion && reader.ReadBoolean())
            {
                calibration = (ReadFloats(reader, labelCount), ReadFloats(reader, labelCount), ReadFloats(reader, labelCount));
            }

            float step = version >= CalibratedFormatVersion ? reader.ReadSingle() : 0;

            int bits = reader.ReadInt32();
            int size = reader.ReadInt32();
            if (bits is < 6 or > 28 || size < 0 || size > 1 << bits)
            {
                throw new InvalidDataException("Not a NewsNlp topic model (bad vocabulary header).");
            }

            (int[] buckets, float[] idf, int[] rowOf, float[] rows) = version >= ColumnFormatVersion
                ? ReadColumns(reader, size, labelCount, step)
                : ReadEntries(reader, size, labelCount, step);
            return new TopicModel(labels, new RankedBitmap(bits, buckets), idf, rowOf, rows, bias, calibration, step);
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or InvalidOperationException)
        {
            // InvalidOperationException: what BrotliStream throws on data it cannot decode.
            throw new InvalidDataException("Not a NewsNlp topic model (truncated or corrupt).", e);
        }
    }

    /// <summary>The vocabulary of format 5: the columns <see cref="Save(Stream)"/> writes.</summary>
    private static (int[] Buckets, float[] Idf, int[] RowOf, float[] Rows) ReadColumns(BinaryReader reader, int size, int labelCount, float step)
    {
        var buckets = new int[size];
        int bucket = -1;
        for (int v = 0; v < size; v++)
        {
            bucket += reader.Read7BitEncodedInt();
            buckets[v] = bucket;
        }

        var idf = new float[size];
        int documents = reader.ReadInt32();
        for (int v = 0; v < size; v++)
        {
            if (documents < 0)
            {
                idf[v] = reader.ReadSingle();
                continue;
            }

            int df = reader.Read7BitEncodedInt();
            if (df < 0 || df > documents)
            {
                throw new InvalidDataException("Not a NewsNlp topic model (a document frequency out of range).");
            }

            idf[v] = TopicFeatures.Idf(documents, df);
        }

        var rowOf = new int[size];
        int weighted = 0;
        for (int v = 0; v < size; v++)
        {
            rowOf[v] = reader.ReadBoolean() ? weighted++ * labelCount : -1;
        }

        var rows = new float[weighted * labelCount];
        for (int c = 0; c < labelCount; c++)
        {
            for (int r = 0; r < weighted; r++)
            {
                rows[(r * labelCount) + c] = step > 0 ? reader.ReadSByte() * step : reader.ReadSingle();
            }
        }

        return (buckets, idf, rowOf, rows);
    }

    /// <summary>The vocabulary of formats 2 to 4: entry by entry, each with its bucket gap, idf, and weights if any.</summary>
    private static (int[] Buckets, float[] Idf, int[] RowOf, float[] Rows) ReadEntries(BinaryReader reader, int size, int labelCount, float step)
    {
        var buckets = new int[size];
        var idf = new float[size];
        var rowOf = new int[size];
        var rows = new List<float>();
        int bucket = -1;
        for (int v = 0; v < size; v++)
        {
            bucket += reader.Read7BitEncodedInt();
            buckets[v] = bucket;
            idf[v] = reader.ReadSingle();
            rowOf[v] = -1;
            if (reader.ReadBoolean())
            {
                rowOf[v] = rows.Count;
                for (int c = 0; c < labelCount; c++)
                {
                    rows.Add(step > 0 ? reader.ReadSByte() * step : reader.ReadSingle());
                }
            }
        }

        return (buckets, idf, rowOf, [.. rows]);
    }

    private static float[] ReadFloats(BinaryReader reader, int count)
    {
        var values = new float[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = reader.ReadSingle();
        }

        return values;
    }

    /// <summary>Reads a model from a file written by <see cref="Save(string)"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The model.</returns>
    public static TopicModel Load(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return Load(stream);
    }
}
