using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace NewsNlp;

/// <summary>The NER tagger's name lists, which are not places: first names (seen in the tagger's training data),
/// person titles and organization suffixes. Loaded once from the embedded <c>Models/ner-names.bin</c> (Brotli-compressed
/// lines <c>F|T|O TAB phrase</c> between a version line and an end line with the count), which <c>NewsNlp.ModelBuilder ner</c> writes; the titles and
/// suffixes are its hand lists (tools/NewsNlp.ModelBuilder/NerNameListBuilder.cs). The places come from <see cref="PlaceIndex"/>.</summary>
internal sealed class NerNameLists
{
    /// <summary>The embedded resource name.</summary>
    public const string ResourceName = "NewsNlp.Models.ner-names.bin";

    /// <summary>The first line of the file: format name and version.</summary>
    public const string Header = "newsnlp-ner-names\t1";

    /// <summary>The tag of the last line, which holds the number of names (so that a truncated file is refused).</summary>
    private const char EndTag = 'E';

    private static readonly Lazy<NerNameLists> s_default = new(static () => LoadEmbedded(), LazyThreadSafetyMode.ExecutionAndPublication);

    private NerNameLists(string[] firstNames, string[] titles, string[] orgSuffixes)
    {
        FirstNames = firstNames;
        Titles = titles;
        OrgSuffixes = orgSuffixes;
    }

    /// <summary>Gets the lists embedded in the library (loaded once, lazily).</summary>
    public static NerNameLists Default => s_default.Value;

    /// <summary>First names (<c>John</c>, <c>Maria</c>).</summary>
    public string[] FirstNames { get; }

    /// <summary>Person titles, lower case (<c>president</c>, <c>foreign minister</c>, <c>mr.</c>).</summary>
    public string[] Titles { get; }

    /// <summary>Organization suffixes and head words, lower case (<c>corp.</c>, <c>ministry</c>, <c>fc</c>).</summary>
    public string[] OrgSuffixes { get; }

    /// <summary>Writes the lists in the format <see cref="Load"/> reads.</summary>
    public static byte[] Save(IEnumerable<string> firstNames, IEnumerable<string> titles, IEnumerable<string> orgSuffixes)
    {
        var sb = new StringBuilder(Header).Append('\n');
        int count = 0;
        foreach ((char tag, IEnumerable<string> list) in new[] { ('F', firstNames), ('T', titles), ('O', orgSuffixes) })
        {
            foreach (string s in list)
            {
                sb.Append(tag).Append('\t').Append(s).Append('\n');
                count++;
            }
        }

        sb.Append(EndTag).Append('\t').Append(count.ToString(CultureInfo.InvariantCulture)).Append('\n');

        using var ms = new MemoryStream();
        using (var brotli = new BrotliStream(ms, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            brotli.Write(Encoding.UTF8.GetBytes(sb.ToString()));
        }

        return ms.ToArray();
    }

    /// <summary>Reads the lists.</summary>
    /// <exception cref="InvalidDataException">The stream is not a name-list file of this version, or is truncated or corrupt.</exception>
    public static NerNameLists Load(Stream stream)
    {
        var first = new List<string>();
        var titles = new List<string>();
        var suffixes = new List<string>();
        bool ended = false;
        try
        {
            using var brotli = new BrotliStream(stream, CompressionMode.Decompress);
            using var reader = new StreamReader(brotli, new UTF8Encoding(false, throwOnInvalidBytes: true));
            if (reader.ReadLine() != Header)
            {
                ThrowHelper.ThrowInvalidData($"ner-names: not a name-list file of version '{Header}'.");
            }

            while (reader.ReadLine() is { } line)
            {
                if (line.Length > 2 && line[0] == EndTag && line[1] == '\t')
                {
                    ended = int.TryParse(line.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n == first.Count + titles.Count + suffixes.Count && reader.ReadLine() is null;
                    break;
                }

                List<string>? list = line.Length > 2 && line[1] == '\t' ? line[0] switch { 'F' => first, 'T' => titles, 'O' => suffixes, _ => null } : null;
                if (list is null)
                {
                    ThrowHelper.ThrowInvalidData($"ner-names: bad line '{line}'.");
                }

                list.Add(line[2..]);
            }
        }
        catch (Exception ex) when (ex is IOException or DecoderFallbackException or InvalidOperationException)
        {
            throw new InvalidDataException("ner-names: the file is truncated or corrupt.", ex);
        }

        if (!ended || first.Count == 0 || titles.Count == 0 || suffixes.Count == 0)
        {
            ThrowHelper.ThrowInvalidData("ner-names: the file is truncated (no end line with the name count) or a list is empty.");
        }

        return new NerNameLists([.. first], [.. titles], [.. suffixes]);
    }

    /// <summary>Loads the lists embedded in the library under <paramref name="resourceName"/>.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing.</exception>
    /// <exception cref="InvalidDataException">The resource is corrupt.</exception>
    internal static NerNameLists LoadEmbedded(string resourceName = ResourceName)
    {
        using Stream stream = ModelFile.OpenEmbedded(resourceName, "ner");
        return Load(stream);
    }
}
