namespace NewsNlp;

/// <summary>The words of one document prepared for the tagger: per-word hashes, casing classes, gazetteer
/// matches and document-level casing evidence. Built once per document; per-word work reads spans only.</summary>
internal sealed class NerDocument
{
    public const byte ClsLower = 0;
    public const byte ClsInitCap = 1;
    public const byte ClsAllCaps = 2;
    public const byte ClsMixed = 3;
    public const byte ClsNumber = 4;
    public const byte ClsOther = 5;

    public const byte FlagCapsSentence = 1;
    public const byte FlagSentenceInitial = 2;
    public const byte FlagDocLower = 4;
    public const byte FlagDocCapMid = 8;
    public const byte FlagDocAllCapsOnly = 16;

    public NerDocument(string text, TextSpan[] words, int[] sentenceStarts, Gazetteer gazetteer, WordClusters clusters)
    {
        Text = text;
        Words = words;
        SentenceStarts = sentenceStarts;
        int n = words.Length;
        Lower = new ulong[n];
        Exact = new ulong[n];
        Shape = new ulong[n];
        Cls = new byte[n];
        Flags = new byte[n];
        GazB = new ushort[n];
        GazI = new ushort[n];
        DocType = new byte[n];
        Clusters = new uint[n];
        ReadOnlySpan<char> t = text;
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<char> w = t.Slice(words[i].Start, words[i].Length);
            Lower[i] = FeatureHash.Lower(w);
            Exact[i] = FeatureHash.Exact(w);
            Shape[i] = FeatureHash.Shape(w);
            Cls[i] = Classify(w);
        }

        // What depends on the word alone is read once per distinct word.
        int[] wordIds = WordIds = new int[n];
        int[] first = new int[n];
        int distinct = DistinctCount = DistinctWords.Number(Lower, wordIds, first);
        var clusterEntries = new ulong[distinct];
        var gazetteerEntries = new uint[distinct];
        var docFlags = new byte[distinct];
        for (int d = 0; d < distinct; d++)
        {
            clusterEntries[d] = clusters.Entry(Lower[first[d]]);
            gazetteerEntries[d] = gazetteer.Entry(Gazetteer.PhraseHash(0, Lower[first[d]], first: true));
        }

        for (int i = 0; i < n; i++)
        {
            Clusters[i] = WordClusters.Select(clusterEntries[wordIds[i]], Cls[i] is ClsInitCap or ClsAllCaps or ClsMixed);
        }

        for (int s = 0; s + 1 < sentenceStarts.Length; s++)
        {
            int a = sentenceStarts[s];
            int b = sentenceStarts[s + 1];
            int letters = 0;
            int caps = 0;
            for (int i = a; i < b; i++)
            {
                if (Cls[i] is ClsLower or ClsInitCap or ClsAllCaps or ClsMixed)
                {
                    letters++;
                    if (Cls[i] == ClsAllCaps)
                    {
                        caps++;
                    }
                }
            }

            bool capsSentence = letters >= 2 && caps * 10 >= letters * 7;
            bool initial = true;
            for (int i = a; i < b; i++)
            {
                byte fl = capsSentence ? FlagCapsSentence : (byte)0;
                if (initial)
                {
                    fl |= FlagSentenceInitial;
                }

                Flags[i] = fl;
                if (Cls[i] != ClsOther)
                {
                    if (!capsSentence && !initial && !AfterOpening(i, a))
                    {
                        if (Cls[i] == ClsLower)
                        {
                            docFlags[wordIds[i]] |= FlagDocLower;
                        }
                        else if (Cls[i] == ClsInitCap)
                        {
                            docFlags[wordIds[i]] |= FlagDocCapMid;
                        }
                    }

                    initial = false;
                }
            }

            MatchGazetteer(gazetteer, a, b, wordIds, gazetteerEntries);
        }

