namespace NewsNlp;

/// <summary>The tagger's feature templates. Each feature is a 64-bit hash of a template number and values
/// read from the <see cref="NerDocument"/>; nothing is allocated.</summary>
internal static class NerFeatures
{
    public const int MaxFeatures = 112;

    /// <summary>The version of the feature templates below, recorded in every model (<see cref="NerModel"/>): a model's
    /// weights belong to the templates it was trained with. Bump it whenever a template is added, removed or changed.
    /// Version 2 added the word clusters (<see cref="WordClusters"/>); version 3 has the same templates, with weights
    /// trained for beam decoding (<see cref="NerTagger.BeamWidth"/>), which version-2 weights, trained greedily, do not
    /// suit.</summary>
    public const int TemplateVersion = 3;
    public const int BeginOfSentence = 9;

    private const ulong Bos = 0x1234_5678_9ABC_DEF1UL;
    private const ulong Eos = 0x0FED_CBA9_8765_4321UL;

    /// <summary>The cluster value of a position before or after the sentence (distinct from every packed value).</summary>
    private const uint OutsideSentence = 0xFFFF_FFFFu;

    /// <summary>Writes the features of word <paramref name="i"/> (in sentence [a, b)) given the two previous tags.</summary>
    public static int Extract(NerDocument d, int i, int a, int b, int prev, int prev2, Span<ulong> f) =>
        Extract(d, i, a, b, prev, prev2, f, NerFeatureParts.All);

