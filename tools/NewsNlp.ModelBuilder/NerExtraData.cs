using System.Globalization;
using System.IO.Compression;

namespace NewsNlp.ModelBuilder;

/// <summary>Labelled text beside eng.train (<c>ner --extra SOURCE:CAP[:WEIGHT[:LASTEPOCH]],...</c>) from ../shared/data/ner-extra,
/// mapped to PER/ORG/LOC/MISC, and the Wikipedia dev split carved from WikiNEuRal val that is never trained on. Each
/// sentence is a document of its own (the sources are unrelated sentences). Every choice is deterministic: a cap takes
/// sentences at an even stride in file order, and test files are never read.</summary>
internal static class NerExtraData
{
    /// <summary>Every tenth WikiNEuRal val sentence (from the first) is the Wikipedia dev split; the rest may be trained on.</summary>
    private const int WikiDevEvery = 10;

    /// <summary>The sources <c>--extra</c> knows, each with its licence (see the model card).</summary>
    public static readonly string[] SourceNames = ["wikineural", "crossner", "gmb"];

    /// <summary>The Wikipedia dev split: every tenth sentence of WikiNEuRal English val (silver, CoNLL's four types).</summary>
    public static List<NerSample> WikiDev(string data)
    {
        List<NerSample> all = WikiNeuralVal(data);
        return [.. all.Where((_, i) => i % WikiDevEvery == 0)];
    }

    /// <summary>Reads <paramref name="spec"/> ("wikineural:6000,crossner:all:0.5:8"), samples each source and sets each
    /// sample's update weight and the last epoch it is trained in.</summary>
    public static List<NerSample> Load(string data, string spec)
    {
        var result = new List<NerSample>();
        foreach (string part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] f = part.Split(':');
            List<NerSample> pool = f[0] switch
            {
                "wikineural" => [.. WikiNeuralVal(data).Where((_, i) => i % WikiDevEvery != 0)],
                "crossner" => CrossNer(data),
                "gmb" => Gmb(data),
                _ => throw new ArgumentException($"unknown --extra source '{f[0]}' (known: {string.Join(", ", SourceNames)})"),
            };
            int cap = f.Length < 2 || f[1] == "all" ? pool.Count : Math.Min(pool.Count, int.Parse(f[1], CultureInfo.InvariantCulture));
            float weight = f.Length < 3 ? 1f : float.Parse(f[2], CultureInfo.InvariantCulture);
            int lastEpoch = f.Length < 4 ? int.MaxValue : int.Parse(f[3], CultureInfo.InvariantCulture);
            for (int j = 0; j < cap; j++)
            {
                NerSample s = pool[(int)((long)j * pool.Count / cap)];
                s.Weight = weight;
                s.LastEpoch = lastEpoch;
                result.Add(s);
            }

            Console.Error.WriteLine($"extra {f[0]}: {cap} of {pool.Count} sentences, {result.Skip(result.Count - cap).Sum(d => d.Words.Count)} tokens, weight {weight}, epochs 1..{(lastEpoch == int.MaxValue ? "all" : lastEpoch)}");
        }

        return result;
    }

    private static List<NerSample> WikiNeuralVal(string data) =>
        NerCorpus.ReadConll(Path.Combine(data, "ner-extra", "wikineural-en", "val.conllu"), sentencePerDocument: true).Documents;

    /// <summary>CrossNER train + dev of its five Wikipedia domains (gold; test kept aside), fine types mapped to CoNLL's.</summary>
    private static List<NerSample> CrossNer(string data)
    {
        var docs = new List<NerSample>();
        foreach (string domain in new[] { "politics", "science", "music", "literature", "ai" })
        {
            foreach (string split in new[] { "train", "dev" })
            {
                string path = Path.Combine(data, "ner-extra", "crossner", domain, split + ".txt");
                docs.AddRange(NerCorpus.Read(File.ReadLines(path), true, CrossNerType).Documents);
            }
        }

        return docs;
    }

    /// <summary>CrossNER's fine types to CoNLL-2003's: people, organizations (parties, bands, universities, journals),
    /// places, and MISC for events, awards, works, nationalities and products; technical terms (algorithms, fields,
    /// chemicals, genres) are not CoNLL names and become O.</summary>
    private static string CrossNerType(string t) => t switch
    {
        "person" or "politician" or "scientist" or "writer" or "musicalartist" or "researcher" => "PER",
        "organisation" or "politicalparty" or "university" or "band" or "academicjournal" or "magazine" => "ORG",
        "location" or "country" => "LOC",
        "misc" or "election" or "award" or "event" or "book" or "poem" or "song" or "album" or "product"
            or "conference" or "astronomicalobject" or "programlang" => "MISC",
        _ => "O",
    };

    /// <summary>GMB (VOA newswire, silver) with the CoNLL tags of its staged conversion (last column).</summary>
    private static List<NerSample> Gmb(string data)
    {
        string path = Path.Combine(data, "ner-extra", "gmb-kaggle-ner", "gmb_ner_conll.txt.gz");
        return NerCorpus.Read(GzLines(path), true, null).Documents;
    }

    private static IEnumerable<string> GzLines(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