        for (int i = 0; i < n; i++)
        {
            Flags[i] |= docFlags[wordIds[i]];
        }
    }

    public string Text { get; }

    /// <summary>Each word's distinct-word number (<see cref="DistinctWords"/>: words with one <see cref="Lower"/> hash
    /// share it).</summary>
    public int[] WordIds { get; }

    /// <summary>The number of distinct words.</summary>
    public int DistinctCount { get; }

    public TextSpan[] Words { get; }

    /// <summary>Index of the first word of each sentence, plus the word count at the end.</summary>
    public int[] SentenceStarts { get; }

    /// <summary>Whether words <paramref name="a"/> and <paramref name="b"/> stand in one sentence.</summary>
    public bool InOneSentence(int a, int b)
    {
        (int start, int end) = SentenceOf(a);
        return b >= start && b < end;
    }

    /// <summary>The first word of the sentence holding word <paramref name="i"/> and one past its last.</summary>
    public (int Start, int End) SentenceOf(int i)
    {
        int s = Array.BinarySearch(SentenceStarts, i);
        s = s >= 0 ? s : ~s - 1;
        return (SentenceStarts[s], s + 1 < SentenceStarts.Length ? SentenceStarts[s + 1] : Count);
    }

    public ulong[] Lower { get; }

    public ulong[] Exact { get; }

    public ulong[] Shape { get; }

    public byte[] Cls { get; }

    public byte[] Flags { get; }

    /// <summary>Gazetteer types for which a match begins at the word.</summary>
    public ushort[] GazB { get; }

    /// <summary>Gazetteer types for which a match continues at the word.</summary>
    public ushort[] GazI { get; }

    /// <summary>The word's clusters (<see cref="WordClusters.Pack"/>), or <see cref="WordClusters.None"/>.</summary>
    public uint[] Clusters { get; }

    /// <summary>Entity type (1..4, or 0) the first pass gave this word most often elsewhere in the document.</summary>
    public byte[] DocType { get; }

    public int Count => Words.Length;

    public ReadOnlySpan<char> Word(int i) => Text.AsSpan(Words[i].Start, Words[i].Length);

    private bool AfterOpening(int i, int sentenceStart)
    {
        // A capital after an opening quote, colon or dash is sentence-initial in effect.
        if (i == sentenceStart)
        {
            return true;
        }

        ReadOnlySpan<char> p = Word(i - 1);
        return p.Length == 1 && FeatureHash.FoldQuote(p[0]) is '"' or ':' or '-' or '(' or '\'';
    }

    /// <summary>Marks the gazetteer phrases of sentence [a, b); a phrase's first word is read from its distinct word's
    /// entry (<paramref name="gazetteerEntries"/> by <paramref name="wordIds"/>), the longer phrases from the table.</summary>
    private void MatchGazetteer(Gazetteer gazetteer, int a, int b, int[] wordIds, uint[] gazetteerEntries)
    {
        for (int i = a; i < b; i++)
        {
            if (Cls[i] is ClsOther or ClsNumber)
            {
                continue;
            }

            ulong h = 0;
            for (int k = 0; k < Gazetteer.MaxPhraseWords && i + k < b; k++)
            {
                h = Gazetteer.PhraseHash(h, Lower[i + k], k == 0);
                bool continues = Gazetteer.Decode(k == 0 ? gazetteerEntries[wordIds[i]] : gazetteer.Entry(h), out ushort types);
                if (types != 0)
                {
                    GazB[i] |= types;
                    for (int j = i + 1; j <= i + k; j++)
                    {
                        GazI[j] |= types;
                    }
                }

                if (!continues)
                {
                    break;
                }
            }
        }
    }

    public static byte Classify(ReadOnlySpan<char> w)
    {
        int upper = 0;
        int lower = 0;
        int digit = 0;
        foreach (char c in w)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
            else if (char.IsDigit(c))
            {
                digit++;
            }
        }

        if (digit > 0)
        {
            return ClsNumber;
        }

        if (upper == 0 && lower == 0)
        {
            return ClsOther;
        }

        if (upper == 0)
        {
            return ClsLower;
        }

        if (lower == 0)
        {
            return ClsAllCaps;
        }

        int first = 0;
        while (first < w.Length && !char.IsLetter(w[first]))
        {
            first++;
        }

        if (char.IsUpper(w[first]))
        {
            return upper == 1 ? ClsInitCap : ClsMixed;
        }

        return ClsMixed;
    }
}
