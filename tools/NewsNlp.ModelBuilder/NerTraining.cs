using System.Diagnostics;
using System.Globalization;

namespace NewsNlp.ModelBuilder;

/// <summary><c>ner</c>: builds the name lists and the word-cluster table, trains the two-pass tagger (structured
/// averaged perceptron with beam search, <see cref="NerBeamTraining"/>; <c>--beam K</c> compares widths)
/// on CoNLL-2003 eng.train with the gazetteer features of those lists and of Models/places.bin (build it first with
/// <c>places</c>) and the word clusters (plus any <c>--extra</c> labelled text, see <see cref="NerExtraData"/>), evaluates
/// on eng.testa, the Wikipedia dev split, UNER EWT dev and WikiANN val, and writes
/// Models/ner-names.bin, clusters.bin, ner.bin and ner2.bin. Nothing is chosen on those evaluation sets: features and
/// settings are compared with <c>--heldout [--fold 0..4]</c>, which trains on four fifths of eng.train and scores the
/// fifth held out.</summary>
internal static class NerTraining
{
    /// <summary>The key width of the cluster table the tagger is trained with: every word its own key, so that training
    /// never sees a stranger's clusters (24-bit keys at training cost 0.0024 F1 on held-out fold 0; the shipped table's
    /// narrower keys cost nothing measurable at inference).</summary>
    private const int TrainingKeyBits = 32;

    /// <summary>With <c>--heldout</c>, every fifth eng.train document (from <c>--fold</c>, 0..4) is held out to choose features and settings.</summary>
    private const int HeldOutEvery = 5;

    /// <summary>Training epochs of each model. Held-out folds 0 / 1 with the beam training (shipped size): 10 epochs
    /// 0.9202 / 0.9271, 16 0.9198 / 0.9277, 24 0.9233 / 0.9292, 32 0.9182 / 0.9269 (greedy training had 16).</summary>
    private const int DefaultEpochs = 24;

    /// <summary>The extra labelled text of the shipped model (<c>--extra</c>; "" = eng.train only).</summary>
    private const string DefaultExtra = "";

    /// <summary>Whether the shipped model's extra text has its own (discarded) domain weights (<c>--extra-own-weights</c>).</summary>
    private const bool DefaultOwnWeights = false;