    /// <summary>Writes the features of word <paramref name="i"/> (in sentence [a, b)) of the given parts, in the order
    /// <see cref="NerFeatureParts.All"/> writes them (training adds float weights in this order).</summary>
    /// <remarks><see cref="NerFeatureParts.Word"/> features read only the word as written, its sentence's casing and
    /// whether it opens the sentence, and what the document says of the word (its casing and type elsewhere): two
    /// occurrences with the same <see cref="WordKey"/> have the same ones, which lets <see cref="NerTagger"/> score them
    /// once per document and pass.</remarks>
    public static int Extract(NerDocument d, int i, int a, int b, int prev, int prev2, Span<ulong> f, NerFeatureParts parts)
    {
        bool word = (parts & NerFeatureParts.Word) != 0;
        bool context = (parts & NerFeatureParts.Context) != 0;
        int n = 0;
        byte cls = d.Cls[i];
        byte flags = d.Flags[i];
        ulong caps = (flags & NerDocument.FlagCapsSentence) != 0 ? 1UL : 0UL;
        ulong initial = (flags & NerDocument.FlagSentenceInitial) != 0 ? 1UL : 0UL;
        ulong w0 = d.Lower[i];
        ulong wm1 = i - 1 >= a ? d.Lower[i - 1] : Bos;
        ulong wm2 = i - 2 >= a ? d.Lower[i - 2] : Bos;
        ulong wp1 = i + 1 < b ? d.Lower[i + 1] : Eos;
        ulong wp2 = i + 2 < b ? d.Lower[i + 2] : Eos;
        ulong sm1 = i - 1 >= a ? d.Shape[i - 1] : Bos;
        ulong sp1 = i + 1 < b ? d.Shape[i + 1] : Eos;
        ulong cm1 = i - 1 >= a ? d.Cls[i - 1] : 9UL;
        ulong cp1 = i + 1 < b ? d.Cls[i + 1] : 9UL;
        ulong clsCtx = (ulong)CasingContext(d, i);

        if (word)
        {
            f[n++] = FeatureHash.Feature(1, 0);
            f[n++] = FeatureHash.Feature(2, w0);
            f[n++] = FeatureHash.Feature(3, d.Exact[i]);
        }

        if (context)
        {
            f[n++] = FeatureHash.Feature(4, wm1);
            f[n++] = FeatureHash.Feature(5, wp1);
            f[n++] = FeatureHash.Feature(6, wm2);
            f[n++] = FeatureHash.Feature(7, wp2);
            f[n++] = FeatureHash.Feature(8, FeatureHash.Combine(wm1, w0));
            f[n++] = FeatureHash.Feature(9, FeatureHash.Combine(w0, wp1));
        }

        if (word)
        {
            f[n++] = FeatureHash.Feature(10, d.Shape[i]);
        }

        if (context)
        {
            f[n++] = FeatureHash.Feature(11, FeatureHash.Combine(sm1, d.Shape[i]));
            f[n++] = FeatureHash.Feature(12, FeatureHash.Combine(d.Shape[i], sp1));
        }

        if (word)
        {
            f[n++] = FeatureHash.Feature(13, clsCtx);
            f[n++] = FeatureHash.Feature(14, FeatureHash.Combine(w0, caps));
        }

        if (context)
        {
            f[n++] = FeatureHash.Feature(15, cm1 | (clsCtx << 4) | (cp1 << 12));
            f[n++] = FeatureHash.Feature(16, FeatureHash.Combine(wm1, clsCtx));
            f[n++] = FeatureHash.Feature(17, FeatureHash.Combine(wp1, clsCtx));
            f[n++] = FeatureHash.Feature(18, FeatureHash.Combine(wm1, wp1));
            f[n++] = FeatureHash.Feature(19, FeatureHash.Combine(FeatureHash.Combine(sm1, d.Shape[i]), sp1));
        }

        ReadOnlySpan<char> text = d.Word(i);
        if (word && cls != NerDocument.ClsOther)
        {
            for (int k = 1; k <= 4 && k <= text.Length; k++)
            {
                f[n++] = FeatureHash.Feature(20 + k, FeatureHash.Prefix(text, k));
                f[n++] = FeatureHash.Feature(30 + k, FeatureHash.Suffix(text, k));
            }
        }

        // Gazetteer: matches starting or continuing here, and around (a match depends on the next words).
        if (context)
        {
            n = AddGazetteer(d, i, a, b, cls, initial, f, n);
        }

        // Document-level casing evidence (Chieu and Ng): is this word written in lower case, or capitalized mid-sentence, elsewhere?
        if (word)
        {
            ulong docBits = (ulong)(flags & (NerDocument.FlagDocLower | NerDocument.FlagDocCapMid));
            f[n++] = FeatureHash.Feature(50, docBits | ((ulong)cls << 8) | (caps << 12) | (initial << 13));
            f[n++] = FeatureHash.Feature(51, (ulong)d.DocType[i] | ((ulong)cls << 8) | (caps << 12));
            f[n++] = FeatureHash.Feature(52, FeatureHash.Combine(w0, d.DocType[i]));
        }

        if (context)
        {
            ulong dm1 = i - 1 >= a ? d.DocType[i - 1] : 7UL;
            ulong dp1 = i + 1 < b ? d.DocType[i + 1] : 7UL;
            f[n++] = FeatureHash.Feature(53, dm1 | ((ulong)d.DocType[i] << 4) | (dp1 << 8));
        }

        // Word clusters (Ratinov and Roth): the clusters of the word and its neighbours at three granularities, the word's
        // and its neighbours' with the casing context, and cluster bigrams. Chosen on held-out eng.train (see WordClusters).
        uint c0 = d.Clusters[i];
        uint cm1c = i - 1 >= a ? d.Clusters[i - 1] : OutsideSentence;
        uint cp1c = i + 1 < b ? d.Clusters[i + 1] : OutsideSentence;
        uint cm2c = i - 2 >= a ? d.Clusters[i - 2] : OutsideSentence;
        uint cp2c = i + 2 < b ? d.Clusters[i + 2] : OutsideSentence;
        if (word)
        {
            n = AddClusters(70, c0, f, n);
        }

        if (context)
        {
            n = AddClusters(73, cm1c, f, n);
            n = AddClusters(76, cp1c, f, n);
            f[n++] = FeatureHash.Feature(79, K320(cm2c));
            f[n++] = FeatureHash.Feature(80, K320(cp2c));
        }

        if (word)
        {
            f[n++] = FeatureHash.Feature(81, K1000(c0) | (clsCtx << 12));
        }

        if (context)
        {
            f[n++] = FeatureHash.Feature(82, K320(cm1c) | (K320(c0) << 12));
            f[n++] = FeatureHash.Feature(83, K320(c0) | (K320(cp1c) << 12));
        }

        if (word)
        {
            f[n++] = FeatureHash.Feature(84, K100(c0) | (clsCtx << 12));
            f[n++] = FeatureHash.Feature(85, K320(c0) | (clsCtx << 12));
        }

        if (context)
        {
            f[n++] = FeatureHash.Feature(86, K1000(cm1c) | (clsCtx << 12));
            f[n++] = FeatureHash.Feature(87, K1000(cp1c) | (clsCtx << 12));
        }

        // Tag history: of the tags alone and with the word's casing context (TagHistory, which the shipped model sums
        // once per combination), and of the tag with the words (WordHistory); in this order, as training adds them.
        bool tagHistory = (parts & NerFeatureParts.TagHistory) != 0;
        bool wordHistory = (parts & NerFeatureParts.WordHistory) != 0;
        if (tagHistory)
        {
            f[n++] = PreviousTag(prev);
            f[n++] = PreviousTwoTags(prev, prev2);
        }

        if (wordHistory)
        {
            f[n++] = FeatureHash.Feature(62, FeatureHash.Combine(w0, (ulong)prev));
        }

        if (tagHistory)
        {
            f[n++] = PreviousTagAndCasing(prev, clsCtx);
        }

        if (wordHistory)
        {
            f[n++] = FeatureHash.Feature(64, FeatureHash.Combine(wm1, (ulong)prev));
        }

        return n;
    }

