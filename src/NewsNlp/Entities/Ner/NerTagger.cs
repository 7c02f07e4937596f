namespace NewsNlp;

/// <summary>Beam-search decoding over IOB2 tags with tag-history features (<see cref="NerBeam"/>), in two passes: the
/// second pass sees which entity type the first pass gave each word elsewhere in the document.</summary>
internal static class NerTagger
{
    public const byte O = 0;

    /// <summary>Tag names by index; B tags are odd, I tags even, type = (tag + 1) / 2.</summary>
    public static readonly string[] TagNames = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    public static readonly string[] TypeNames = ["", "PER", "ORG", "LOC", "MISC"];

    public static int TypeOf(int tag) => (tag + 1) >> 1;

    public static bool IsBegin(int tag) => (tag & 1) == 1;

    /// <summary>The entity type of people (<see cref="TypeOf"/>; <see cref="TypeNames"/>).</summary>
    public const int PersonType = 1;

    /// <summary>The entity type of organizations (<see cref="TypeOf"/>; <see cref="TypeNames"/>).</summary>
    public const int OrganizationType = 2;

    /// <summary>The entity type of places (<see cref="TypeOf"/>; <see cref="TypeNames"/>).</summary>
    public const int LocationType = 3;

    /// <summary>The entity type of other names (events, works, nationalities: <see cref="TypeOf"/>; <see cref="TypeNames"/>).</summary>
    public const int MiscType = 4;

    /// <summary>Tags words [<paramref name="first"/>, <paramref name="end"/>) as one name of entity type
    /// <paramref name="type"/>: B- then I- tags.</summary>
    public static void TagRun(byte[] tags, int first, int end, int type)
    {
        tags[first] = (byte)((2 * type) - 1);
        for (int k = first + 1; k < end; k++)
        {
            tags[k] = (byte)(2 * type);
        }
    }

    /// <summary>One past the last word of the name that starts with the B tag at word <paramref name="first"/>: the I tags
    /// of its type that follow (the decoder never continues a name across sentences). A scan without allocation for rules
    /// that read names one by one.</summary>
    public static int RunEnd(byte[] tags, int first)
    {
        int end = first + 1;
        while (end < tags.Length && tags[end] == tags[first] + 1)
        {
            end++;
        }

        return end;
    }

    /// <summary>Whether <paramref name="tag"/> may follow <paramref name="prev"/> (I-X only after B-X or I-X).</summary>
    public static bool Allowed(int prev, int tag) =>
        tag == O || IsBegin(tag) || (prev is > 0 and < NerWeights.TagCount && TypeOf(prev) == TypeOf(tag));

    /// <summary>Tags every sentence of the document in two passes with the embedded models.</summary>
    public static void TagDocument(NerDocument d, byte[] tags) => TagDocument(d, NerModel.Pass1, NerModel.Pass2, tags);

    /// <summary>Tags every sentence of the document in two passes, with a beam of <paramref name="width"/> (the model
    /// builder compares widths; models must be decoded with the width they were trained with).</summary>
    public static void TagDocument(NerDocument d, NerWeights pass1, NerWeights pass2, byte[] tags, int width = BeamWidth)
    {
        Array.Clear(d.DocType);
        DecodeAll(d, pass1, tags, width);
        ComputeDocTypes(d, tags);
        DecodeAll(d, pass2, tags, width);
    }

    /// <summary>The beam width of decoding and of training (<c>NewsNlp.ModelBuilder ner</c>): the models are trained to
    /// compare whole hypotheses (structured perceptron, early update), so they must be decoded with the beam they were
    /// trained with. Chosen on held-out fifths of eng.train (folds 0 / 1, two passes): greedy tagging as trained before
    /// 0.9030 / 0.9154; beam 1 with the structured training 0.9128 (fold 0); beam 2 0.9188 / 0.9262; beam 4
    /// 0.9215 / 0.9296; beam 8 0.9231 / 0.9345; beam 4 with <see cref="NerBeam.MaxScoreGap"/> 0.9202 / 0.9295.</summary>
    public const int BeamWidth = 4;