    public static int Run(string data, string modelDir, string[] args)
    {
        int epochs = int.Parse(Args.Option(args, "--epochs") ?? DefaultEpochs.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        int bits = int.Parse(Args.Option(args, "--bits") ?? "21", CultureInfo.InvariantCulture);
        bool heldOut = Args.Flag(args, "--heldout");
        int fold = int.Parse(Args.Option(args, "--fold") ?? "0", CultureInfo.InvariantCulture);
        bool write = !Args.Flag(args, "--no-write") && !heldOut;
        int clusterWords = int.Parse(Args.Option(args, "--cluster-words") ?? "0", CultureInfo.InvariantCulture);
        int keyBits = int.Parse(Args.Option(args, "--cluster-key-bits") ?? TrainingKeyBits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var clock = Stopwatch.StartNew();
        int width = int.Parse(Args.Option(args, "--beam") ?? NerTagger.BeamWidth.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

        NerCorpus train = NerCorpus.ReadConll(Path.Combine(data, "conll2003-en", "eng.train"));
        NerCorpus dev = NerCorpus.ReadConll(Path.Combine(data, "conll2003-en", "eng.testa"));
        string unerPath = Path.Combine(data, "uner-english-ewt", "en_ewt-ud-dev.iob2");
        NerCorpus? uner = File.Exists(unerPath) ? NerCorpus.ReadConll(unerPath) : null;
        string wikiannPath = Path.Combine(data, "ner-extra", "wikiann-en", "val.conllu");
        NerCorpus? wikiann = File.Exists(wikiannPath) ? NerCorpus.ReadConll(wikiannPath, sentencePerDocument: true) : null;
        List<NerSample> wikiDev = NerExtraData.WikiDev(data);
        string extraSpec = Args.Option(args, "--extra") ?? DefaultExtra;
        List<NerSample> validation = [];
        if (heldOut)
        {
            // Honest tuning: a deterministic fifth of eng.train (every fifth document) is held out, and the model is
            // trained on the rest; eng.testa is not read to choose anything.
            validation = [.. train.Documents.Where((_, i) => i % HeldOutEvery == fold)];
            train.Documents.RemoveAll(validation.Contains);
        }
        Console.Error.WriteLine($"read: train {train.Documents.Count} docs {train.TokenCount} tokens; testa {dev.Documents.Count} docs {dev.TokenCount} tokens");

        byte[] namesBytes = NerNameListBuilder.Build(train.Documents);
        byte[] clusterBytes = WordClusterBuilder.Build(data, clusterWords, keyBits, lowerWords: 0);
        WordClusters clusters = WordClusters.Load(new MemoryStream(clusterBytes));

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

        // Extra labelled text (after the name lists, which stay eng.train's, and after the ALL-CAPS copies); each extra
        // sentence is its own jackknife-fold unit.
        bool ownWeights = Args.Flag(args, "--extra-own-weights") || (Args.Option(args, "--extra") is null && DefaultOwnWeights);
        foreach (NerSample extra in NerExtraData.Load(data, extraSpec))
        {
            extra.OwnWeights = ownWeights;
            train.Documents.Add(extra);
            origin.Add(origin.Count);
        }

        PlaceIndex places;
        using (FileStream placesFile = File.OpenRead(Path.Combine(modelDir, "places.bin")))
        {
            places = PlaceIndex.Load(placesFile);
        }

        Gazetteer gazetteer = Gazetteer.Create(places, NerNameLists.Load(new MemoryStream(namesBytes)));
        foreach (NerSample d in train.Documents)
        {
            d.Build(gazetteer, clusters);
        }

        // Pass 1 model on all training documents (no document-type evidence).
        NerPerceptron.Fixed pass1 = NerBeamTraining.Train(train.Documents, bits, epochs, "pass1", width);

        // Jackknife: document types for the training data come from a pass-1 model that did not see the document.
        var folds = new List<NerSample>[2] { [], [] };
        for (int i = 0; i < train.Documents.Count; i++)
        {
            folds[origin[i] % 2].Add(train.Documents[i]); // a copy stays in its original's fold
        }

        for (int k = 0; k < 2; k++)
        {
            NerPerceptron.Fixed m = NerBeamTraining.Train(folds[1 - k], bits, epochs, "fold" + k.ToString(CultureInfo.InvariantCulture), width);
            foreach (NerSample d in folds[k])
            {
                var tags = new byte[d.Words.Count];
                NerTagger.DecodeAll(d.Document!, m, tags, width);
                NerTagger.ComputeDocTypes(d.Document!, tags);
            }
        }

        NerPerceptron.Fixed pass2 = NerBeamTraining.Train(train.Documents, bits, epochs, "pass2", width);
        foreach (NerSample d in train.Documents)
        {
            Array.Clear(d.Document!.DocType);
        }

        // What ships, and what every figure below scores: the weights without their low bits and weak rows, and the
        // cluster table with narrow keys (ModelShrinking says what each costs). The evaluated documents are built here
        // only, with that table; training read the exact one.
        byte[] raw1 = Save(bits, pass1.Weights);
        byte[] raw2 = Save(bits, pass2.Weights);
        byte[] m1 = ModelShrinking.ForShipping(raw1);
        byte[] m2 = ModelShrinking.ForShipping(raw2);
        clusterBytes = WordClusterBuilder.Build(data, clusterWords, WordClusters.KeyBits);
        clusters = WordClusters.Load(new MemoryStream(clusterBytes));
        foreach (NerSample d in dev.Documents.Concat(validation).Concat(uner?.Documents ?? []).Concat(wikiann?.Documents ?? []).Concat(wikiDev))
        {
            d.Build(gazetteer, clusters);
        }

        var load = Stopwatch.StartNew();
        _ = WordClusters.Load(new MemoryStream(clusterBytes));
        NerModel q1 = NerModel.Load(new MemoryStream(m1));
        NerModel q2 = NerModel.Load(new MemoryStream(m2));
        load.Stop();
        Console.Error.WriteLine($"model: ner.bin {m1.Length / 1024} KiB, ner2.bin {m2.Length / 1024} KiB, ner-names.bin {namesBytes.Length / 1024} KiB, clusters.bin {clusterBytes.Length / 1024} KiB; load {load.ElapsedMilliseconds} ms");

        Func<NerSample, byte[]> tagger = d => NerEvaluation.TagTwoPass(d, q1, q2, width);
        Func<NerSample, byte[]> tagger1 = d =>
        {
            var tags = new byte[d.Words.Count];
            Array.Clear(d.Document!.DocType);
            NerTagger.DecodeAll(d.Document, q1, tags, width);
            return tags;
        };

        if (heldOut)
        {
            NerEvaluation.Run(validation, tagger1, false).Print("held-out fifth of eng.train (pass 1 only)", Console.Out);
            NerEvaluation.Run(validation, tagger, false).Print("held-out fifth of eng.train", Console.Out);
            NerEvaluation.Run(wikiDev, tagger, false).Print("Wikipedia dev (every 10th WikiNEuRal val sentence)", Console.Out);
            if (Args.Flag(args, "--lossy"))
            {
                ModelShrinking.EvaluateHeldOut(data, validation, gazetteer, raw1, raw2);
            }

            Console.Error.WriteLine($"ner: done in {clock.Elapsed.TotalSeconds:F0} s");
            return 0;
        }

        NerEvaluation.Run(dev.Documents, tagger1, false).Print("eng.testa (pass 1 only)", Console.Out);
        NerEvaluation.Run(dev.Documents, tagger, false).Print("eng.testa", Console.Out);
        NerEvaluation.Run(wikiDev, tagger, false).Print("Wikipedia dev (every 10th WikiNEuRal val sentence)", Console.Out);
        if (uner is not null)
        {
            NerEvaluation.Run(uner.Documents, tagger, true).Print("en_ewt-ud-dev.iob2", Console.Out);
        }

        if (wikiann is not null)
        {
            // WikiANN has no MISC: predicted MISC is dropped and it is scored on PER, ORG and LOC only.
            NerEvaluation.Run(wikiann.Documents, tagger, true).Print("wikiann-en val.conllu (PER/ORG/LOC; MISC dropped)", Console.Out);
        }

        if (write)
        {
            Directory.CreateDirectory(modelDir);
            File.WriteAllBytes(Path.Combine(modelDir, "ner-names.bin"), namesBytes);
            File.WriteAllBytes(Path.Combine(modelDir, "clusters.bin"), clusterBytes);
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
}
