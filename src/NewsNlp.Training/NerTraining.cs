using System.Diagnostics;
using System.Globalization;

namespace NewsNlp.Training;

/// <summary><c>ner</c>: builds the name lists, trains the two-pass averaged-perceptron tagger on CoNLL-2003
/// eng.train with the gazetteer features of those lists and of Models/places.bin (build it first with <c>places</c>),
/// evaluates on eng.testa and UNER EWT dev, and writes Models/ner-names.bin, ner.bin and ner2.bin.</summary>
internal static class NerTraining
{
    public static int Run(string data, string modelDir, string[] args)
    {
        int epochs = int.Parse(Args.Option(args, "--epochs") ?? "16", CultureInfo.InvariantCulture);
        int bits = int.Parse(Args.Option(args, "--bits") ?? "21", CultureInfo.InvariantCulture);
        bool write = !Args.Flag(args, "--no-write");
        var clock = Stopwatch.StartNew();

        NerCorpus train = NerCorpus.ReadConll(Path.Combine(data, "conll2003-en", "eng.train"));
        NerCorpus dev = NerCorpus.ReadConll(Path.Combine(data, "conll2003-en", "eng.testa"));
        string unerPath = Path.Combine(data, "uner-english-ewt", "en_ewt-ud-dev.iob2");
        NerCorpus? uner = File.Exists(unerPath) ? NerCorpus.ReadConll(unerPath) : null;
        Console.Error.WriteLine($"read: train {train.Documents.Count} docs {train.TokenCount} tokens; testa {dev.Documents.Count} docs {dev.TokenCount} tokens");

        byte[] namesBytes = NerNameListBuilder.Build(train.Documents);

        // ALL-CAPS copies of some training documents, so that whole upper-case stories (not only headlines) are seen.
        int capsEvery = int.Parse(Args.Option(args, "--caps-every") ?? "10", CultureInfo.InvariantCulture);
        var origin = Enumerable.Range(0, train.Documents.Count).ToList();
        if (capsEvery > 0)
        {
            int original = train.Documents.Count;
            for (int i = 0; i < original; i += capsEvery)
            {
                train.Documents.Add(train.Documents[i].ToUpperCase());
                origin.Add(i);
            }
        }

        PlaceIndex places;
        using (FileStream placesFile = File.OpenRead(Path.Combine(modelDir, "places.bin")))
        {
            places = PlaceIndex.Load(placesFile);
        }

        Gazetteer gazetteer = Gazetteer.Create(places, NerNameLists.Load(new MemoryStream(namesBytes)));
        foreach (NerSample d in train.Documents.Concat(dev.Documents).Concat(uner?.Documents ?? []))
        {
            d.Build(gazetteer);
        }

        // Pass 1 model on all training documents (no document-type evidence).
        NerPerceptron.Fixed pass1 = Train(train.Documents, bits, epochs, dev.Documents, "pass1");

        // Jackknife: document types for the training data come from a pass-1 model that did not see the document.
        var folds = new List<NerSample>[2] { [], [] };
        for (int i = 0; i < train.Documents.Count; i++)
        {
            folds[origin[i] % 2].Add(train.Documents[i]); // a copy stays in its original's fold
        }

        for (int k = 0; k < 2; k++)
        {
            NerPerceptron.Fixed m = Train(folds[1 - k], bits, epochs, null, "fold" + k.ToString(CultureInfo.InvariantCulture));
            foreach (NerSample d in folds[k])
            {
                var tags = new byte[d.Words.Count];
                NerTagger.DecodeAll(d.Document!, m, tags);
                NerTagger.ComputeDocTypes(d.Document!, tags);
            }
        }

        NerPerceptron.Fixed pass2 = Train(train.Documents, bits, epochs, null, "pass2");
        foreach (NerSample d in train.Documents)
        {
            Array.Clear(d.Document!.DocType);
        }

        byte[] m1 = Save(bits, pass1.Weights);
        byte[] m2 = Save(bits, pass2.Weights);
        var load = Stopwatch.StartNew();
        NerModel q1 = NerModel.Load(new MemoryStream(m1));
        NerModel q2 = NerModel.Load(new MemoryStream(m2));
        load.Stop();
        Console.Error.WriteLine($"model: ner.bin {m1.Length / 1024} KiB, ner2.bin {m2.Length / 1024} KiB, ner-names.bin {namesBytes.Length / 1024} KiB; load {load.ElapsedMilliseconds} ms");

        Func<NerSample, byte[]> tagger = d =>
        {
            var tags = new byte[d.Words.Count];
            Array.Clear(d.Document!.DocType);
            NerTagger.DecodeAll(d.Document, q1, tags);
            NerTagger.ComputeDocTypes(d.Document, tags);
            NerTagger.DecodeAll(d.Document, q2, tags);
            return tags;
        };
        Func<NerSample, byte[]> tagger1 = d =>
        {
            var tags = new byte[d.Words.Count];
            Array.Clear(d.Document!.DocType);
            NerTagger.DecodeAll(d.Document, q1, tags);
            return tags;
        };

        NerEvaluation.Run(dev.Documents, tagger1, false).Print("eng.testa (pass 1 only)", Console.Out);
        NerEvaluation.Run(dev.Documents, tagger, false).Print("eng.testa", Console.Out);
        if (uner is not null)
        {
            NerEvaluation.Run(uner.Documents, tagger, true).Print("en_ewt-ud-dev.iob2", Console.Out);
        }

        if (write)
        {
            Directory.CreateDirectory(modelDir);
            File.WriteAllBytes(Path.Combine(modelDir, "ner-names.bin"), namesBytes);
            File.WriteAllBytes(Path.Combine(modelDir, "ner.bin"), m1);
            File.WriteAllBytes(Path.Combine(modelDir, "ner2.bin"), m2);
            Console.Error.WriteLine("wrote " + modelDir);
        }

        Console.Error.WriteLine($"ner: done in {clock.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    private static byte[] Save(int bits, float[] weights)
    {
        using var ms = new MemoryStream();
        NerModel.Save(ms, bits, weights);
        return ms.ToArray();
    }

    private static NerPerceptron.Fixed Train(List<NerSample> docs, int bits, int epochs, List<NerSample>? dev, string name)
    {
        var model = new NerPerceptron(bits);
        var rng = new Random(20030);
        var order = Enumerable.Range(0, docs.Count).ToArray();
        Span<ulong> features = stackalloc ulong[NerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[NerWeights.TagCount];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            int errors = 0;
            int tokens = 0;
            foreach (int di in order)
            {
                NerSample doc = docs[di];
                NerDocument d = doc.Document!;
                for (int s = 0; s + 1 < doc.SentenceStarts.Count; s++)
                {
                    int a = doc.SentenceStarts[s];
                    int b = doc.SentenceStarts[s + 1];
                    int prev = NerFeatures.BeginOfSentence;
                    int prev2 = NerFeatures.BeginOfSentence;
                    for (int i = a; i < b; i++)
                    {
                        int n = NerFeatures.Extract(d, i, a, b, prev, prev2, features);
                        scores.Clear();
                        model.Score(features[..n], scores);
                        int best = NerTagger.Best(scores, prev);
                        int gold = doc.Tags[i];
                        if (best != gold)
                        {
                            model.Update(features[..n], gold, best);
                            errors++;
                        }

                        model.Tick();
                        tokens++;
                        prev2 = prev;
                        prev = best;
                    }
                }
            }

            string line = $"{name} epoch {epoch}: train error {(double)errors / tokens:P2}";
            if (dev is not null && (epoch % 3 == 0 || epoch == epochs))
            {
                var fixedModel = new NerPerceptron.Fixed(bits, model.Averaged());
                double f1 = NerEvaluation.Run(dev, d =>
                {
                    var tags = new byte[d.Words.Count];
                    NerTagger.DecodeAll(d.Document!, fixedModel, tags);
                    return tags;
                }, false).F1;
                line += $", dev F1 {f1:F4}";
            }

            Console.Error.WriteLine(line);
        }

        return new NerPerceptron.Fixed(bits, model.Averaged());
    }
}
