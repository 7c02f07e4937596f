namespace NewsNlp.ModelBuilder;

/// <summary>Trains a tagger pass: a structured averaged perceptron with beam search and early update (Collins and Roark
/// 2004). Each sentence is decoded exactly as <see cref="NerTagger.DecodeSentence"/> decodes it (same
/// <see cref="NerBeam"/>, same unscored words); on the first word where the gold tags leave the beam, or at the end when
/// the best hypothesis is not the gold one, the gold prefix's features are rewarded and the best hypothesis's
/// penalised, each with its own tag history. The scores are so learnt for comparing whole hypotheses, which greedy
/// training (one word at a time, given the predicted history) never asks of them.</summary>
internal static class NerBeamTraining
{
    /// <summary>The shuffling seed of the training order.</summary>
    private const int Seed = 20030;

    /// <summary>Trains on <paramref name="docs"/> (their <see cref="NerSample.Document"/> built) for
    /// <paramref name="epochs"/> epochs with a beam of <paramref name="width"/>; returns the averaged weights.</summary>
    public static NerPerceptron.Fixed Train(List<NerSample> docs, int bits, int epochs, string name, int width)
    {
        using var trainer = new Trainer(bits, width, docs.Exists(d => d.OwnWeights));
        var rng = new Random(Seed);
        var order = Enumerable.Range(0, docs.Count).ToArray();
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            int updated = 0, sentences = 0;
            foreach (int di in order)
            {
                NerSample doc = docs[di];
                if (epoch > doc.LastEpoch)
                {
                    continue;
                }

                for (int s = 0; s + 1 < doc.SentenceStarts.Count; s++)
                {
                    sentences++;
                    updated += trainer.Sentence(doc, doc.SentenceStarts[s], doc.SentenceStarts[s + 1]) ? 1 : 0;
                }
            }

            Console.Error.WriteLine($"{name} epoch {epoch}: beam {width}, sentences updated {(double)updated / Math.Max(1, sentences):P2}");
        }

        return new NerPerceptron.Fixed(bits, trainer.Model.Averaged());
    }

    private sealed class Trainer(int bits, int width, bool ownWeights) : IDisposable
    {
        private readonly NerBeam _beam = new(width);

        /// <summary>Domain weights (training only, never saved): a document with <see cref="NerSample.OwnWeights"/> is
        /// scored and updated with a second table beside the shared one, which takes up what its source does differently
        /// from eng.train (Daume's feature augmentation without a news copy), so the shipped shared weights cost no extra
        /// tagging work.</summary>
        private readonly NerPerceptron? _own = ownWeights ? new NerPerceptron(bits) : null;

        private bool[] _unscored = new bool[256];
        private byte[] _best = new byte[256];

        public NerPerceptron Model { get; } = new(bits);

        /// <summary>Decodes one sentence [a, b) and updates on its first violation; returns whether it updated.</summary>
        public bool Sentence(NerSample doc, int a, int b)
        {
            int len = b - a;
            if (len <= 0)
            {
                return false;
            }

            if (_unscored.Length < len)
            {
                _unscored = new bool[len * 2];
                _best = new byte[len * 2];
            }

            NerDocument d = doc.Document!;
            NerBeam beam = _beam;
            Span<ulong> features = stackalloc ulong[NerFeatures.MaxFeatures];
            Span<float> shared = stackalloc float[NerWeights.TagCount];
            Span<float> scores = stackalloc float[NerWeights.TagCount];
            beam.Start(len);
            int gold = 0; // the gold prefix's index in the beam, -1 once it has left
            int last = len - 1;
            for (int j = 0; j < len && gold >= 0; j++)
            {
                int i = a + j;
                Model.Tick();
                _own?.Tick();
                int goldTag = doc.Tags[i];
                _unscored[j] = beam.BestEndsOutside && NerTagger.CannotBegin(d, i);
                if (_unscored[j])
                {
                    beam.Collapse(j);
                    gold = gold == 0 && goldTag == NerTagger.O ? 0 : -1;
                }
                else
                {
                    shared.Clear();
                    Score(doc, features[..NerFeatures.Extract(d, i, a, b, 0, 0, features, NerFeatureParts.Word | NerFeatureParts.Context)], shared);
                    for (int k = 0; k < beam.Count; k++)
                    {
                        shared.CopyTo(scores);
                        Score(doc, features[..NerFeatures.Extract(d, i, a, b, beam.Prev(k), beam.Prev2(k), features, NerFeatureParts.History)], scores);
                        beam.Offer(k, scores);
                    }

                    beam.Commit(j);
                    int next = -1;
                    for (int q = 0; q < beam.Count && gold >= 0; q++)
                    {
                        if (beam.ParentOf(j, q) == gold && beam.Prev(q) == goldTag)
                        {
                            next = q;
                        }
                    }

                    gold = next;
                }

                if (gold < 0)
                {
                    last = j;
                }
            }

            if (gold == 0)
            {
                return false; // the best hypothesis is the gold one
            }

            beam.Backtrack(last, _best);
            Update(doc, a, b, last);
            return true;
        }

        /// <summary>Rewards the gold tags and penalises the best hypothesis's on words [a, a + last], each with its own
        /// history; words where both agree with the same history cancel, and unscored words scored nothing.</summary>
        private void Update(NerSample doc, int a, int b, int last)
        {
            NerDocument d = doc.Document!;
            Span<ulong> features = stackalloc ulong[NerFeatures.MaxFeatures];
            for (int j = 0; j <= last; j++)
            {
                if (_unscored[j])
                {
                    continue;
                }

                int i = a + j;
                int g = doc.Tags[i], p = _best[j];
                int gPrev = j >= 1 ? doc.Tags[i - 1] : NerFeatures.BeginOfSentence;
                int gPrev2 = j >= 2 ? doc.Tags[i - 2] : NerFeatures.BeginOfSentence;
                int pPrev = j >= 1 ? _best[j - 1] : NerFeatures.BeginOfSentence;
                int pPrev2 = j >= 2 ? _best[j - 2] : NerFeatures.BeginOfSentence;
                if (g == p && gPrev == pPrev && gPrev2 == pPrev2)
                {
                    continue;
                }

                Add(doc, features[..NerFeatures.Extract(d, i, a, b, gPrev, gPrev2, features)], g, doc.Weight);
                Add(doc, features[..NerFeatures.Extract(d, i, a, b, pPrev, pPrev2, features)], p, -doc.Weight);
            }
        }

        public void Dispose() => _beam.Dispose();

        private void Score(NerSample doc, ReadOnlySpan<ulong> features, Span<float> scores)
        {
            Model.Score(features, scores);
            if (doc.OwnWeights)
            {
                _own!.Score(features, scores);
            }
        }

        private void Add(NerSample doc, ReadOnlySpan<ulong> features, int tag, float delta)
        {
            Model.Add(features, tag, delta);
            if (doc.OwnWeights)
            {
                _own!.Add(features, tag, delta);
            }
        }
    }
}
