namespace NewsNlp;

/// <summary>The tagger's feature templates. Each feature is a 64-bit hash of a template number and values
/// read from the <see cref="NerDocument"/>; nothing is allocated.</summary>
internal static class NerFeatures
{
    public const int MaxFeatures = 96;
    public const int BeginOfSentence = 9;

    private const ulong Bos = 0x1234_5678_9ABC_DEF1UL;
    private const ulong Eos = 0x0FED_CBA9_8765_4321UL;

    /// <summary>Writes the features of word <paramref name="i"/> (in sentence [a, b)) given the two previous tags.</summary>
    public static int Extract(NerDocument d, int i, int a, int b, int prev, int prev2, Span<ulong> f)
    {
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
        ulong clsCtx = cls | (caps << 4) | (initial << 5);

        f[n++] = FeatureHash.Feature(1, 0);
        f[n++] = FeatureHash.Feature(2, w0);
        f[n++] = FeatureHash.Feature(3, d.Exact[i]);
        f[n++] = FeatureHash.Feature(4, wm1);
        f[n++] = FeatureHash.Feature(5, wp1);
        f[n++] = FeatureHash.Feature(6, wm2);
        f[n++] = FeatureHash.Feature(7, wp2);
        f[n++] = FeatureHash.Feature(8, FeatureHash.Combine(wm1, w0));
        f[n++] = FeatureHash.Feature(9, FeatureHash.Combine(w0, wp1));
        f[n++] = FeatureHash.Feature(10, d.Shape[i]);
        f[n++] = FeatureHash.Feature(11, FeatureHash.Combine(sm1, d.Shape[i]));
        f[n++] = FeatureHash.Feature(12, FeatureHash.Combine(d.Shape[i], sp1));
        f[n++] = FeatureHash.Feature(13, clsCtx);
        f[n++] = FeatureHash.Feature(14, FeatureHash.Combine(w0, caps));
        f[n++] = FeatureHash.Feature(15, cm1 | (clsCtx << 4) | (cp1 << 12));
        f[n++] = FeatureHash.Feature(16, FeatureHash.Combine(wm1, clsCtx));
        f[n++] = FeatureHash.Feature(17, FeatureHash.Combine(wp1, clsCtx));
        f[n++] = FeatureHash.Feature(18, FeatureHash.Combine(wm1, wp1));
        f[n++] = FeatureHash.Feature(19, FeatureHash.Combine(FeatureHash.Combine(sm1, d.Shape[i]), sp1));

        ReadOnlySpan<char> word = d.Word(i);
        if (cls != NerDocument.ClsOther)
        {
            for (int k = 1; k <= 4 && k <= word.Length; k++)
            {
                f[n++] = FeatureHash.Feature(20 + k, FeatureHash.Prefix(word, k));
                f[n++] = FeatureHash.Feature(30 + k, FeatureHash.Suffix(word, k));
            }
        }

        // Gazetteer: matches starting or continuing here, and around.
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

        // Document-level casing evidence (Chieu and Ng): is this word written in lower case, or capitalized mid-sentence, elsewhere?
        ulong docBits = (ulong)(flags & (NerDocument.FlagDocLower | NerDocument.FlagDocCapMid));
        f[n++] = FeatureHash.Feature(50, docBits | ((ulong)cls << 8) | (caps << 12) | (initial << 13));
        f[n++] = FeatureHash.Feature(51, (ulong)d.DocType[i] | ((ulong)cls << 8) | (caps << 12));
        f[n++] = FeatureHash.Feature(52, FeatureHash.Combine(w0, d.DocType[i]));
        ulong dm1 = i - 1 >= a ? d.DocType[i - 1] : 7UL;
        ulong dp1 = i + 1 < b ? d.DocType[i + 1] : 7UL;
        f[n++] = FeatureHash.Feature(53, dm1 | ((ulong)d.DocType[i] << 4) | (dp1 << 8));

        // Tag history.
        f[n++] = FeatureHash.Feature(60, (ulong)prev);
        f[n++] = FeatureHash.Feature(61, (ulong)(uint)prev | ((ulong)(uint)prev2 << 8));
        f[n++] = FeatureHash.Feature(62, FeatureHash.Combine(w0, (ulong)prev));
        f[n++] = FeatureHash.Feature(63, clsCtx | ((ulong)(uint)prev << 8));
        f[n++] = FeatureHash.Feature(64, FeatureHash.Combine(wm1, (ulong)prev));
        return n;
    }
}
