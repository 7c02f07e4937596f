using System.Globalization;

namespace NewsNlp.ModelBuilder;

/// <summary>Entity-level precision, recall and F1 per type (conlleval semantics: exact span and type).</summary>
internal sealed class NerEvaluation
{
    private readonly int[] _tp = new int[5];
    private readonly int[] _fp = new int[5];
    private readonly int[] _fn = new int[5];

    /// <summary>The tags of a sample by both passes, as the library tags a story (<see cref="NerTagger.TagDocument(NerDocument, NerWeights, NerWeights, byte[], int)"/>).</summary>
    public static byte[] TagTwoPass(NerSample d, NerWeights pass1, NerWeights pass2, int width = NerTagger.BeamWidth)
    {
        var tags = new byte[d.Words.Count];
        NerTagger.TagDocument(d.Document!, pass1, pass2, tags, width);
        return tags;
    }

    public static NerEvaluation Run(IEnumerable<NerSample> docs, Func<NerSample, byte[]> tag, bool ignoreMisc)
    {
        var e = new NerEvaluation();
        foreach (NerSample doc in docs)
        {
            byte[] predicted = tag(doc);
            for (int s = 0; s + 1 < doc.SentenceStarts.Count; s++)
            {
                int a = doc.SentenceStarts[s];
                int b = doc.SentenceStarts[s + 1];
                HashSet<(int, int, int)> gold = Spans(doc.Tags, a, b, false);
                HashSet<(int, int, int)> pred = Spans(predicted, a, b, ignoreMisc);
                foreach (var x in pred)
                {
                    if (gold.Contains(x))
                    {
                        e._tp[x.Item3]++;
                    }
                    else
                    {
                        e._fp[x.Item3]++;
                    }
                }

                foreach (var x in gold)
                {
                    if (!pred.Contains(x))
                    {
                        e._fn[x.Item3]++;
                    }
                }
            }
        }

        return e;
    }

    public double F1
    {
        get
        {
            (_, _, double f) = Prf(_tp.Sum(), _fp.Sum(), _fn.Sum());
            return f;
        }
    }

    public void Print(string name, TextWriter w)
    {
        for (int t = 1; t <= 4; t++)
        {
            if (_tp[t] + _fn[t] == 0)
            {
                continue;
            }

            (double p, double r, double f) = Prf(_tp[t], _fp[t], _fn[t]);
            w.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0,-5} P={1:F4} R={2:F4} F1={3:F4} (gold {4})", NerTagger.TypeNames[t], p, r, f, _tp[t] + _fn[t]));
        }

        (double ap, double ar, double af) = Prf(_tp.Sum(), _fp.Sum(), _fn.Sum());
        w.WriteLine(string.Format(CultureInfo.InvariantCulture, "ner {0}: P={1:F4} R={2:F4} F1={3:F4}", name, ap, ar, af));
    }

    private static (double P, double R, double F) Prf(int tp, int fp, int fn)
    {
        double p = tp + fp > 0 ? (double)tp / (tp + fp) : 0;
        double r = tp + fn > 0 ? (double)tp / (tp + fn) : 0;
        return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
    }

    private static HashSet<(int, int, int)> Spans(IReadOnlyList<byte> tags, int a, int b, bool ignoreMisc)
    {
        var set = new HashSet<(int, int, int)>();
        int start = -1;
        int type = 0;
        for (int i = a; i <= b; i++)
        {
            int t = i < b ? tags[i] : 0;
            int ty = NerTagger.TypeOf(t);
            if (ignoreMisc && ty == 4)
            {
                ty = 0;
                t = 0;
            }

            if (start >= 0 && (t == 0 || NerTagger.IsBegin(t) || ty != type))
            {
                set.Add((start, i, type));
                start = -1;
            }

            if (t != 0 && start < 0)
            {
                start = i;
                type = ty;
            }
        }

        return set;
    }
}
