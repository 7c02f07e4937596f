using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace NewsNlp.ModelBuilder;

/// <summary><c>topics-time FILE.jsonl</c>: the cost of scoring the 17 subjects (the shipped classifier) per article,
/// the words read beforehand as the analyzer does (Stopwatch, 3 runs after a warm-up run).</summary>
internal static class TopicTiming
{
    public static int Run(string[] args)
    {
        string path = args.Length > 1 ? args[1] : "/work/devtools/dev.jsonl";
        var texts = new List<string>();
        foreach (string line in File.ReadLines(path))
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            texts.Add(doc.RootElement.GetProperty("text").GetString() ?? string.Empty);
        }

        var words = new List<TopicWordBuffer>(texts.Count);
        foreach (string t in texts)
        {
            words.Add(TopicWords.Of(t));
        }

        float[] scores = new float[IptcSubjects.Count];
        double check = 0;
        string? old = Args.Option(args, "--compare");
        TopicModel? oldModel = old is null ? null : TopicModel.Load(old);
        for (int run = 0; run < 4; run++)
        {
            var sw = Stopwatch.StartNew();
            for (int i = 0; i < texts.Count; i++)
            {
                SubjectClassifier.Score(texts[i], words[i].Words, scores);
                check += scores[0];
            }

            sw.Stop();
            double oldMs = 0;
            if (oldModel is not null)
            {
                // The scoring before issue 17: the max-ent model blended (noisy-or) with the seed lexicons.
                var ow = Stopwatch.StartNew();
                for (int i = 0; i < texts.Count; i++)
                {
                    check += OldScore(oldModel, texts[i], words[i].Words, scores);
                }

                oldMs = ow.Elapsed.TotalMilliseconds;
            }

            if (run > 0)
            {
                string before = oldModel is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"; model + lexicon blend (before) {oldMs / texts.Count:F4} ms/article");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}: {texts.Count} articles, {sw.Elapsed.TotalMilliseconds:F0} ms, {sw.Elapsed.TotalMilliseconds / texts.Count:F4} ms/article{before}"));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"(checksum {check:F3})"));
        foreach (TopicWordBuffer w in words)
        {
            w.Dispose();
        }

        return 0;
    }

    private static float OldScore(TopicModel model, string text, ReadOnlySpan<TopicWord> words, float[] scores)
    {
        Span<float> hits = stackalloc float[IptcSubjects.Count];
        Span<float> evidence = stackalloc float[IptcSubjects.Count];
        int n = TopicLexicon.Count(text, words, hits, []);
        TopicLexicon.ToEvidence(hits, n, evidence);
        Span<float> p = stackalloc float[model.Labels.Count];
        model.Predict(text, words, p);
        for (int c = 0; c < IptcSubjects.Count; c++)
        {
            scores[c] = 1f - ((1f - p[c]) * (1f - (0.6f * evidence[c])));
        }

        return scores[0];
    }
}
