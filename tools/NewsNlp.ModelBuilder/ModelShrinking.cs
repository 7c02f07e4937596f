using System.Globalization;

namespace NewsNlp.ModelBuilder;

/// <summary>Lossy size options for the shipped models, the ones shipped (<see cref="ShippedDropBits"/>,
/// <see cref="ShippedMinRow"/>; the cluster table's in <see cref="WordClusters.KeyBits"/> and
/// <see cref="WordClusterBuilder.ShippedLowerWords"/>), and the evaluation that prices them without training:
/// <c>shrink --to DIR [--cluster-words N] [--cluster-key-bits B] [--cluster-lower-words N] [--ner-drop-bits K]
/// [--ner-min-row M]</c> copies the models into DIR with a cluster table rebuilt so (the N most frequent words, B-bit
/// keys, lower-case spellings among the first N only) and/or the K lowest bits of every NER weight dropped (a row
/// whose rounded weights all stay below M in magnitude goes); <c>ner-eval [--out DIR]</c> scores the NER models of DIR (default: the shipped ones) on eng.testa
/// and the Wikipedia dev sample, as <c>ner</c> does after training.</summary>
internal static class ModelShrinking
{
    /// <summary>Low bits dropped from every NER weight of the shipped models. The beam-trained weights (see
    /// <see cref="NerBeamTraining"/>) are large and few are near zero, so more bits go than for the greedy ones (4, of
    /// which held-out folds 0 / 1 lost nothing). Held-out folds 0 / 1, both models together, every row kept: 4 bits
    /// 0.9202 / 0.9295 (710 KiB), 6 bits 0.9203 / 0.9293 (632 KiB), 7 bits 0.9200 / 0.9293 (577 KiB), 8 bits
    /// 0.9195 / 0.9292 (531 KiB).</summary>
    public const int ShippedDropBits = 8;

    /// <summary>A feature row of the shipped NER models is kept only when one of its rounded weights reaches this in
    /// magnitude. Fewer rows are fewer memory reads in the tagger's hottest loop (NerModel.Accumulate) as well as a smaller
    /// package. With 8 bits dropped, held-out folds 0 / 1 (both models' rows, size): below 2 left out 0.9196 / 0.9292
    /// (203k rows, 520 KiB), 3: 0.9194 / 0.9292 (187k, 488 KiB), 5: 0.9198 / 0.9277 (83k, 289 KiB), 8: 0.9169 / 0.9199
    /// (42k, 174 KiB), 12: 0.9093 / 0.9156.</summary>
    public const int ShippedMinRow = 5;

    /// <summary>The shipped form of a freshly trained NER model.</summary>
    public static byte[] ForShipping(byte[] model) => DropBits(model, ShippedDropBits, ShippedMinRow).Model;

    public static int Shrink(string data, string modelDir, string[] args)
    {
        string to = Args.Option(args, "--to") ?? throw new ArgumentException("shrink: --to DIR is required");
        int clusterWords = int.Parse(Args.Option(args, "--cluster-words") ?? "0", CultureInfo.InvariantCulture);
        int dropBits = int.Parse(Args.Option(args, "--ner-drop-bits") ?? "0", CultureInfo.InvariantCulture);
        int keyBits = int.Parse(Args.Option(args, "--cluster-key-bits") ?? "0", CultureInfo.InvariantCulture);
        int minRow = int.Parse(Args.Option(args, "--ner-min-row") ?? "1", CultureInfo.InvariantCulture);
        int lowerWords = int.Parse(Args.Option(args, "--cluster-lower-words") ?? "0", CultureInfo.InvariantCulture);
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(modelDir, "*.bin"))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }

        if (clusterWords > 0 || keyBits > 0 || lowerWords > 0)
        {
            byte[] clusters = WordClusterBuilder.Build(data, clusterWords, keyBits > 0 ? keyBits : WordClusters.KeyBits, lowerWords);
            File.WriteAllBytes(Path.Combine(to, "clusters.bin"), clusters);
            Console.Error.WriteLine($"clusters.bin: {clusterWords} words, {clusters.Length:N0} bytes");
        }

        if (dropBits > 0)
        {
            foreach (string name in new[] { "ner.bin", "ner2.bin" })
            {
                (byte[] bytes, int before, int after) = DropBits(File.ReadAllBytes(Path.Combine(modelDir, name)), dropBits, minRow);
                File.WriteAllBytes(Path.Combine(to, name), bytes);
                Console.Error.WriteLine($"{name}: {dropBits} bits dropped, rows {before:N0} -> {after:N0}, {bytes.Length:N0} bytes");
            }
        }

        return 0;
    }

    /// <summary>A NER model with the <paramref name="bits"/> lowest bits of every weight rounded away, and the rows
    /// whose largest rounded weight is below <paramref name="minRow"/> in magnitude left out.</summary>
    public static (byte[] Model, int RowsBefore, int RowsAfter) DropBits(byte[] model, int bits, int minRow = 1)
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
                any |= Math.Abs((int)row[t]) >= minRow;
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
        foreach ((int bits, int minRow) in new[] { (8, 2), (8, 3), (8, 5), (8, 8), (8, 12), (8, 20) })
        {
            (byte[] s1, _, int rows1) = DropBits(m1, bits, minRow);
            (byte[] s2, _, int rows2) = DropBits(m2, bits, minRow);
            NerModel q1 = NerModel.Load(new MemoryStream(s1));
            NerModel q2 = NerModel.Load(new MemoryStream(s2));
            NerEvaluation.Run(validation, d => NerEvaluation.TagTwoPass(d, q1, q2), false).Print($"held-out fifth of eng.train, {bits} weight bits dropped, rows below {minRow} left out ({(s1.Length + s2.Length) / 1024} KiB, {rows1 + rows2:N0} rows)", Console.Out);
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