    /// <summary>The number of distinct casing contexts (<see cref="CasingContext"/>: a casing class below 8, whether the
    /// sentence is in capitals, whether the word opens it).</summary>
    public const int CasingContexts = 64;

    /// <summary>The number of distinct previous tags: the nine tags and <see cref="BeginOfSentence"/>.</summary>
    public const int PreviousTags = 10;

    /// <summary>The casing context of word <paramref name="i"/>: its casing class, whether its sentence is in capitals,
    /// whether it opens the sentence (below <see cref="CasingContexts"/>).</summary>
    public static int CasingContext(NerDocument d, int i)
    {
        byte flags = d.Flags[i];
        return d.Cls[i] | ((flags & NerDocument.FlagCapsSentence) != 0 ? 1 << 4 : 0) | ((flags & NerDocument.FlagSentenceInitial) != 0 ? 1 << 5 : 0);
    }

    /// <summary>The <see cref="NerFeatureParts.TagHistory"/> feature of the previous tag.</summary>
    public static ulong PreviousTag(int prev) => FeatureHash.Feature(60, (ulong)prev);

    /// <summary>The <see cref="NerFeatureParts.TagHistory"/> feature of the previous two tags.</summary>
    public static ulong PreviousTwoTags(int prev, int prev2) => FeatureHash.Feature(61, (ulong)(uint)prev | ((ulong)(uint)prev2 << 8));

    /// <summary>The <see cref="NerFeatureParts.TagHistory"/> feature of the previous tag with the word's
    /// <see cref="CasingContext"/>.</summary>
    public static ulong PreviousTagAndCasing(int prev, ulong casing) => FeatureHash.Feature(63, casing | ((ulong)(uint)prev << 8));

