using System.Text;

namespace NewsNlp.ModelBuilder;

/// <summary>Reads CoNLL-2003 (IOB1, converted to IOB2) and UNER (IOB2, index column first) files into documents.</summary>
internal sealed class NerCorpus
{
    private NerCorpus(List<NerSample> documents) => Documents = documents;

    public List<NerSample> Documents { get; }

    public int TokenCount => Documents.Sum(d => d.Words.Count);

    /// <summary>Reads a CoNLL or UNER file; with <paramref name="sentencePerDocument"/> (WikiANN, whose sentences are
    /// unrelated Wikipedia fragments) each sentence is a document of its own.</summary>
    public static NerCorpus ReadConll(string path, bool sentencePerDocument = false) =>
        Read(File.ReadLines(path), sentencePerDocument, null);

    /// <summary>Reads CoNLL-style lines; <paramref name="mapType"/> (if given) renames each entity type of a tag
    /// (e.g. CrossNER's "politician" to "PER"), and a type it maps to "O" becomes O.</summary>
    public static NerCorpus Read(IEnumerable<string> lines, bool sentencePerDocument, Func<string, string>? mapType)
    {
        var docs = new List<NerSample>();
        var doc = new NerSample();
        var sentence = new List<(string Word, string Tag)>();
        foreach (string raw in lines)
        {
            string line = raw.TrimEnd();
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal) || line.StartsWith("# newdoc", StringComparison.Ordinal))
            {
                doc.AddSentence(sentence);
                if (doc.Words.Count > 0)
                {
                    docs.Add(doc);
                }

                doc = new NerSample();
                continue;
            }

            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.Length == 0)
            {
                doc.AddSentence(sentence);
                if (sentencePerDocument && doc.Words.Count > 0)
                {
                    docs.Add(doc);
                    doc = new NerSample();
                }

                continue;
            }

            string[] cols = line.Contains('\t', StringComparison.Ordinal) ? line.Split('\t') : line.Split(' ');
            string word;
            string tag;
            if (line.Contains('\t', StringComparison.Ordinal) && cols.Length >= 3 && cols[0].All(char.IsAsciiDigit))
            {
                word = cols[1];
                tag = cols[2];
            }
            else
            {
                word = cols[0];
                tag = cols[^1];
            }

            if (tag != "O" && (tag.Length < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-'))
            {
                tag = "O";
            }

            if (mapType is not null && tag != "O")
            {
                string type = mapType(tag[2..]);
                tag = type == "O" ? "O" : string.Concat(tag.AsSpan(0, 2), type);
            }

            sentence.Add((word, tag));
        }

        doc.AddSentence(sentence);
        if (doc.Words.Count > 0)
        {
            docs.Add(doc);
        }

        return new NerCorpus(docs);
    }
}

/// <summary>One document: words, IOB2 tag indices, sentence starts.</summary>
internal sealed class NerSample
{
    public List<string> Words { get; } = [];

    public List<byte> Tags { get; } = [];

    public List<int> SentenceStarts { get; } = [0];

    public NerDocument? Document { get; set; }

    /// <summary>The perceptron update weight of this document's errors (1 for eng.train; <c>--extra</c> may set less).</summary>
    public float Weight { get; set; } = 1f;

    /// <summary>The last training epoch this document is seen in (eng.train: all; <c>--extra</c> may stop a source
    /// early so that the last epochs are news only).</summary>
    public int LastEpoch { get; set; } = int.MaxValue;

    /// <summary>Scored and updated with the training-only domain weights beside the shared ones (<c>--extra-own-weights</c>).</summary>
    public bool OwnWeights { get; set; }

    public void AddSentence(List<(string Word, string Tag)> sentence)
    {
        if (sentence.Count == 0)
        {
            return;
        }

        string prevType = "O";
        foreach ((string word, string tag) in sentence)
        {
            string type = tag == "O" ? "O" : tag[2..];
            byte t = 0;
            if (type != "O")
            {
                bool begin = tag[0] == 'B' || prevType != type;
                int ti = Array.IndexOf(NerTagger.TypeNames, type);
                t = ti <= 0 ? (byte)0 : (byte)(begin ? (ti * 2) - 1 : ti * 2);
            }

            Words.Add(word);
            Tags.Add(t);
            prevType = t == 0 ? "O" : type;
        }

        SentenceStarts.Add(Words.Count);
        sentence.Clear();
    }

    /// <summary>A copy with every word upper-cased (same tags).</summary>
    public NerSample ToUpperCase()
    {
        var copy = new NerSample();
        copy.Words.AddRange(Words.Select(w => w.ToUpperInvariant()));
        copy.Tags.AddRange(Tags);
        copy.SentenceStarts.Clear();
        copy.SentenceStarts.AddRange(SentenceStarts);
        return copy;
    }

    public NerDocument Build(Gazetteer gazetteer, WordClusters clusters)
    {
        var sb = new StringBuilder();
        var spans = new TextSpan[Words.Count];
        for (int i = 0; i < Words.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            spans[i] = new TextSpan(sb.Length, Words[i].Length);
            sb.Append(Words[i]);
        }

        Document = new NerDocument(sb.ToString(), spans, [.. SentenceStarts], gazetteer, clusters);
        return Document;
    }
}
