using System.IO.Compression;

namespace NewsNlp;

/// <summary>What the column-wise model files (<c>ner.bin</c>, <c>clusters.bin</c>, <c>places.bin</c>) share: Brotli at
/// its smallest with its largest window, 7-bit variable-length integers (low group first, the format of
/// <see cref="BinaryWriter.Write7BitEncodedInt(int)"/>) read from a span so that a load does no per-value stream call,
/// and zigzag signs.</summary>
internal static class ModelFile
{
    /// <summary>Brotli's largest window (16 MiB): a column spans up to a megabyte.</summary>
    private const int BrotliWindow = 24;

    /// <summary>Brotli's best (slowest) quality: the files are written once, by the model builder.</summary>
    private const int BrotliQuality = 11;

    /// <summary>Opens a model embedded in the library: the one place a loader reads its resource from.</summary>
    /// <param name="resourceName">The resource (<c>NewsNlp.Models.</c> and the file name).</param>
    /// <param name="builderCommand">The <c>NewsNlp.ModelBuilder</c> command that writes the file, for the error.</param>
    /// <exception cref="InvalidOperationException">The resource is missing.</exception>
    public static Stream OpenEmbedded(string resourceName, string builderCommand) =>
        typeof(ModelFile).Assembly.GetManifestResourceStream(resourceName)
        ?? throw new InvalidOperationException($"Embedded resource {resourceName} is missing: build it with `dotnet run --project tools/NewsNlp.ModelBuilder -- {builderCommand}` and rebuild the library.");

    /// <summary>The Brotli stream of <paramref name="raw"/> at the smallest size.</summary>
    /// <exception cref="InvalidOperationException">The encoder failed; <paramref name="what"/> names the file.</exception>
    public static byte[] Compress(ReadOnlySpan<byte> raw, string what)
    {
        byte[] compressed = new byte[BrotliEncoder.GetMaxCompressedLength(raw.Length)];
        if (!BrotliEncoder.TryCompress(raw, compressed, out int size, quality: BrotliQuality, window: BrotliWindow))
        {
            throw new InvalidOperationException(what + ": Brotli compression failed.");
        }

        return compressed[..size];
    }

    /// <summary>Maps a signed value to an unsigned one whose size grows with the magnitude: 0, -1, 1, -2 … → 0, 1, 2, 3 ….</summary>
    public static uint ZigZag(int v) => (uint)((v << 1) ^ (v >> 31));

    /// <summary>The inverse of <see cref="ZigZag"/>.</summary>
    public static int UnZigZag(uint z) => (int)(z >> 1) ^ -(int)(z & 1);

    /// <summary>Writes <paramref name="v"/> in 7-bit groups, low group first.</summary>
    public static void WriteVarint(Stream s, uint v)
    {
        while (v >= 0x80)
        {
            s.WriteByte((byte)(v | 0x80));
            v >>= 7;
        }

        s.WriteByte((byte)v);
    }

    /// <summary>Reads a value written by <see cref="WriteVarint"/> at <paramref name="pos"/> and moves past it.</summary>
    /// <exception cref="InvalidDataException">The data ends inside the value, or the value has more than 5 groups:
    /// <paramref name="truncated"/> is the message (it names the file).</exception>
    public static uint ReadVarint(ReadOnlySpan<byte> data, ref int pos, string truncated)
    {
        uint v = 0;
        for (int shift = 0; shift < 35; shift += 7)
        {
            if ((uint)pos >= (uint)data.Length)
            {
                break;
            }

            byte b = data[pos++];
            v |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return v;
            }
        }

        throw new InvalidDataException(truncated);
    }
}
