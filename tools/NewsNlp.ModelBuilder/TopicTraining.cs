using System.Diagnostics;
using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace NewsNlp.ModelBuilder;

/// <summary><c>topics</c>: trains the IPTC subject model from BBC News, AG News, Reuters-21578 (mapped to IPTC, see
/// <see cref="TopicCorpus"/>) and lexicon-labelled CoNLL-2003/Reuters text; writes src/NewsNlp/Models/topics.bin;
/// prints held-out macro-F1 per source for the model and for a plain ML.NET baseline.</summary>
/// <remarks>Options: <c>--sweep</c> compares pipeline settings; <c>--no-save</c> evaluates without writing;
/// <c>--no-baseline</c> skips the (slow) plain ML.NET baseline.</remarks>
internal static class TopicTraining
{
    private const int Seed = 20240614;

    /// <summary>Most Reuters economy documents used for training (the collection is nearly all economy).</summary>
    private const int MaxReutersEconomy = 700;

    public static int Run(string data, string modelDir, string[] args)
    {
        var total = Stopwatch.StartNew();
        List<TopicDoc> bbc = TopicCorpus.ReadBbc(data);
        List<TopicDoc> ag = TopicCorpus.ReadAg(data);
        List<TopicDoc> reuters = TopicCorpus.ReadReuters(data);
        List<TopicDoc> conll = TopicCorpus.ReadConll(data);
        Console.WriteLine($"read bbc {bbc.Count}, ag {ag.Count}, reuters {reuters.Count}, conll docs {conll.Count}");

        List<TopicInput> train = BuildTrainingSet(bbc, ag, reuters, conll);
        var counts = new int[IptcSubjects.Count];
        foreach (TopicInput t in train)
        {
            counts[IptcSubjects.IndexOfCode(t.Label)]++;
        }

        Console.WriteLine("training examples per subject:");
        for (int c = 0; c < IptcSubjects.Count; c++)
        {
            Console.WriteLine($"  {IptcSubjects.Codes[c]} {IptcSubjects.Labels[c],-42} {counts[c],5}");
        }

        var evalSets = new EvalSets(bbc.FindAll(d => d.HeldOut), ag.FindAll(d => d.HeldOut), reuters.FindAll(d => d.HeldOut && d.Subject >= 0));
        Console.WriteLine($"held out: bbc {evalSets.Bbc.Count}, ag {evalSets.Ag.Count}, reuters {evalSets.Reuters.Count}");

        if (Args.Flag(args, "--sweep"))
        {
            TopicPipelineSettings[] variants =
            [
                TopicPipelineSettings.Default,
                TopicPipelineSettings.Default with { L1 = 0.01f, L2 = 0.02f },
                TopicPipelineSettings.Default with { L1 = 0.02f, L2 = 0.05f },
                TopicPipelineSettings.Default with { MinCount = 3 },
            ];
            foreach (TopicPipelineSettings v in variants)
            {
                var sw = Stopwatch.StartNew();
                TopicModel m = TopicTrainer.TrainCore(train, v, Seed);
                long size = SizeOf(m);
                Console.WriteLine($"{v}: trained in {sw.Elapsed.TotalSeconds:F1}s, {size / 1024} KiB");
                Evaluate("  model", evalSets, text => ModelSubjects(m, text));
            }

            return 0;
        }

        var trainWatch = Stopwatch.StartNew();
        TopicModel model = TopicTrainer.TrainCore(train, TopicPipelineSettings.Default, Seed);
        Console.WriteLine($"trained {TopicPipelineSettings.Default} in {trainWatch.Elapsed.TotalSeconds:F1}s");

        if (!Args.Flag(args, "--no-save"))
        {
            Directory.CreateDirectory(modelDir);
            string path = Path.Combine(modelDir, "topics.bin");
            using (FileStream fs = File.Create(path))
            {
                model.Save(fs);
            }

            Console.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KiB)");
            var loadWatch = Stopwatch.StartNew();
            using (FileStream fs = File.OpenRead(path))
            {
                TopicModel reloaded = TopicModel.Load(fs);
                _ = reloaded.Predict("warm-up");
            }

            Console.WriteLine($"load + first prediction: {loadWatch.ElapsedMilliseconds} ms");
        }

        Console.WriteLine();
        Console.WriteLine("== held-out evaluation (macro-F1) ==");
        Evaluate("model + lexicon (shipped)", evalSets, text => Blend(model, text));
        Evaluate("model only", evalSets, text => ModelSubjects(model, text));
        Evaluate("lexicon only", evalSets, LexiconOnly);

        if (!Args.Flag(args, "--no-baseline"))
        {
            var baseWatch = Stopwatch.StartNew();
            Func<string, float[]> baseline = TrainBaseline(train);
            Console.WriteLine($"baseline (FeaturizeText + SdcaMaximumEntropy defaults) trained in {baseWatch.Elapsed.TotalSeconds:F1}s");
            Evaluate("ML.NET baseline", evalSets, baseline);
        }

