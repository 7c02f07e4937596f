using System.Globalization;
using System.IO.Compression;

namespace NewsNlp.ModelBuilder;

/// <summary>Builds <c>Models/clusters.bin</c> (<see cref="WordClusters"/>) from the k-means word clusters in
/// <c>data/clusters/wiki_news_cbow100_mc3_kmeans.tsv.gz</c> (lines <c>word k100 k320 k1000</c>, most frequent word
/// first): for each lower-cased word, the clusters of its most frequent lower-case and capitalized spellings.</summary>
internal static class WordClusterBuilder
{
    public const string FileName = "wiki_news_cbow100_mc3_kmeans.tsv.gz";

    /// <summary>Reads the first <paramref name="maxWords"/> words of the file (all when 0) into a table.</summary>
    public static byte[] Build(string data, int maxWords)
    {
        string path = Path.Combine(data, "clusters", FileName);
        var entries = new Dictionary<uint, (uint Lower, uint Capitalized)>();
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        if (reader.ReadLine() is not { } header || !header.StartsWith("word\tk100\tk320\tk1000", StringComparison.Ordinal))
        {
            throw new InvalidDataException(path + ": expected the header 'word k100 k320 k1000'.");
        }

        int read = 0;
        while (reader.ReadLine() is { } line && (maxWords == 0 || read < maxWords))
        {
            string[] cols = line.Split('\t');
            if (cols.Length != 4 || cols[0] == "</s>")
            {
                continue;
            }

            read++;
            string word = cols[0];
            uint packed = WordClusters.Pack(Int(cols[1]), Int(cols[2]), Int(cols[3]));
            bool capitalized = NerDocument.Classify(word) is NerDocument.ClsInitCap or NerDocument.ClsAllCaps or NerDocument.ClsMixed;
            uint key = WordClusters.KeyOf(FeatureHash.Lower(word));
            (uint lower, uint cap) = entries.GetValueOrDefault(key);
            if (capitalized && cap == WordClusters.None)
            {
                cap = packed;
            }
            else if (!capitalized && lower == WordClusters.None)
            {
                lower = packed;
            }

            entries[key] = (lower, cap);
        }

        Console.Error.WriteLine($"clusters: {read} words, {entries.Count} lower-cased keys");
        return WordClusters.Save(entries);
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
}
