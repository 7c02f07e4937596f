using System.Globalization;
using System.Text;

namespace NewsNlp.ModelBuilder;

/// <summary>Scores the mention chains (<see cref="MentionKind.Nominal"/> and <see cref="MentionKind.Pronoun"/> mentions)
/// on GUM's hand-made coreference (every mention of every entity, with its cluster id, in the CoNLL-U MISC column;
/// CC BY 4.0 annotations). Each document's text is rebuilt from its tokens (paragraphs from <c># newpar</c>) and
/// analyzed. An entity belongs to the gold cluster most of its name mentions belong to (a gold mention with the same
/// span, else the same last character); a linked nominal or pronoun is right when its own gold mention (same span, same
/// last character, or the shortest longer one starting with it: <c>the leader</c> of <c>the leader of the party</c>) is
/// in that cluster. Recall counts the gold third-person pronouns (<c>he</c>, <c>her</c>, <c>its</c> …) of clusters some
/// entity belongs to.</summary>
/// <remarks>usage: coref [--split train|dev|test] [--genres news,interview,bio] [--show N]. The rules were tuned on
/// train; dev and test are the check.</remarks>
public static class CorefEvaluation
{
    private static readonly HashSet<string> s_pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "him", "his", "himself", "she", "her", "hers", "herself", "its", "itself",
    };

    public static int Run(string data, string[] args)
    {
        string split = Args.Option(args, "--split") ?? "dev";
        string[] genres = (Args.Option(args, "--genres") ?? "news,interview,bio").Split(',');
        int show = int.Parse(Args.Option(args, "--show") ?? "0", CultureInfo.InvariantCulture);
        if (!Directory.Exists(Path.Combine(data, "gum")))
        {
            Console.Error.WriteLine("GUM not found: " + Path.Combine(data, "gum"));
            return 1;
        }

        CorefScore score = Score(data, split, genres, show);
        Console.WriteLine($"GUM {split} ({string.Join(",", genres)}): {score.Documents} documents");
        Console.WriteLine($"  pronouns: {score.Pronoun}");
        Console.WriteLine($"    person (he/she…): {score.Person.Precision()}   organization (its): {score.Organization.Precision()}");
        Console.WriteLine($"    quote speakers (the quote stage's links): {score.SpeakerPronoun.Precision()}   the rest (the chains' own): {score.NarrativePronoun.Precision()}");
        Console.WriteLine($"  nominals: {score.Nominal.Precision()}");
        return 0;
    }

    /// <summary>Scores the chains on the GUM documents of <paramref name="split"/> in <paramref name="genres"/>, printing up
    /// to <paramref name="show"/> wrong links.</summary>
    public static CorefScore Score(string data, string split, string[] genres, int show = 0)
    {
        string gum = Path.Combine(data, "gum");
        List<string> names = SplitDocuments(Path.Combine(gum, "splits.md"), split);
        NewsAnalyzer analyzer = NewsAnalyzer.Create();
        var pronoun = new Tally();
        var person = new Tally();
        var org = new Tally();
        var nominal = new Tally();
        var speaker = new Tally();
        var narrative = new Tally();
        int docs = 0;
        int shown = 0;
        foreach (string name in names)
        {
            string path = Path.Combine(gum, "dep", name + ".conllu");
            if (!File.Exists(path) || !Array.Exists(genres, g => name.StartsWith("GUM_" + g + "_", StringComparison.Ordinal)))
            {
                continue;
            }

            GoldDocument gold = GoldDocument.Read(path);
            NewsAnalysis analysis = analyzer.Analyze(gold.Text);
            docs++;
            var clusterOfEntity = new Dictionary<int, int>();
            foreach (Entity e in analysis.Entities)
            {
                var votes = new Dictionary<int, int>();
                foreach (Mention m in e.Mentions)
                {
                    if (m.Kind == MentionKind.Name && gold.ClusterAt(m.Span) is int c)
                    {
                        votes[c] = votes.GetValueOrDefault(c) + 1;
                    }
                }

                if (votes.Count > 0)
                {
                    clusterOfEntity[e.Id] = votes.MaxBy(kv => kv.Value).Key;
                }
            }

            var speakerStarts = new HashSet<int>();
            foreach (Quote q in analysis.Quotes)
            {
                if (q.SpeakerMention is { } sm)
                {
                    speakerStarts.Add(sm.Span.Start);
                }
            }

            var linked = new HashSet<int>();
            foreach (Entity e in analysis.Entities)
            {
                foreach (Mention m in e.Mentions)
                {
                    if (m.Kind == MentionKind.Name)
                    {
                        continue;
                    }

                    int? g = gold.ClusterAt(m.Span);
                    bool right = g is int gc && clusterOfEntity.TryGetValue(e.Id, out int ec) && gc == ec;
                    Tally t = m.Kind == MentionKind.Nominal ? nominal : pronoun;
                    t.Returned++;
                    t.Right += right ? 1 : 0;
                    if (m.Kind == MentionKind.Pronoun)
                    {
                        Tally byType = e.Type == EntityType.Person ? person : org;
                        byType.Returned++;
                        byType.Right += right ? 1 : 0;
                        Tally bySource = speakerStarts.Contains(m.Span.Start) ? speaker : narrative;
                        bySource.Returned++;
                        bySource.Right += right ? 1 : 0;
                        linked.Add(m.Span.Start);
                    }

                    if (!right && shown < show)
                    {
                        shown++;
                        int from = Math.Max(0, m.Span.Start - 160);
                        Console.WriteLine($"  wrong: {name} '{m.Text}' -> {e.Name} (gold cluster {g?.ToString(CultureInfo.InvariantCulture) ?? "-"}):"
                            + $" …{gold.Text[from..m.Span.End].Replace('\n', ' ')}…");
                    }
                }
            }

            var entityClusters = new HashSet<int>(clusterOfEntity.Values);
            foreach (GoldMention gm in gold.Mentions)
            {
                if (gm.End - gm.Start <= 8 && s_pronouns.Contains(gold.Text[gm.Start..gm.End]) && entityClusters.Contains(gm.Cluster))
                {
                    pronoun.Gold++;
                    pronoun.GoldFound += linked.Contains(gm.Start) ? 1 : 0;
                }
            }
        }

        return new CorefScore(docs, pronoun, person, org, nominal, speaker, narrative);
    }

    private static List<string> SplitDocuments(string splitsFile, string split)
    {
        var names = new List<string>();
        bool inSplit = false;
        foreach (string line in File.ReadLines(splitsFile))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                inSplit = line[3..].Trim() == split;
            }
            else if (inSplit && line.TrimStart().StartsWith("* ", StringComparison.Ordinal))
            {
                names.Add(line.TrimStart()[2..].Trim());
            }
        }

        return names;
    }

    /// <summary>The figures of one run: links returned and right, by kind, and the gold pronouns linked.</summary>
    public sealed record CorefScore(int Documents, Tally Pronoun, Tally Person, Tally Organization, Tally Nominal, Tally SpeakerPronoun, Tally NarrativePronoun);

    /// <summary>Links returned and right; for pronouns also the gold pronouns of found entities and how many were linked.</summary>
    public sealed class Tally
    {
        public int Returned { get; set; }
        public int Right { get; set; }
        public int Gold { get; set; }
        public int GoldFound { get; set; }

        public string Precision() => Returned == 0 ? "none returned" : $"P={(double)Right / Returned:0.000} ({Right}/{Returned})";

        public override string ToString()
        {
            double p = Returned == 0 ? 0 : (double)Right / Returned;
            double r = Gold == 0 ? 0 : (double)GoldFound / Gold;
            return $"{Precision()} recall={r:0.000} ({GoldFound}/{Gold} gold pronouns of found entities linked, right or not)";
        }
    }

    private readonly record struct GoldMention(int Start, int End, int Cluster);

    /// <summary>A GUM document's text rebuilt from its tokens, with every gold mention as a character span.</summary>
    private sealed class GoldDocument
    {
        private readonly Dictionary<(int, int), int> _bySpan = [];
        private readonly Dictionary<int, int> _byEnd = [];
        private readonly Dictionary<int, (int End, int Cluster)> _byStart = [];

        private GoldDocument(string text, List<GoldMention> mentions)
        {
            Text = text;
            Mentions = mentions;
            foreach (GoldMention m in mentions)
            {
                _bySpan.TryAdd((m.Start, m.End), m.Cluster);
                _byEnd.TryAdd(m.End, m.Cluster);
                if (!_byStart.TryGetValue(m.Start, out (int End, int Cluster) shortest) || m.End < shortest.End)
                {
                    _byStart[m.Start] = (m.End, m.Cluster); // the shortest gold mention starting here: "the leader" of "the leader of …"
                }
            }
        }

        public string Text { get; }

        public List<GoldMention> Mentions { get; }

        public int? ClusterAt(TextSpan span) =>
            _bySpan.TryGetValue((span.Start, span.End), out int c) ? c
            : _byEnd.TryGetValue(span.End, out c) ? c
            : _byStart.TryGetValue(span.Start, out (int End, int Cluster) s) && s.End > span.End ? s.Cluster : null;

        public static GoldDocument Read(string path)
        {
            var text = new StringBuilder();
            var mentions = new List<GoldMention>();
            var open = new Dictionary<int, Stack<int>>();
            bool newParagraph = false;
            bool newSentence = false;
            foreach (string line in File.ReadLines(path))
            {
                if (line.StartsWith("# newpar", StringComparison.Ordinal))
                {
                    newParagraph = true;
                    continue;
                }

                if (line.Length == 0)
                {
                    newSentence = true;
                    continue;
                }

                if (line[0] == '#')
                {
                    continue;
                }

                string[] c = line.Split('\t');
                if (c.Length < 10 || c[0].Contains('-', StringComparison.Ordinal) || c[0].Contains('.', StringComparison.Ordinal))
                {
                    continue;
                }

                if (text.Length > 0 && (newParagraph || newSentence))
                {
                    while (text.Length > 0 && text[^1] == ' ')
                    {
                        text.Length--;
                    }

                    text.Append(newParagraph ? "\n\n" : " ");
                }

                newParagraph = newSentence = false;
                int start = text.Length;
                text.Append(c[1]);
                int end = text.Length;
                if (!c[9].Contains("SpaceAfter=No", StringComparison.Ordinal))
                {
                    text.Append(' ');
                }

                ReadEntities(c[9], start, end, open, mentions);
            }

            return new GoldDocument(text.ToString().TrimEnd(), mentions);
        }

        /// <summary>Reads <c>Entity=(1-person-…(3-substance-…)2)</c>: an opening bracket starts a mention (its id first);
        /// a bracket right after an opening's attributes closes that mention on this token; <c>id)</c> closes mention id.</summary>
        private static void ReadEntities(string misc, int start, int end, Dictionary<int, Stack<int>> open, List<GoldMention> mentions)
        {
            int at = misc.IndexOf("Entity=", StringComparison.Ordinal);
            if (at < 0)
            {
                return;
            }

            int stop = misc.IndexOf('|', at);
            string value = misc[(at + 7)..(stop < 0 ? misc.Length : stop)];
            int i = 0;
            while (i < value.Length)
            {
                if (value[i] == '(')
                {
                    int j = i + 1;
                    while (j < value.Length && value[j] != '(' && value[j] != ')')
                    {
                        j++;
                    }

                    string attrs = value[(i + 1)..j];
                    int dash = attrs.IndexOf('-', StringComparison.Ordinal);
                    int id = int.Parse(dash < 0 ? attrs : attrs[..dash], CultureInfo.InvariantCulture);
                    if (j < value.Length && value[j] == ')')
                    {
                        mentions.Add(new GoldMention(start, end, id));
                        j++;
                    }
                    else
                    {
                        (open.TryGetValue(id, out Stack<int>? s) ? s : open[id] = new Stack<int>()).Push(start);
                    }

                    i = j;
                }
                else if (char.IsAsciiDigit(value[i]))
                {
                    int j = i;
                    while (j < value.Length && char.IsAsciiDigit(value[j]))
                    {
                        j++;
                    }

                    int id = int.Parse(value[i..j], CultureInfo.InvariantCulture);
                    if (open.TryGetValue(id, out Stack<int>? s) && s.Count > 0)
                    {
                        mentions.Add(new GoldMention(s.Pop(), end, id));
                    }

                    i = j + 1; // past ')'
                }
                else
                {
                    i++;
                }
            }
        }
    }
}
