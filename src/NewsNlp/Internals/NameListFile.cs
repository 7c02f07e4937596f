using System.IO.Compression;
using System.Text;

namespace NewsNlp;

/// <summary>The one reader and writer of the name-list files (<c>teams.bin</c>, <c>organizations.bin</c>): Brotli-compressed UTF-8,
/// a header line with the format and its version, then one line per name, <c>TAG TAB name</c>.</summary>
internal static class NameListFile
{
    /// <summary>Reads the names of each tag, in the order of <paramref name="tags"/>.</summary>
    /// <param name="stream">The compressed file.</param>
    /// <param name="header">The header line the file must start with.</param>
    /// <param name="tags">The line tags the format allows.</param>
    /// <param name="what">The file's name, for the errors.</param>
    /// <exception cref="InvalidDataException">The data is not such a list, or it is truncated or corrupt.</exception>
    public static List<string>[] Read(Stream stream, string header, string tags, string what)
    {
        var lists = new List<string>[tags.Length];
        for (int k = 0; k < lists.Length; k++)
        {
            lists[k] = [];
        }

        try
        {
            using var reader = new StreamReader(new BrotliStream(stream, CompressionMode.Decompress), new UTF8Encoding(false, true));
            if (reader.ReadLine() != header)
            {
                ThrowHelper.ThrowInvalidData($"{what}: not a list of format {header}.");
            }

            while (reader.ReadLine() is { } line)
            {
                int kind = line.Length >= 3 && line[1] == '\t' ? tags.IndexOf(line[0], StringComparison.Ordinal) : -1;
                if (kind < 0)
                {
                    ThrowHelper.ThrowInvalidData($"{what}: a line is not a tag ({tags}), a tab and a name.");
                }

                lists[kind].Add(line[2..]);
            }
        }
        catch (Exception ex) when (ex is IOException or DecoderFallbackException or InvalidOperationException)
        {
            throw new InvalidDataException($"{what}: the file is truncated or corrupt.", ex);
        }

        return lists;
    }

    /// <summary>Writes a list in the format <see cref="Read"/> reads (Brotli at its smallest, as the model builder writes
    /// every name list).</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="header">The header line.</param>
    /// <param name="lists">The names under each tag, in the order to write them.</param>
    public static void Write(string path, string header, IEnumerable<(char Tag, IEnumerable<string> Names)> lists)
    {
        using var file = File.Create(path);
        using var brotli = new BrotliStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(brotli, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(header);
        foreach ((char tag, IEnumerable<string> names) in lists)
        {
            foreach (string name in names)
            {
                writer.Write(tag);
                writer.Write('\t');
                writer.WriteLine(name);
            }
        }
    }
}