    /// <summary>The key of a word's <see cref="NerFeatureParts.Word"/> features in a document: the word as written
    /// (<see cref="NerDocument.Exact"/>, which fixes its casing class, shape, affixes, clusters and what the document
    /// says of it) with its sentence's casing and whether it opens the sentence.</summary>
    public static ulong WordKey(NerDocument d, int i) =>
        FeatureHash.Combine(d.Exact[i], (ulong)(d.Flags[i] & (NerDocument.FlagCapsSentence | NerDocument.FlagSentenceInitial)));

    private static int AddGazetteer(NerDocument d, int i, int a, int b, byte cls, ulong initial, Span<ulong> f, int n)
    {
        ushort gb = d.GazB[i];
        ushort gi = d.GazI[i];
        ushort gm1 = i - 1 >= a ? (ushort)(d.GazB[i - 1] | d.GazI[i - 1]) : (ushort)0;
        ushort gp1 = i + 1 < b ? (ushort)(d.GazB[i + 1] | d.GazI[i + 1]) : (ushort)0;
        bool capsLike = cls is NerDocument.ClsInitCap or NerDocument.ClsAllCaps or NerDocument.ClsMixed;
        for (uint t = 0; t < Gazetteer.TypeCount; t++)
        {
            ulong bit = 1UL << (int)t;
            if ((gb & bit) != 0)
            {
                f[n++] = FeatureHash.Feature(40, t | (capsLike ? 16UL : 0UL));
                f[n++] = FeatureHash.Feature(41, t | ((ulong)cls << 4) | (initial << 8));
            }

            if ((gi & bit) != 0)
            {
                f[n++] = FeatureHash.Feature(42, t | (capsLike ? 16UL : 0UL));
            }

            if ((gm1 & bit) != 0)
            {
                f[n++] = FeatureHash.Feature(43, t | (capsLike ? 16UL : 0UL));
            }

            if ((gp1 & bit) != 0)
            {
                f[n++] = FeatureHash.Feature(44, t | (capsLike ? 16UL : 0UL));
            }
        }

        return n;
    }

    private static int AddClusters(int template, uint c, Span<ulong> f, int n)
    {
        f[n++] = FeatureHash.Feature(template, K100(c));
        f[n++] = FeatureHash.Feature(template + 1, K320(c));
        f[n++] = FeatureHash.Feature(template + 2, K1000(c));
        return n;
    }

    /// <summary>The k100 id with the presence bit (0 for an unknown word); 0xFF outside the sentence.</summary>
    private static ulong K100(uint c) => c & 0xFF;

    /// <summary>The k320 id with the presence bit above it; 0x3FF outside the sentence.</summary>
    private static ulong K320(uint c) => c == OutsideSentence ? 0x3FF : ((c >> 8) & 0x1FF) | ((c & 1) << 9);

    /// <summary>The k1000 id with the presence bit above it; 0x7FF outside the sentence.</summary>
    private static ulong K1000(uint c) => c == OutsideSentence ? 0x7FF : ((c >> 17) & 0x3FF) | ((c & 1) << 10);
}

/// <summary>Which of a word's features <see cref="NerFeatures.Extract(NerDocument, int, int, int, int, int, Span{ulong}, NerFeatureParts)"/> writes.</summary>
[Flags]
internal enum NerFeatureParts
{
    /// <summary>Those of the word itself (the same for every occurrence with the same <see cref="NerFeatures.WordKey"/>).</summary>
    Word = 1,

    /// <summary>Those of its neighbours and its gazetteer matches.</summary>
    Context = 2,

    /// <summary>Those of the previous tags alone and with the word's casing context (<see cref="NerFeatures.PreviousTag"/>, <see cref="NerFeatures.PreviousTwoTags"/>, <see cref="NerFeatures.PreviousTagAndCasing"/>).</summary>
    TagHistory = 4,

    /// <summary>Those of the previous tag with the word or the word before.</summary>
    WordHistory = 8,

    /// <summary>Those of the previous tags (the only ones a decoder's hypotheses do not share).</summary>
    History = TagHistory | WordHistory,

    /// <summary>All of them.</summary>
    All = Word | Context | History,
}
