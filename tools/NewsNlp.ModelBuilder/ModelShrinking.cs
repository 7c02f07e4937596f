using System.Globalization;

namespace NewsNlp.ModelBuilder;

/// <summary>Lossy size options for the shipped models, and the evaluation that prices them without training:
/// <c>shrink --to DIR [--cluster-words N] [--ner-drop-bits K]</c> copies the models into DIR, keeping only the N most
/// frequent words of the cluster source and/or dropping the K lowest bits of every NER weight (a row whose weights all
/// round to 0 goes); <c>ner-eval [--out DIR]</c> scores the NER models of DIR (default: the shipped ones) on eng.testa
/// and the Wikipedia dev sample, as <c>ner</c> does after training.</summary>
internal static class ModelShrinking
{
    public static int Shrink(string data, string modelDir, string[] args)
    {
        string to = Args.Option(args, "--to") ?? throw new ArgumentException("shrink: --to DIR is required");
        int clusterWords = int.Parse(Args.Option(args, "--cluster-words") ?? "0", CultureInfo.InvariantCulture);
        int dropBits = int.Parse(Args.Option(args, "--ner-drop-bits") ?? "0", CultureInfo.InvariantCulture);
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(modelDir, "*.bin"))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }

        if (clusterWords > 0)
        {
            byte[] clusters = WordClusterBuilder.Build(data, clusterWords);
            File.WriteAllBytes(Path.Combine(to, "clusters.bin"), clusters);
            Console.Error.WriteLine($"clusters.bin: {clusterWords} words, {clusters.Length:N0} bytes");
        }

        if (dropBits > 0)
        {
            foreach (string name in new[] { "ner.bin", "ner2.bin" })
            {
                (byte[] bytes, int before, int after) = DropBits(File.ReadAllBytes(Path.Combine(modelDir, name)), dropBits);
                File.WriteAllBytes(Path.Combine(to, name), bytes);
                Console.Error.WriteLine($"{name}: {dropBits} bits dropped, rows {before:N0} -> {after:N0}, {bytes.Length:N0} bytes");
            }
        }

        return 0;
    }

    /// <summary>A NER model with the <paramref name="bits"/> lowest bits of every weight rounded away.</summary>
    public static (byte[] Model, int RowsBefore, int RowsAfter) DropBits(byte[] model, int bits)
    {
        NerModel.Quantized m = NerModel.Read(new MemoryStream(model));
        var buckets = new List<int>();
        var rows = new List<short>();
        var row = new short[NerWeights.TagCount];
        for (int r = 0; r < m.Buckets.Length; r++)
        {
            bool any = false;
            for (int t = 0; t < row.Length; t++)
            {
                row[t] = (short)Math.Round(m.Rows[(r * row.Length) + t] / (double)(1 << bits), MidpointRounding.AwayFromZero);
                any |= row[t] != 0;
            }

            if (any)
            {
                buckets.Add(m.Buckets[r]);
                rows.AddRange(row);
            }
        }

        using var ms = new MemoryStream();
        NerModel.Write(ms, new NerModel.Quantized(m.Bits, m.Scale * (1 << bits), [.. buckets], [.. rows]));
        return (ms.ToArray(), m.Buckets.Length, buckets.Count);
    }

    /// <summary>The held-out fifth of eng.train (<c>ner --heldout --fold K --lossy</c>) tagged by the just-trained models
    /// shrunk in each lossy way: weight bits dropped, fewer cluster words at inference, and both.</summary>
    public static void EvaluateHeldOut(string data, List<NerSample> validation, Gazetteer gazetteer, byte[] m1, byte[] m2)
    {
        foreach (int bits in new[] { 4, 5, 6 })
        {
            NerModel q1 = NerModel.Load(new MemoryStream(DropBits(m1, bits).Model));
            NerModel q2 = NerModel.Load(new MemoryStream(DropBits(m2, bits).Model));
            NerEvaluation.Run(validation, d => NerEvaluation.TagTwoPass(d, q1, q2), false).Print($"held-out fifth of eng.train, {bits} weight bits dropped", Console.Out);
        }

        NerModel p1 = NerModel.Load(new MemoryStream(m1));
        NerModel p2 = NerModel.Load(new MemoryStream(m2));
        NerModel d1 = NerModel.Load(new MemoryStream(DropBits(m1, 5).Model));
        NerModel d2 = NerModel.Load(new MemoryStream(DropBits(m2, 5).Model));
        foreach (int words in new[] { 175000, 150000, 125000 })
        {
            WordClusters clusters = WordClusters.Load(new MemoryStream(WordClusterBuilder.Build(data, words)));
            foreach (NerSample d in validation)
            {
                d.Build(gazetteer, clusters);
            }

            NerEvaluation.Run(validation, d => NerEvaluation.TagTwoPass(d, p1, p2), false).Print($"held-out fifth of eng.train, {words} cluster words", Console.Out);
            NerEvaluation.Run(validation, d => NerEvaluation.TagTwoPass(d, d1, d2), false).Print($"held-out fifth of eng.train, {words} cluster words, 5 weight bits dropped", Console.Out);
        }
    }

    public static int Evaluate(string data, string modelDir)
    {
        NerCorpus dev = NerCorpus.ReadConll(Path.Combine(data, "conll2003-en", "eng.testa"));
        List<NerSample> wikiDev = NerExtraData.WikiDev(data);
        PlaceIndex places = PlaceIndex.Load(File.OpenRead(Path.Combine(modelDir, "places.bin")));
        Gazetteer gazetteer = Gazetteer.Create(places, NerNameLists.Load(File.OpenRead(Path.Combine(modelDir, "ner-names.bin"))));
        WordClusters clusters = WordClusters.Load(File.OpenRead(Path.Combine(modelDir, "clusters.bin")));
        NerModel pass1 = NerModel.Load(File.OpenRead(Path.Combine(modelDir, "ner.bin")));
        NerModel pass2 = NerModel.Load(File.OpenRead(Path.Combine(modelDir, "ner2.bin")));
        foreach (NerSample d in dev.Documents.Concat(wikiDev))
        {
            d.Build(gazetteer, clusters);
        }

        NerEvaluation.Run(dev.Documents, d => NerEvaluation.TagTwoPass(d, pass1, pass2), false).Print("eng.testa", Console.Out);
        NerEvaluation.Run(wikiDev, d => NerEvaluation.TagTwoPass(d, pass1, pass2), false).Print("Wikipedia dev (every 10th WikiNEuRal val sentence)", Console.Out);
        return 0;
    }
}
