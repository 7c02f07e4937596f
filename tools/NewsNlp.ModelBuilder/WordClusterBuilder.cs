using System.Globalization;
using System.IO.Compression;

namespace NewsNlp.ModelBuilder;

/// <summary>Builds <c>Models/clusters.bin</c> (<see cref="WordClusters"/>) from the k-means word clusters in
/// <c>data/clusters/wiki_news_cbow100_mc3_kmeans.tsv.gz</c> (lines <c>word k100 k320 k1000</c>, most frequent word
/// first): for each lower-cased word, the clusters of its most frequent lower-case and capitalized spellings. When two
/// lower-cased words share a key (<see cref="WordClusters.KeyBits"/>), the more frequent one keeps it whole.</summary>
internal static class WordClusterBuilder
{
    public const string FileName = "wiki_news_cbow100_mc3_kmeans.tsv.gz";

    /// <summary>Lower-case spellings are kept only among this many most frequent words of the file (241,744): a rare
    /// lower-case word is an O for the tagger whatever its cluster, while a rare capitalized one is the unseen surname
    /// the clusters are for, so all capitalized spellings stay. 72 KB less in the package (22-bit keys);
    /// news-gold people F1 and UNER dev unchanged or up (measured with 24-bit keys and the shipped NER weights).</summary>
    public const int ShippedLowerWords = 150_000;

    /// <summary>Reads the first <paramref name="maxWords"/> words of the file (all when 0) into a table whose keys are
    /// <paramref name="keyBits"/> wide; with <paramref name="lowerWords"/> &gt; 0, lower-case spellings only among the
    /// first that many words.</summary>
    public static byte[] Build(string data, int maxWords, int keyBits = WordClusters.KeyBits, int lowerWords = ShippedLowerWords)
    {
        string path = Path.Combine(data, "clusters", FileName);
        var entries = new Dictionary<uint, (uint Lower, uint Capitalized)>();
        var owner = new Dictionary<uint, ulong>();
        int collisions = 0;
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
            if (!capitalized && lowerWords > 0 && read > lowerWords)
            {
                continue;
            }

            ulong hash = FeatureHash.Lower(word);
            uint key = WordClusters.KeyOf(hash, keyBits);
            if (owner.TryGetValue(key, out ulong holder) && holder != hash)
            {
                collisions++;
                continue;
            }

            owner[key] = hash;
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

        Console.Error.WriteLine($"clusters: {read} words, {entries.Count} lower-cased keys of {keyBits} bits, {collisions} words left out for a key a more frequent word holds");
        return WordClusters.Save(entries, keyBits);
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
}
