using System.Globalization;
using System.Text;

namespace NewsNlp.ModelBuilder;

/// <summary>One set's multi-label figures: per-subject precision, recall and F1 of the reported subjects (as
/// <see cref="TopicStage"/> reports them), over the subjects the set labels.</summary>
internal sealed record MultiLabelResult(string Name, int Texts, double MacroF1, double Top1, int[] Tp, int[] Fp, int[] Fn, bool[] Covered)
{
    public double F1(int c) => Tp[c] == 0 ? 0 : 2.0 * Tp[c] / ((2.0 * Tp[c]) + Fp[c] + Fn[c]);

    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{Name}: {Texts} texts, macro-F1 {MacroF1:F4}, top-1 in gold {Top1:F4}\n");
        for (int c = 0; c < IptcSubjects.Count; c++)
        {
            if (Covered[c])
            {
                double p = Tp[c] + Fp[c] == 0 ? 0 : (double)Tp[c] / (Tp[c] + Fp[c]);
                double r = Tp[c] + Fn[c] == 0 ? 0 : (double)Tp[c] / (Tp[c] + Fn[c]);
                sb.Append(CultureInfo.InvariantCulture, $"  {IptcSubjects.Labels[c],-42} P {p:F3} R {r:F3} F1 {F1(c):F3} (gold {Tp[c] + Fn[c]})\n");
            }
        }

        return sb.ToString();
    }
}

/// <summary>Held-out evaluation of a subject model: multi-label figures on the 17-subject sets, and the old
/// single-label BBC / AG News / Reuters figures.</summary>
internal static class TopicMultiEvaluation
{
    public static MultiLabelResult Evaluate(string name, SubjectScorer scorer, List<LabeledText> rows)
    {
        bool[] covered = TopicExtraCorpus.Coverage(rows);
        var tp = new int[IptcSubjects.Count];
        var fp = new int[IptcSubjects.Count];
        var fn = new int[IptcSubjects.Count];
        var scores = new float[IptcSubjects.Count];
        Span<int> chosen = stackalloc int[TopicStage.MaxSubjects];
        int top1 = 0;
        foreach (LabeledText r in rows)
        {
            int n = scorer.Score(r.Text, scores) == 0 ? 0 : SubjectClassifier.Select(scores, scorer.Thresholds, chosen);
            top1 += n > 0 && r.Subjects.Contains(chosen[0]) ? 1 : 0;
            for (int c = 0; c < IptcSubjects.Count; c++)
            {
                bool predicted = chosen[..n].Contains(c), gold = r.Subjects.Contains(c);
                tp[c] += predicted && gold ? 1 : 0;
                fp[c] += predicted && !gold && covered[c] ? 1 : 0;
                fn[c] += !predicted && gold ? 1 : 0;
            }
        }

        var result = new MultiLabelResult(name, rows.Count, 0, rows.Count == 0 ? 0 : (double)top1 / rows.Count, tp, fp, fn, covered);
        double sum = 0;
        int k = 0;
        for (int c = 0; c < IptcSubjects.Count; c++)
        {
            if (covered[c])
            {
                sum += result.F1(c);
                k++;
            }
        }

        return result with { MacroF1 = k == 0 ? 0 : sum / k };
    }

    /// <summary>BBC: argmax over the five BBC subjects. AG: argmax over all 17; sport/economy/science map to their
    /// class, anything else to World. Reuters: argmax over all 17 against the mapped subject (economy or labour).
    /// Returns the BBC and AG macro-F1.</summary>
    public static (double Bbc, double Ag) EvaluateOld(string name, SubjectScorer scorer, List<TopicDoc> bbc, List<TopicDoc> ag, List<TopicDoc> reuters, bool perClass)
    {
        var gold = new List<string>();
        var pred = new List<string>();
        int[] bbcSubjects = [.. TopicCorpus.BbcMap.Select(b => b.Subject)];
        foreach (TopicDoc d in bbc)
        {
            float[] s = scorer.Score(d.Text);
            int best = bbcSubjects[0];
            foreach (int c in bbcSubjects)
            {
                best = s[c] > s[best] ? c : best;
            }

            gold.Add(d.Gold);
            pred.Add(TopicCorpus.BbcMap.First(b => b.Subject == best).Folder);
        }

        TopicEvaluation bbcEval = TopicEvaluation.Compute([.. TopicCorpus.BbcMap.Select(b => b.Folder)], gold, pred, 0);
        gold.Clear();
        pred.Clear();
        foreach (TopicDoc d in ag)
        {
            int k = Array.IndexOf(TopicCorpus.AgMap, ArgMax(scorer.Score(d.Text)));
            gold.Add(d.Gold);
            pred.Add(k > 0 ? TopicCorpus.AgClasses[k] : "World");
        }

        TopicEvaluation agEval = TopicEvaluation.Compute(TopicCorpus.AgClasses, gold, pred, 0);
        gold.Clear();
        pred.Clear();
        foreach (TopicDoc d in reuters)
        {
            gold.Add(IptcSubjects.Labels[d.Subject]);
            pred.Add(IptcSubjects.Labels[ArgMax(scorer.Score(d.Text))]);
        }

        TopicEvaluation rEval = TopicEvaluation.Compute([IptcSubjects.Labels[IptcSubjects.Economy], IptcSubjects.Labels[IptcSubjects.Labour]], gold, pred, 0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-12} BBC 5-way macro-F1 {bbcEval.MacroF1:F4} (acc {bbcEval.Accuracy:F4}) | AG 4-way macro-F1 {agEval.MacroF1:F4} (acc {agEval.Accuracy:F4}) | Reuters mapped macro-F1 {rEval.MacroF1:F4} (acc {rEval.Accuracy:F4})"));
        if (perClass)
        {
            Console.WriteLine("BBC per class:\n" + bbcEval);
            Console.WriteLine("AG per class:\n" + agEval);
        }

        return (bbcEval.MacroF1, agEval.MacroF1);
    }

