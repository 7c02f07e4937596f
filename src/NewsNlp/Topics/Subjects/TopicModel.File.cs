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
        int previous = -1;
        int v = 0;
        foreach (int bucket in _vocabulary.Members())
        {
            writer.Write7BitEncodedInt(bucket - previous);
            previous = bucket;
            writer.Write(_idf[v]);
            writer.Write(_rowOf[v] >= 0);
            if (_rowOf[v] >= 0)
            {
                for (int c = 0; c < _labels.Length; c++)
                {
                    if (_weightStep > 0)
                    {
                        writer.Write((sbyte)MathF.Round(_rows[_rowOf[v] + c] / _weightStep));
                    }
                    else
                    {
                        writer.Write(_rows[_rowOf[v] + c]);
                    }
                }
            }

            v++;
        }
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
            if (version is not (FormatVersion or UncalibratedFormatVersion or UnrecordedHashFormatVersion))
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
            if (version >= FormatVersion && reader.ReadBoolean())
            {
                calibration = (ReadFloats(reader, labelCount), ReadFloats(reader, labelCount), ReadFloats(reader, labelCount));
            }

            float step = version >= FormatVersion ? reader.ReadSingle() : 0;

            int bits = reader.ReadInt32();
            int size = reader.ReadInt32();
            if (bits is < 6 or > 28 || size < 0 || size > 1 << bits)
            {
                throw new InvalidDataException("Not a NewsNlp topic model (bad vocabulary header).");
            }

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

            return new TopicModel(labels, new RankedBitmap(bits, buckets), idf, rowOf, [.. rows], bias, calibration, step);
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or InvalidOperationException)
        {
            // InvalidOperationException: what BrotliStream throws on data it cannot decode.
            throw new InvalidDataException("Not a NewsNlp topic model (truncated or corrupt).", e);
        }
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