    /// <summary>Tags every sentence of the document in one pass.</summary>
    public static void DecodeAll(NerDocument d, NerWeights weights, byte[] tags, int width = BeamWidth)
    {
        // The shipped model scores each distinct word's own features once per document (WordScoreCache).
        using WordScoreCache? cache = weights is NerModel ? new WordScoreCache(d.Count) : null;
        using var beam = new NerBeam(width);
        for (int s = 0; s + 1 < d.SentenceStarts.Length; s++)
        {
            DecodeSentence(d, d.SentenceStarts[s], d.SentenceStarts[s + 1], weights, cache, beam, tags);
        }
    }

    /// <summary>Decodes one sentence with beam search (<see cref="NerBeam"/>). Every hypothesis shares the word's own
    /// and context features, scored once, and adds only its tag-history features. Where the best hypothesis ends outside
    /// an entity and the word cannot begin one (<see cref="CannotBegin"/>), the beam collapses to that hypothesis and the
    /// word is O unscored. With <paramref name="cache"/> (the shipped <see cref="NerModel"/> only), a word's own features
    /// are scored on its first occurrence in the document; the scores are the same integer sums as scoring every
    /// feature.</summary>
    public static void DecodeSentence(NerDocument d, int a, int b, NerWeights weights, WordScoreCache? cache, NerBeam beam, byte[] tags)
    {
        if (b <= a)
        {
            return;
        }

        Span<ulong> features = stackalloc ulong[NerFeatures.MaxFeatures];
        Span<float> shared = stackalloc float[NerWeights.TagCount];
        Span<float> scores = stackalloc float[NerWeights.TagCount];
        Span<int> sharedSums = stackalloc int[NerWeights.TagCount];
        Span<int> sums = stackalloc int[NerWeights.TagCount];
        var model = cache is null ? null : (NerModel)weights;
        beam.Start(b - a);
        for (int i = a; i < b; i++)
        {
            if (beam.BestEndsOutside && CannotBegin(d, i))
            {
                // A lower-case word, number or punctuation mark outside an entity and outside any gazetteer name
                // stays outside: scoring it would only confirm O (see CannotBegin).
                beam.Collapse(i - a);
                continue;
            }

            if (model is null)
            {
                shared.Clear();
                weights.Score(features[..NerFeatures.Extract(d, i, a, b, 0, 0, features, NerFeatureParts.Word | NerFeatureParts.Context)], shared);
            }
            else
            {
                if (cache!.TryGet(NerFeatures.WordKey(d, i), out Span<int> own))
                {
                    own.CopyTo(sharedSums);
                }
                else
                {
                    sharedSums.Clear();
                    model.Accumulate(features[..NerFeatures.Extract(d, i, a, b, 0, 0, features, NerFeatureParts.Word)], sharedSums);
                    if (!own.IsEmpty)
                    {
                        sharedSums.CopyTo(own); // empty only when the cache is full
                    }
                }

                // With one hypothesis (most words), its word-history features go in the same lookup as the context's.
                NerFeatureParts parts = beam.Count == 1 ? NerFeatureParts.Context | NerFeatureParts.WordHistory : NerFeatureParts.Context;
                model.Accumulate(features[..NerFeatures.Extract(d, i, a, b, beam.Prev(0), beam.Prev2(0), features, parts)], sharedSums);
            }

            int casing = NerFeatures.CasingContext(d, i);
            for (int k = 0; k < beam.Count; k++)
            {
                int prev = beam.Prev(k), prev2 = beam.Prev2(k);
                if (model is null)
                {
                    shared.CopyTo(scores);
                    weights.Score(features[..NerFeatures.Extract(d, i, a, b, prev, prev2, features, NerFeatureParts.History)], scores);
                }
                else
                {
                    sharedSums.CopyTo(sums);
                    if (beam.Count > 1)
                    {
                        model.Accumulate(features[..NerFeatures.Extract(d, i, a, b, prev, prev2, features, NerFeatureParts.WordHistory)], sums);
                    }

                    // The tag-history features from the model's table: the same integer sums as their lookups.
                    model.AddTagHistory(prev, prev2, casing, sums);
                    scores.Clear();
                    model.AddScaled(sums, scores);
                }

                beam.Offer(k, scores);
            }

            beam.Commit(i - a);
        }

        beam.Backtrack(b - a - 1, tags.AsSpan(a, b - a));
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