        string golden = Path.Combine(Path.GetDirectoryName(data)!, "golden", "blinken-qin.txt");
        if (File.Exists(golden))
        {
            float[] s = Blend(model, File.ReadAllText(golden));
            int[] order = Ranked(s);
            Console.WriteLine("worked example: " + string.Join(", ", order.Take(4).Select(i => $"{IptcSubjects.Labels[i]} {s[i]:F2}")));
        }

        Console.WriteLine($"total {total.Elapsed.TotalSeconds:F1}s");
        return 0;
    }

    /// <summary>Training rows: gold-labelled train splits, lexicon-relabelled AG World rows, lexicon-labelled
    /// unlabelled text, and a few seed-phrase documents so every subject exists.</summary>
    private static List<TopicInput> BuildTrainingSet(List<TopicDoc> bbc, List<TopicDoc> ag, List<TopicDoc> reuters, List<TopicDoc> conll)
    {
        var train = new List<TopicInput>();
        foreach (TopicDoc d in bbc)
        {
            if (!d.HeldOut)
            {
                train.Add(Row(d.Text, d.Subject));
            }
        }

        int relabelled = 0;
        foreach (TopicDoc d in ag)
        {
            if (d.HeldOut)
            {
                continue;
            }

            int subject = d.Subject;
            if (subject == IptcSubjects.Politics)
            {
                int weak = WeakLabel(d.Text, minDistinct: 2, minHits: 2, ratio: 2f);
                if (weak >= 0 && weak != IptcSubjects.Economy && weak != IptcSubjects.Sport && weak != IptcSubjects.Science)
                {
                    subject = weak;
                    relabelled++;
                }
            }

            train.Add(Row(d.Text, subject));
        }

        int economy = 0, weakReuters = 0;
        foreach (TopicDoc d in reuters)
        {
            if (d.HeldOut)
            {
                continue;
            }

            if (d.Subject == IptcSubjects.Economy)
            {
                if (economy++ < MaxReutersEconomy)
                {
                    train.Add(Row(d.Text, d.Subject));
                }
            }
            else if (d.Subject >= 0)
            {
                train.Add(Row(d.Text, d.Subject));
            }
            else
            {
                int weak = WeakLabel(d.Text, minDistinct: 3, minHits: 4, ratio: 1.5f);
                if (weak >= 0 && weak != IptcSubjects.Economy)
                {
                    train.Add(Row(d.Text, weak));
                    weakReuters++;
                }
            }
        }

        int weakConll = 0;
        foreach (TopicDoc d in conll)
        {
            int weak = WeakLabel(d.Text, minDistinct: 3, minHits: 4, ratio: 1.5f);
            if (weak >= 0)
            {
                train.Add(Row(d.Text, weak));
                weakConll++;
            }
        }

        // Seed documents: each subject's seed phrases, in a few seeded shuffles of twenty.
        var random = new Random(Seed);
        for (int c = 0; c < IptcSubjects.Count; c++)
        {
            string[] seeds = [.. TopicLexicon.SeedsOf(c)];
            for (int k = 0; k < 4; k++)
            {
                random.Shuffle(seeds);
                train.Add(Row(IptcSubjects.Labels[c] + ". " + string.Join(' ', seeds.Take(20)), c));
            }
        }

        Console.WriteLine($"AG World rows relabelled by lexicon: {relabelled}; lexicon-labelled Reuters (no TOPICS): {weakReuters}; CoNLL: {weakConll}");
        return train;
    }

    /// <summary>The lexicon's label for a text when one subject clearly dominates, else -1.</summary>
    private static int WeakLabel(string text, int minDistinct, int minHits, float ratio)
    {
        Span<float> hits = stackalloc float[IptcSubjects.Count];
        Span<int> distinct = stackalloc int[IptcSubjects.Count];
        TopicLexicon.Count(text, hits, distinct);
        int best = 0, second = -1;
        for (int c = 1; c < IptcSubjects.Count; c++)
        {
            if (hits[c] > hits[best])
            {
                second = best;
                best = c;
            }
            else if (second < 0 || hits[c] > hits[second])
            {
                second = c;
            }
        }

        return distinct[best] >= minDistinct && hits[best] >= minHits && hits[best] >= ratio * hits[second] ? best : -1;
    }

    private static TopicInput Row(string text, int subject) => new() { Text = text, Label = IptcSubjects.Codes[subject] };

    private static float[] Blend(TopicModel model, string text)
    {
        var s = new float[IptcSubjects.Count];
        SubjectClassifierScore(model, text, s);
        return s;
    }

    /// <summary>Same blend as <see cref="SubjectClassifier.Score(string, Span{float}, Span{float})"/> but with a given model (the one just trained).</summary>
    private static void SubjectClassifierScore(TopicModel model, string text, float[] scores)
    {
        float[] p = ModelSubjects(model, text);
        Span<float> hits = stackalloc float[IptcSubjects.Count];
        Span<float> evidence = stackalloc float[IptcSubjects.Count];
        int words = TopicLexicon.Count(text, hits, []);
        TopicLexicon.ToEvidence(hits, words, evidence);
        for (int c = 0; c < IptcSubjects.Count; c++)
        {
            scores[c] = 1f - ((1f - p[c]) * (1f - (SubjectClassifier.LexiconWeight * evidence[c])));
        }
    }

    private static float[] ModelSubjects(TopicModel model, string text)
    {
        float[] probs = model.Predict(text);
        var s = new float[IptcSubjects.Count];
        for (int i = 0; i < probs.Length; i++)
        {
            int c = IptcSubjects.IndexOfCode(model.Labels[i]);
            if (c >= 0)
            {
                s[c] = probs[i];
            }
        }

        return s;
    }

    private static float[] LexiconOnly(string text)
    {
        Span<float> hits = stackalloc float[IptcSubjects.Count];
        var evidence = new float[IptcSubjects.Count];
        int words = TopicLexicon.Count(text, hits, []);
        TopicLexicon.ToEvidence(hits, words, evidence);
        return evidence;
    }

    /// <summary>"Twenty lines of ML.NET": FeaturizeText and SdcaMaximumEntropy with their defaults, same training rows.</summary>
    private static Func<string, float[]> TrainBaseline(List<TopicInput> train)
    {
        var ml = new MLContext(Seed);
        IDataView data = ml.Data.LoadFromEnumerable(train);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("Features", "Text"))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy());
        ITransformer model = pipeline.Fit(data);
        PredictionEngine<TopicInput, TopicOutput> engine = ml.Model.CreatePredictionEngine<TopicInput, TopicOutput>(model);
        VBuffer<ReadOnlyMemory<char>> names = default;
        engine.OutputSchema["Score"].GetSlotNames(ref names);
        int[] map = [.. names.DenseValues().Select(n => IptcSubjects.IndexOfCode(n.ToString()))];
        return text =>
        {
            float[] probs = engine.Predict(new TopicInput { Text = text }).Score;
            var s = new float[IptcSubjects.Count];
            for (int i = 0; i < probs.Length; i++)
            {
                s[map[i]] = probs[i];
            }

            return s;
        };
    }

    private sealed record EvalSets(List<TopicDoc> Bbc, List<TopicDoc> Ag, List<TopicDoc> Reuters);

    /// <summary>BBC: argmax over the five BBC subjects. AG: argmax over all 17; sport/economy/science map to their
    /// class, anything else to World. Reuters: argmax over all 17 against the mapped subject (economy or labour).</summary>
    private static void Evaluate(string name, EvalSets sets, Func<string, float[]> scorer)
    {
        var gold = new List<string>();
        var pred = new List<string>();
        int[] bbcSubjects = [.. TopicCorpus.BbcMap.Select(b => b.Subject)];
        foreach (TopicDoc d in sets.Bbc)
        {
            float[] s = scorer(d.Text);
            int best = bbcSubjects[0];
            foreach (int c in bbcSubjects)
            {
                if (s[c] > s[best])
                {
                    best = c;
                }
            }

            gold.Add(d.Gold);
            pred.Add(TopicCorpus.BbcMap.First(b => b.Subject == best).Folder);
        }

        TopicEvaluation bbcEval = TopicEvaluation.Compute([.. TopicCorpus.BbcMap.Select(b => b.Folder)], gold, pred, 0);

        gold.Clear();
        pred.Clear();
        foreach (TopicDoc d in sets.Ag)
        {
            int best = Ranked(scorer(d.Text))[0];
            int k = Array.IndexOf(TopicCorpus.AgMap, best);
            gold.Add(d.Gold);
            pred.Add(k > 0 ? TopicCorpus.AgClasses[k] : "World");
        }

        TopicEvaluation agEval = TopicEvaluation.Compute(TopicCorpus.AgClasses, gold, pred, 0);

        gold.Clear();
        pred.Clear();
        foreach (TopicDoc d in sets.Reuters)
        {
            gold.Add(IptcSubjects.Labels[d.Subject]);
            pred.Add(IptcSubjects.Labels[Ranked(scorer(d.Text))[0]]);
        }

        TopicEvaluation rEval = TopicEvaluation.Compute([IptcSubjects.Labels[IptcSubjects.Economy], IptcSubjects.Labels[IptcSubjects.Labour]], gold, pred, 0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-28} BBC 5-way macro-F1 {bbcEval.MacroF1:F4} (acc {bbcEval.Accuracy:F4}) | AG 4-way macro-F1 {agEval.MacroF1:F4} (acc {agEval.Accuracy:F4}) | Reuters mapped macro-F1 {rEval.MacroF1:F4} (acc {rEval.Accuracy:F4})"));
        if (name.Contains("shipped", StringComparison.Ordinal))
        {
            Console.WriteLine("BBC per class:\n" + bbcEval);
            Console.WriteLine("AG per class:\n" + agEval);
            Console.WriteLine("Reuters per class:\n" + rEval);
        }
    }

    private static int[] Ranked(float[] s)
    {
        int[] order = [.. Enumerable.Range(0, s.Length)];
        Array.Sort(order, (a, b) => s[b] != s[a] ? s[b].CompareTo(s[a]) : a.CompareTo(b));
        return order;
    }

    private static long SizeOf(TopicModel model)
    {
        using var ms = new MemoryStream();
        model.Save(ms);
        return ms.Length;
    }
}
