using System.Diagnostics;

namespace NewsNlp.ModelBuilder;

/// <summary><c>reencode</c>: rewrites ner.bin, ner2.bin, clusters.bin and places.bin in the current file formats from their current content (read
/// with the loaders, which still read the earlier formats), without training, and checks that every table reads back
/// exactly as before. Training writes the current formats itself; this is for a format change alone.</summary>
internal static class ModelReencoding
{
    public static int Run(string modelDir)
    {
        foreach (string name in new[] { "ner.bin", "ner2.bin" })
        {
            string path = Path.Combine(modelDir, name);
            byte[] before = File.ReadAllBytes(path);
            NerModel.Quantized old = NerModel.Read(new MemoryStream(before));
            using var ms = new MemoryStream();
            NerModel.Write(ms, old);
            byte[] after = ms.ToArray();
            var clock = Stopwatch.StartNew();
            NerModel.Quantized back = NerModel.Read(new MemoryStream(after));
            clock.Stop();
            if (back.Bits != old.Bits || back.Scale != old.Scale || !back.Buckets.AsSpan().SequenceEqual(old.Buckets) || !back.Rows.AsSpan().SequenceEqual(old.Rows))
            {
                Console.Error.WriteLine($"{name}: the re-encoded model does not read back the same tables");
                return 1;
            }

            File.WriteAllBytes(path, after);
            Report(name, before.Length, after.Length, clock);
        }

        string clustersPath = Path.Combine(modelDir, "clusters.bin");
        byte[] clustersBefore = File.ReadAllBytes(clustersPath);
        (uint[] keys, ulong[] values, int keyBits) = WordClusters.Read(new MemoryStream(clustersBefore));
        var entries = new Dictionary<uint, (uint Lower, uint Capitalized)>(keys.Length);
        for (int i = 0; i < keys.Length; i++)
        {
            entries[keys[i]] = ((uint)values[i], (uint)(values[i] >> 32));
        }

        byte[] clustersAfter = WordClusters.Save(entries, keyBits);
        var clustersClock = Stopwatch.StartNew();
        (uint[] keysBack, ulong[] valuesBack, _) = WordClusters.Read(new MemoryStream(clustersAfter));
        clustersClock.Stop();
        if (!keysBack.AsSpan().SequenceEqual(keys) || !valuesBack.AsSpan().SequenceEqual(values))
        {
            Console.Error.WriteLine("clusters.bin: the re-encoded table does not read back the same entries");
            return 1;
        }

        File.WriteAllBytes(clustersPath, clustersAfter);
        Report("clusters.bin", clustersBefore.Length, clustersAfter.Length, clustersClock);

        // The place index and the topic model have no table accessors for a comparison: the old and the new file must
        // load into models that write the same bytes.
        return ReencodeBySaving(modelDir, "places.bin", PlaceIndex.Load, static (m, s) => m.Save(s))
            && ReencodeBySaving(modelDir, "topics.bin", TopicModel.Load, static (m, s) => m.Save(s)) ? 0 : 1;
    }

    /// <summary>Re-encodes a model file by loading and saving it, and checks that what it writes loads into a model
    /// that writes the same bytes again.</summary>
    private static bool ReencodeBySaving<T>(string modelDir, string name, Func<Stream, T> load, Action<T, Stream> save)
    {
        string path = Path.Combine(modelDir, name);
        byte[] before = File.ReadAllBytes(path);
        byte[] after = Save(load(new MemoryStream(before)), save);
        var clock = Stopwatch.StartNew();
        T back = load(new MemoryStream(after));
        clock.Stop();
        if (!Save(back, save).AsSpan().SequenceEqual(after))
        {
            Console.Error.WriteLine($"{name}: the re-encoded model does not read back the same tables");
            return false;
        }

        File.WriteAllBytes(path, after);
        Report(name, before.Length, after.Length, clock);
        return true;
    }

    private static byte[] Save<T>(T model, Action<T, Stream> save)
    {
        using var ms = new MemoryStream();
        save(model, ms);
        return ms.ToArray();
    }

    private static void Report(string name, int before, int after, Stopwatch read) =>
        Console.Error.WriteLine($"{name}: {before:N0} -> {after:N0} bytes ({(after - before) * 100.0 / before:+0.0;-0.0;0.0}%), tables equal; read {read.Elapsed.TotalMilliseconds:F0} ms");
}
