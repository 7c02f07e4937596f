namespace NewsNlp;

/// <summary>Greedy left-to-right decoding over IOB2 tags with tag-history features, in two passes: the
/// second pass sees which entity type the first pass gave each word elsewhere in the document.</summary>
internal static class NerTagger
{
    public const byte O = 0;

    /// <summary>Tag names by index; B tags are odd, I tags even, type = (tag + 1) / 2.</summary>
    public static readonly string[] TagNames = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    public static readonly string[] TypeNames = ["", "PER", "ORG", "LOC", "MISC"];

    public static int TypeOf(int tag) => (tag + 1) >> 1;

    public static bool IsBegin(int tag) => (tag & 1) == 1;

    /// <summary>Whether <paramref name="tag"/> may follow <paramref name="prev"/> (I-X only after B-X or I-X).</summary>
    public static bool Allowed(int prev, int tag) =>
        tag == O || IsBegin(tag) || (prev is > 0 and < NerWeights.TagCount && TypeOf(prev) == TypeOf(tag));

    /// <summary>Tags every sentence of the document in two passes with the embedded models.</summary>
    public static void TagDocument(NerDocument d, byte[] tags) => TagDocument(d, NerModel.Pass1, NerModel.Pass2, tags);

    /// <summary>Tags every sentence of the document in two passes.</summary>
    public static void TagDocument(NerDocument d, NerWeights pass1, NerWeights pass2, byte[] tags)
    {
        Array.Clear(d.DocType);
        DecodeAll(d, pass1, tags);
        ComputeDocTypes(d, tags);
        DecodeAll(d, pass2, tags);
    }

    public static void DecodeAll(NerDocument d, NerWeights weights, byte[] tags)
    {
        // The shipped model scores each distinct word's own features once per document (WordScoreCache).
        using WordScoreCache? cache = weights is NerModel ? new WordScoreCache(d.Count) : null;
        for (int s = 0; s + 1 < d.SentenceStarts.Length; s++)
        {
            DecodeSentence(d, d.SentenceStarts[s], d.SentenceStarts[s + 1], weights, cache, tags);
        }
    }

    /// <summary>Decodes one sentence. With <paramref name="cache"/> (the shipped <see cref="NerModel"/> only), a word's
    /// own features are scored on its first occurrence and its context features here; the tags are the same as scoring
    /// every feature (integer sums).</summary>
    public static void DecodeSentence(NerDocument d, int a, int b, NerWeights weights, WordScoreCache? cache, byte[] tags)
    {
        Span<ulong> features = stackalloc ulong[NerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[NerWeights.TagCount];
        Span<int> sums = stackalloc int[NerWeights.TagCount];
        var model = cache is null ? null : (NerModel)weights;
        int prev = NerFeatures.BeginOfSentence;
        int prev2 = NerFeatures.BeginOfSentence;
        for (int i = a; i < b; i++)
        {
            if (prev is O or NerFeatures.BeginOfSentence && CannotBegin(d, i))
            {
                // A lower-case word, number or punctuation mark outside an entity and outside any gazetteer name
                // stays outside: scoring it would only confirm O (see CannotBegin).
                tags[i] = O;
                prev2 = prev;
                prev = O;
                continue;
            }

            scores.Clear();
            if (model is null)
            {
                weights.Score(features[..NerFeatures.Extract(d, i, a, b, prev, prev2, features)], scores);
            }
            else
            {
                if (cache!.TryGet(NerFeatures.WordKey(d, i), out Span<int> own))
                {
                    own.CopyTo(sums);
                }
                else
                {
                    sums.Clear();
                    model.Accumulate(features[..NerFeatures.Extract(d, i, a, b, prev, prev2, features, NerFeatureParts.Word)], sums);
                    if (!own.IsEmpty)
                    {
                        sums.CopyTo(own); // empty only when the cache is full
                    }
                }

                model.Accumulate(features[..NerFeatures.Extract(d, i, a, b, prev, prev2, features, NerFeatureParts.Context)], sums);
                model.AddScaled(sums, scores);
            }

            int best = Best(scores, prev);
            tags[i] = (byte)best;
            prev2 = prev;
            prev = best;
        }
    }

    /// <summary>Whether word <paramref name="i"/>, after an O tag, is sure to be O without scoring: it is written in
    /// lower case, is a number or is punctuation, in a sentence that is not all capitals, starts no gazetteer name and
    /// is not written capitalized anywhere else in the document. About two words in three are skipped this way;
    /// eng.testa F1 is unchanged to the fourth decimal (the README's NER figures are measured with it).</summary>
    public static bool CannotBegin(NerDocument d, int i)
    {
        byte cls = d.Cls[i];
        return cls is NerDocument.ClsLower or NerDocument.ClsNumber or NerDocument.ClsOther
            && (d.Flags[i] & (NerDocument.FlagCapsSentence | NerDocument.FlagDocCapMid)) == 0
            && d.GazB[i] == 0;
    }

    public static int Best(ReadOnlySpan<float> scores, int prev)
    {
        int best = O;
        float bestScore = float.NegativeInfinity;
        for (int t = 0; t < NerWeights.TagCount; t++)
        {
            if (scores[t] > bestScore && Allowed(prev, t))
            {
                best = t;
                bestScore = scores[t];
            }
        }

        return best;
    }

    /// <summary>Fills <see cref="NerDocument.DocType"/>: for each capitalized word, the entity type the tags give it
    /// most often across the document (0 when never inside an entity).</summary>
    public static void ComputeDocTypes(NerDocument d, byte[] tags)
    {
        // Per distinct word, the count of each type packed in a byte (capped at 0x7F).
        var counts = new int[d.DistinctCount];
        for (int i = 0; i < d.Count; i++)
        {
            int type = TypeOf(tags[i]);
            if (type == 0 || d.Cls[i] is NerDocument.ClsLower or NerDocument.ClsOther or NerDocument.ClsNumber)
            {
                continue;
            }

            ref int packed = ref counts[d.WordIds[i]];
            if (((packed >> ((type - 1) * 8)) & 0x7F) < 0x7F)
            {
                packed += 1 << ((type - 1) * 8);
            }
        }

        for (int i = 0; i < d.Count; i++)
        {
            int packed = counts[d.WordIds[i]];
            byte best = 0;
            int bestCount = 0;
            for (int t = 1; t <= 4; t++)
            {
                int c = (packed >> ((t - 1) * 8)) & 0xFF;
                if (c > bestCount)
                {
                    bestCount = c;
                    best = (byte)t;
                }
            }

            d.DocType[i] = best;
        }
    }
}