    /// <summary>Diagnostics: AG News gold class × top subject, and BBC gold folder × top BBC subject, held out.</summary>
    public static void Confusions(SubjectScorer scorer, List<TopicDoc> bbc, List<TopicDoc> ag)
    {
        var agCounts = new int[TopicCorpus.AgClasses.Length, IptcSubjects.Count];
        foreach (TopicDoc d in ag)
        {
            int top = ArgMax(scorer.Score(d.Text));
            int g = Array.IndexOf(TopicCorpus.AgClasses, d.Gold);
            agCounts[g, top]++;
            int k = Array.IndexOf(TopicCorpus.AgMap, top);
            if ((k > 0 ? k : 0) != g)
            {
                Console.WriteLine($"  AG miss {d.Gold} -> {IptcSubjects.Labels[top].Split(',')[0]}: {d.Text[..Math.Min(110, d.Text.Length)]}");
            }
        }

        var sb = new StringBuilder("AG gold class x top subject:\n");
        for (int c = 0; c < IptcSubjects.Count; c++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  {IptcSubjects.Labels[c][..Math.Min(20, IptcSubjects.Labels[c].Length)],-20}");
            for (int g = 0; g < TopicCorpus.AgClasses.Length; g++)
            {
                sb.Append(CultureInfo.InvariantCulture, $" {agCounts[g, c],5}");
            }

            sb.Append('\n');
        }

        int[] bbcSubjects = [.. TopicCorpus.BbcMap.Select(b => b.Subject)];
        var bbcCounts = new int[bbcSubjects.Length, bbcSubjects.Length];
        var bbcAll = new int[bbcSubjects.Length, IptcSubjects.Count];
        foreach (TopicDoc d in bbc)
        {
            float[] s = scorer.Score(d.Text);
            int best = 0;
            for (int i = 1; i < bbcSubjects.Length; i++)
            {
                best = s[bbcSubjects[i]] > s[bbcSubjects[best]] ? i : best;
            }

            int g = Array.IndexOf(bbcSubjects, d.Subject);
            bbcCounts[g, best]++;
            bbcAll[g, ArgMax(s)]++;
        }

        sb.Append("BBC gold (rows) x top BBC subject (columns: business, entertainment, politics, sport, tech):\n");
        for (int g = 0; g < bbcSubjects.Length; g++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  {TopicCorpus.BbcMap[g].Folder,-14}");
            for (int p = 0; p < bbcSubjects.Length; p++)
            {
                sb.Append(CultureInfo.InvariantCulture, $" {bbcCounts[g, p],4}");
            }

            sb.Append("   top of 17: ");
            for (int c = 0; c < IptcSubjects.Count; c++)
            {
                if (bbcAll[g, c] > 0)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"{IptcSubjects.Labels[c].Split(',')[0]} {bbcAll[g, c]}; ");
                }
            }

            sb.Append('\n');
        }

        Console.Write(sb.ToString());
    }

    /// <summary>news-gold (40 development articles from other outlets; evaluation only, never trained or calibrated
    /// on): the top subject among the article's gold subjects, and the editor's primary subject first. The whole
    /// text is scored, as the console program scores a story without page structure.</summary>
    public static void EvaluateNewsGold(string name, SubjectScorer scorer, string data)
    {
        string dir = Path.Combine(data, "news-gold");
        if (!File.Exists(Path.Combine(dir, "topics.jsonl")))
        {
            return;
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(dir, "articles.jsonl")))
        {
            using var doc = System.Text.Json.JsonDocument.Parse(line);
            texts[doc.RootElement.GetProperty("id").GetString()!] = doc.RootElement.GetProperty("text").GetString()!;
        }

        int n = 0, top1 = 0, primary = 0;
        var scores = new float[IptcSubjects.Count];
        foreach (string line in File.ReadLines(Path.Combine(dir, "topics.jsonl")))
        {
            using var doc = System.Text.Json.JsonDocument.Parse(line);
            System.Text.Json.JsonElement root = doc.RootElement;
            if (!texts.TryGetValue(root.GetProperty("id").GetString()!, out string? text))
            {
                continue;
            }

            n++;
            scorer.Score(text, scores);
            string best = IptcSubjects.Codes[ArgMax(scores)];
            primary += root.GetProperty("primary").GetString() == best ? 1 : 0;
            foreach (System.Text.Json.JsonElement s in root.GetProperty("subjects").EnumerateArray())
            {
                top1 += s.GetString() == best ? 1 : 0;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} news-gold ({n} articles, dev check): top-1 in gold {(double)top1 / Math.Max(1, n):F4}, primary first {(double)primary / Math.Max(1, n):F4}"));
    }

    public static int ArgMax(float[] s)
    {
        int best = 0;
        for (int c = 1; c < s.Length; c++)
        {
            best = s[c] > s[best] ? c : best;
        }

        return best;
    }
}
