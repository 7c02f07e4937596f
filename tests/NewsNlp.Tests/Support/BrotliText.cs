using System.IO.Compression;
using System.Text;

namespace NewsNlp.Tests.Support;

/// <summary>Model-file fixtures: text as the Brotli-compressed UTF-8 stream the name-list loaders read.</summary>
internal static class BrotliText
{
    public static MemoryStream Compress(string text)
    {
        var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            brotli.Write(Encoding.UTF8.GetBytes(text));
        }

        buffer.Position = 0;
        return buffer;
    }
}
