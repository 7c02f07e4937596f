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
        (uint[] keys, ulong[] values) = WordClusters.Read(new MemoryStream(clustersBefore));
        var entries = new Dictionary<uint, (uint Lower, uint Capitalized)>(keys.Length);
        for (int i = 0; i < keys.Length; i++)
        {
            entries[keys[i]] = ((uint)values[i], (uint)(values[i] >> 32));
        }

        byte[] clustersAfter = WordClusters.Save(entries);
        var clustersClock = Stopwatch.StartNew();
        (uint[] keysBack, ulong[] valuesBack) = WordClusters.Read(new MemoryStream(clustersAfter));
        clustersClock.Stop();
        if (!keysBack.AsSpan().SequenceEqual(keys) || !valuesBack.AsSpan().SequenceEqual(values))
        {
            Console.Error.WriteLine("clusters.bin: the re-encoded table does not read back the same entries");
            return 1;
        }

        File.WriteAllBytes(clustersPath, clustersAfter);
        Report("clusters.bin", clustersBefore.Length, clustersAfter.Length, clustersClock);

        // The place index has no table accessors for a comparison: the old and the new file must load into indexes
        // that write the same bytes.
        string placesPath = Path.Combine(modelDir, "places.bin");
        byte[] placesBefore = File.ReadAllBytes(placesPath);
        byte[] placesAfter = SavePlaces(PlaceIndex.Load(new MemoryStream(placesBefore)));
        var placesClock = Stopwatch.StartNew();
        PlaceIndex placesBack = PlaceIndex.Load(new MemoryStream(placesAfter));
        placesClock.Stop();
        if (!SavePlaces(placesBack).AsSpan().SequenceEqual(placesAfter))
        {
            Console.Error.WriteLine("places.bin: the re-encoded index does not read back the same tables");
            return 1;
        }

        File.WriteAllBytes(placesPath, placesAfter);
        Report("places.bin", placesBefore.Length, placesAfter.Length, placesClock);
        return 0;
    }

    private static byte[] SavePlaces(PlaceIndex index)
    {
        using var ms = new MemoryStream();
        index.Save(ms);
        return ms.ToArray();
    }

    private static void Report(string name, int before, int after, Stopwatch read) =>
        Console.Error.WriteLine($"{name}: {before:N0} -> {after:N0} bytes ({(after - before) * 100.0 / before:+0.0;-0.0}%), tables equal; read {read.Elapsed.TotalMilliseconds:F0} ms");
}
