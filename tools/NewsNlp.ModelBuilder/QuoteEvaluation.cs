using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsNlp.ModelBuilder;

/// <summary>Scores the quote stage on PolNeAR (brat standoff: Source / Cue / Content of every attribution),
/// with the definitions of ../shared/tools/score_polnear.py: content spans trimmed of quotation marks and
/// edge punctuation, matched one-to-one (largest overlap first) when the shared characters reach a fraction
/// of the longer span. Reports P/R/F1 at 30% and 80% overlap for all attributions and for direct quotes,
/// speaker accuracy (speakerMention overlaps the gold Source, or the speaker's last word is in it) and cue
/// accuracy (the predicted cue's last word is a word of the gold cue).</summary>
/// <remarks>usage: quotes [--split dev|train|test] [--data DIR] [--show N] [--fp N] [--spk N] [--name N] [--file TEXTFILE]</remarks>
internal static partial class QuoteEvaluation
{
    private const string Trim = " \t\n\"'“”‘’«»,.:;—–-";

    public static int Run(string data, string[] args)
    {
        string? file = Args.Option(args, "--file");
        if (file is not null)
        {
            return Show(File.ReadAllText(file));
        }

        string split = Args.Option(args, "--split") ?? "dev";
        int show = int.Parse(Args.Option(args, "--show") ?? "0", CultureInfo.InvariantCulture);
        int showFp = int.Parse(Args.Option(args, "--fp") ?? "0", CultureInfo.InvariantCulture);
        int shownFp = 0;
        int showSpk = int.Parse(Args.Option(args, "--spk") ?? "0", CultureInfo.InvariantCulture);
        int shownSpk = 0;
        int showName = int.Parse(Args.Option(args, "--name") ?? "0", CultureInfo.InvariantCulture);
        int shownName = 0;
        string dir = Path.Combine(data, "polnear", "data", split);
        if (!Directory.Exists(dir))
        {
            Console.Error.WriteLine("PolNeAR split not found: " + dir);
            return 1;
        }

        List<Article> articles = Load(dir);
        NewsAnalyzer analyzer = NewsAnalyzer.Create();
        var all30 = new Counts();
        var all80 = new Counts();
        var dir30 = new Counts();
        var dir80 = new Counts();
        int speakerOk = 0;
        int strictOk = 0; // by the speaker's name alone, where the gold source names someone
        int strictN = 0;
        int speakerN = 0;
        int cueOk = 0;
        int cueN = 0;
        int dirSpeakerOk = 0;
        int dirSpeakerN = 0;
        int shown = 0;
        var classN = new int[QuoteConfidence.ClassCount];
        var classRight = new int[QuoteConfidence.ClassCount];
        int wholeN = 0;
        int wholeOk = 0;
        foreach (Article art in articles)
        {
            NewsAnalysis analysis = analyzer.Analyze(art.Text);
            var pred = new List<Pred>();
            var classes = new List<int>();
            foreach (Quote q in analysis.Quotes)
            {
                classes.Add(QuoteConfidence.ClassOf(q.Kind, q.Speaker, q.SpeakerEntityId, q.SpeakerMention));
                (int s, int e) = TrimSpan(art.Text, q.Span.Start, q.Span.End);
                pred.Add(new Pred(s, e, q.Kind != QuoteKind.Indirect, q.Speaker, q.SpeakerMention?.Span, q.Cue, q.Kind == QuoteKind.Direct));
            }

            (int Gold, int Pred)[] m30 = Match(art.Gold, pred, 0.3);
            (int Gold, int Pred)[] m80 = Match(art.Gold, pred, 0.8);
            Tally(all30, dir30, art.Gold, pred, m30);
            Tally(all80, dir80, art.Gold, pred, m80);
            foreach (Pred p in pred)
            {
                wholeN += p.WholeDirect ? 1 : 0;
            }

            foreach ((_, int pi) in m30)
            {
                wholeOk += pred[pi].WholeDirect ? 1 : 0;
            }

            // Confidence classes: a quote is right when it matches a gold attribution at 30% and its speaker is right.
            var right = new bool[pred.Count];
            foreach ((int gi, int pi) in m30)
            {
                right[pi] = art.Gold[gi].Source is not { } source || SpeakerOk(art.Text, source, pred[pi]);
            }

            for (int pi = 0; pi < pred.Count; pi++)
            {
                if (!right[pi] && !pred[pi].WholeDirect && pred[pi].Marked && InsideGold(art.Gold, pred[pi]) is { } host)
                {
                    // A quoted fragment inside an annotated statement ("… to respect “China's core concerns”") is right
                    // with the statement's speaker: the annotation has one attribution for both.
                    right[pi] = host.Source is not { } hostSource || SpeakerOk(art.Text, hostSource, pred[pi]);
                }

                classN[classes[pi]]++;
                classRight[classes[pi]] += right[pi] ? 1 : 0;
            }

            var matchedGold = new HashSet<int>();
            foreach ((int gi, int pi) in m30)
            {
                matchedGold.Add(gi);
                Gold g = art.Gold[gi];
                Pred p = pred[pi];
                if (g.Source is { } src)
                {
                    bool ok = SpeakerOk(art.Text, src, p);
                    if (!ok && shownSpk < showSpk)
                    {
                        shownSpk++;
                        Console.WriteLine("SPK " + art.Id + ": gold [" + art.Text[src.Start..src.End] + "] pred [" + (p.Speaker ?? "-") + " / " + (p.Mention is { } pm ? art.Text[pm.Start..pm.End] : "-") + "] cue " + (p.Cue ?? "-") + " :: " + Flat(art.Text, g.Start, Math.Min(g.End, g.Start + 120)));
                    }

                    speakerOk += ok ? 1 : 0;
                    speakerN++;
                    if (IsNamedSource(art.Text[src.Start..src.End]))
                    {
                        strictN++;
                        bool byName = SpeakerOk(art.Text, src, p with { Mention = null });
                        strictOk += byName ? 1 : 0;
                        if (!byName && shownName < showName)
                        {
                            shownName++;
                            Console.WriteLine("NAME " + art.Id + ": gold [" + art.Text[src.Start..src.End] + "] pred [" + (p.Speaker ?? "-") + " / " + (p.Mention is { } nm ? art.Text[nm.Start..nm.End] : "-") + "] cue " + (p.Cue ?? "-") + " :: " + Flat(art.Text, g.Start, Math.Min(g.End, g.Start + 100)));
                        }
                    }
                    if (g.Direct)
                    {
                        dirSpeakerOk += ok ? 1 : 0;
                        dirSpeakerN++;
                    }
                }

                if (g.Cue is not null)
                {
                    cueN++;
                    cueOk += CueOk(g.Cue, p.Cue) ? 1 : 0;
                }
            }

            if (shownFp < showFp)
            {
                var matchedPred = new HashSet<int>();
                foreach ((_, int pi) in m30)
                {
                    matchedPred.Add(pi);
                }

                for (int pi = 0; pi < pred.Count && shownFp < showFp; pi++)
                {
                    if (!matchedPred.Contains(pi) && pred[pi].Marked == !Args.Flag(args, "--fp-indirect"))
                    {
                        Pred p = pred[pi];
                        Console.WriteLine("FP " + art.Id + ": " + Flat(art.Text, p.Start, p.End) + "   [spk " + (p.Speaker ?? "-") + " cue " + (p.Cue ?? "-") + "]");
                        shownFp++;
                    }
                }
            }

            if (shown < show)
            {
                for (int gi = 0; gi < art.Gold.Count && shown < show; gi++)
                {
                    if (!matchedGold.Contains(gi) && art.Gold[gi].Direct != Args.Flag(args, "--show-indirect"))
                    {
                        Gold g = art.Gold[gi];
                        Console.WriteLine("MISS " + art.Id + ": " + Flat(art.Text, g.Start, g.End) + "   [src " + (g.Source is { } s ? art.Text[s.Start..s.End] : "-") + "]");
                        shown++;
                    }
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PolNeAR {split}: {articles.Count} articles, gold attributions {all30.Gold} (direct {dir30.Gold}), predicted {all30.Pred} (with marks {dir30.Pred})"));
        Console.WriteLine(Line("all    @30%", all30));
        Console.WriteLine(Line("all    @80%", all80));
        Console.WriteLine(Line("direct @30%", dir30));
        Console.WriteLine(Line("direct @80%", dir80));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kind=direct predictions (partials aside) @30%: P={Ratio(wholeOk, wholeN):F4} ({wholeOk}/{wholeN})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"speaker accuracy (matched @30%, gold source): all {Ratio(speakerOk, speakerN):F4} ({speakerOk}/{speakerN}), direct {Ratio(dirSpeakerOk, dirSpeakerN):F4} ({dirSpeakerOk}/{dirSpeakerN})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"speaker by name (gold source names someone; the returned name's last word is in it, no credit for the mention): {Ratio(strictOk, strictN):F4} ({strictOk}/{strictN})"));
        Console.WriteLine("confidence classes (right = matched @30% with the right speaker): class, quotes, right, share");
        for (int c = 0; c < QuoteConfidence.ClassCount; c++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {QuoteConfidence.NameOf(c),-18} {classN[c],5} {classRight[c],5} {Ratio(classRight[c], classN[c]):F3}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cue accuracy (matched @30%, gold cue): {Ratio(cueOk, cueN):F4} ({cueOk}/{cueN})"));
        return 0;
    }

    private static int Show(string text)
    {
        if (Environment.GetEnvironmentVariable("QUOTES_TIME") == "1")
        {
            NewsAnalyzer bare = NewsAnalyzer.Create(new NewsAnalyzerOptions { DetectStructure = false, FindEntities = false, ClassifyTopics = false });
            NewsAnalyzer noQuotes = NewsAnalyzer.Create(new NewsAnalyzerOptions { DetectStructure = false, FindEntities = false, ClassifyTopics = false, FindQuotes = false });
            bare.Analyze(text);
            noQuotes.Analyze(text);
            var sw = System.Diagnostics.Stopwatch.StartNew();
            int n = bare.Analyze(text).Quotes.Count;
            long with = sw.ElapsedMilliseconds;
            sw.Restart();
            noQuotes.Analyze(text);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{text.Length} chars: tokenize+quotes {with} ms, tokenize only {sw.ElapsedMilliseconds} ms, {n} quotes"));
            return 0;
        }

        NewsAnalysis analysis = NewsAnalyzer.Create().Analyze(text);
        foreach (Quote q in analysis.Quotes)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{q.Kind,-8} [{q.Span.Start},{q.Span.End}) speaker={q.Speaker ?? "-"} mention={q.SpeakerMention?.Text ?? "-"} cue={q.Cue ?? "-"}\n         {Flat(text, q.Span.Start, q.Span.End)}"));
        }

        return 0;
    }

    private static string Flat(string text, int s, int e) => text[s..e].Replace('\n', ' ');

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static string Line(string name, Counts c)
    {
        double p = Ratio(c.TpPred, c.Pred);
        double r = Ratio(c.TpGold, c.Gold);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return string.Create(CultureInfo.InvariantCulture, $"{name}: P={p:F4} R={r:F4} F1={f:F4}");
    }

    private static void Tally(Counts all, Counts direct, List<Gold> gold, List<Pred> pred, (int Gold, int Pred)[] matches)
    {
        all.Gold += gold.Count;
        all.Pred += pred.Count;
        all.TpGold += matches.Length;
        all.TpPred += matches.Length;
        foreach (Gold g in gold)
        {
            direct.Gold += g.Direct ? 1 : 0;
        }

        foreach (Pred p in pred)
        {
            direct.Pred += p.Marked ? 1 : 0;
        }

        foreach ((int gi, int pi) in matches)
        {
            direct.TpGold += gold[gi].Direct ? 1 : 0;
            direct.TpPred += pred[pi].Marked ? 1 : 0;
        }
    }

    private static (int Gold, int Pred)[] Match(List<Gold> gold, List<Pred> pred, double threshold)
    {
        var pairs = new List<(int Inter, int Gold, int Pred)>();
        for (int i = 0; i < gold.Count; i++)
        {
            for (int j = 0; j < pred.Count; j++)
            {
                int inter = Math.Min(gold[i].End, pred[j].End) - Math.Max(gold[i].Start, pred[j].Start);
                if (inter > 0 && inter >= threshold * Math.Max(gold[i].End - gold[i].Start, pred[j].End - pred[j].Start))
                {
                    pairs.Add((inter, i, j));
                }
            }
        }

        pairs.Sort((x, y) => y.CompareTo(x));
        var usedGold = new HashSet<int>();
        var usedPred = new HashSet<int>();
        var result = new List<(int, int)>();
        foreach ((_, int gi, int pi) in pairs)
        {
            if (usedGold.Contains(gi) || usedPred.Contains(pi))
            {
                continue;
            }

            usedGold.Add(gi);
            usedPred.Add(pi);
            result.Add((gi, pi));
        }

        return [.. result];
    }

    /// <summary>The gold attribution that holds most of a predicted fragment (at least 80% of its characters), or null.</summary>
    private static Gold? InsideGold(List<Gold> gold, Pred p)
    {
        foreach (Gold g in gold)
        {
            int shared = Math.Min(g.End, p.End) - Math.Max(g.Start, p.Start);
            if (p.End > p.Start && shared * 5 >= (p.End - p.Start) * 4)
            {
                return g;
            }
        }

        return null;
    }

    /// <summary>Whether a gold source names someone: a capitalized word that is not a pronoun or an article.</summary>
    private static bool IsNamedSource(string source)
    {
        foreach (string w in source.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsUpper(w[0]) && w is not ("I" or "He" or "She" or "They" or "We" or "It" or "The" or "A" or "An" or "You"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SpeakerOk(string text, (int Start, int End) src, Pred p)
    {
        if (p.Mention is { } m && Math.Min(src.End, m.End) - Math.Max(src.Start, m.Start) > 0)
        {
            return true;
        }

        if (string.IsNullOrWhiteSpace(p.Speaker))
        {
            return false;
        }

        string[] parts = Words(p.Speaker);
        if (parts.Length == 0)
        {
            return false;
        }

        return Array.IndexOf(Words(text[src.Start..src.End]), parts[^1]) >= 0;
    }

    /// <summary>The words of <paramref name="s"/> in lower case: a possessive 's and apostrophes dropped (<c>Clinton's</c> is
    /// clinton, <c>O'Malley</c> omalley), any other non-letter a word break (a no-break space too).</summary>
    private static string[] Words(string s)
    {
        string lower = Possessive().Replace(s.ToLowerInvariant(), "").Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal);
        return NonLettersOrSpace().Replace(lower, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static bool CueOk(string gold, string? predicted)
    {
        if (predicted is null)
        {
            return false;
        }

        string[] words = gold.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string[] pw = predicted.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return pw.Length > 0 && Array.IndexOf(words, pw[^1]) >= 0;
    }

    private static (int, int) TrimSpan(string t, int s, int e)
    {
        while (s < e && Trim.Contains(t[s], StringComparison.Ordinal))
        {
            s++;
        }

        while (e > s && Trim.Contains(t[e - 1], StringComparison.Ordinal))
        {
            e--;
        }

        return (s, e);
    }

    /// <summary>Loads one PolNeAR split (first annotator file per article, as the scorer does).</summary>
    public static List<Article> Load(string dir)
    {
        var result = new List<Article>();
        string[] texts = Directory.GetFiles(Path.Combine(dir, "text"), "*.txt");
        Array.Sort(texts, StringComparer.Ordinal);
        foreach (string tf in texts)
        {
            string stem = Path.GetFileNameWithoutExtension(tf);
            string[] anns = Directory.GetFiles(Path.Combine(dir, "attributions"), stem + "_*.ann");
            if (anns.Length == 0)
            {
                continue;
            }

            Array.Sort(anns, StringComparer.Ordinal);
            string text = File.ReadAllText(tf);
            var spans = new Dictionary<string, (string Kind, int Start, int End)>(StringComparer.Ordinal);
            var events = new List<Dictionary<string, string>>();
            foreach (string line in File.ReadAllLines(anns[0]))
            {
                string[] c = line.Split('\t');
                if (c[0].StartsWith('T') && c.Length >= 2)
                {
                    string[] parts = c[1].Replace(';', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    int min = int.MaxValue;
                    int max = int.MinValue;
                    for (int k = 1; k < parts.Length; k++)
                    {
                        int v = int.Parse(parts[k], CultureInfo.InvariantCulture);
                        min = Math.Min(min, v);
                        max = Math.Max(max, v);
                    }

                    spans[c[0]] = (parts[0], min, max);
                }
                else if (c[0].StartsWith('E') && c.Length >= 2)
                {
                    var roles = new Dictionary<string, string>(StringComparer.Ordinal);
                    foreach (string role in c[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        int colon = role.IndexOf(':', StringComparison.Ordinal);
                        if (colon > 0)
                        {
                            roles[role[..colon]] = role[(colon + 1)..];
                        }
                    }

                    events.Add(roles);
                }
            }

            var gold = new List<Gold>();
            foreach (Dictionary<string, string> r in events)
            {
                int s = int.MaxValue;
                int e = int.MinValue;
                (int, int)? source = null;
                string? cue = null;
                foreach ((string role, string id) in r)
                {
                    if (!spans.TryGetValue(id, out var span))
                    {
                        continue;
                    }

                    if (role.StartsWith("Content", StringComparison.Ordinal))
                    {
                        s = Math.Min(s, span.Start);
                        e = Math.Max(e, span.End);
                    }
                    else if (role.StartsWith("Source", StringComparison.Ordinal) && source is null)
                    {
                        source = (span.Start, span.End);
                    }
                    else if (role.StartsWith("Cue", StringComparison.Ordinal) && cue is null)
                    {
                        cue = text[span.Start..span.End];
                    }
                }

                if (s == int.MaxValue)
                {
                    continue;
                }

                (s, e) = TrimSpan(text, s, e);
                int from = Math.Max(0, s - 1);
                int to = Math.Min(text.Length, e + 1);
                bool direct = text.AsSpan(from, to - from).IndexOfAny("“”\"") >= 0;
                gold.Add(new Gold(s, e, direct, source, cue));
            }

            result.Add(new Article(stem, text, gold));
        }

        return result;
    }

    [GeneratedRegex("[^a-z ]")]
    private static partial Regex NonLettersOrSpace();

    [GeneratedRegex("['’]s\\b")]
    private static partial Regex Possessive();

    internal sealed record Article(string Id, string Text, List<Gold> Gold);

    internal sealed record Gold(int Start, int End, bool Direct, (int Start, int End)? Source, string? Cue);

    private sealed record Pred(int Start, int End, bool Marked, string? Speaker, TextSpan? Mention, string? Cue, bool WholeDirect);

    private sealed class Counts
    {
        public int Gold { get; set; }

        public int Pred { get; set; }

        public int TpGold { get; set; }

        public int TpPred { get; set; }
    }
}
