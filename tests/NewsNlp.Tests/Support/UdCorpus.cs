namespace NewsNlp.Tests.Support;

/// <summary>Rebuilds documents from a CoNLL-U file the way ../shared/tools/score_tokens.py does (sentences joined
/// by a space within a paragraph, a blank line between paragraphs; UD words as gold tokens) and scores F1.</summary>
internal static class UdCorpus
{
    public sealed record Document(string Text, List<(int Start, int End)> Tokens, List<(int Start, int End)> Sentences);

    public static List<Document> Read(IEnumerable<string> lines)
    {
        var docs = new List<(List<(string Text, List<string> Words)> Sents, HashSet<int> Pars)>();
        (List<(string, List<string>)> Sents, HashSet<int> Pars)? cur = null;
        string? sentText = null;
        var words = new List<string>();
        (int A, int B, string Form, List<string> Parts)? mwt = null;

        void Flush()
        {
            if (sentText is not null && cur is { } c)
            {
                c.Sents.Add((sentText, words));
            }

            sentText = null;
            words = [];
        }

        foreach (string raw in lines)
        {
            string line = raw.TrimEnd('\n');
            if (line.StartsWith("# newdoc", StringComparison.Ordinal))
            {
                Flush();
                cur = ([], []);
                docs.Add(cur.Value);
                continue;
            }

            if (cur is null)
            {
                cur = ([], []);
                docs.Add(cur.Value);
            }

            if (line.StartsWith("# newpar", StringComparison.Ordinal))
            {
                if (!line.StartsWith("# newpar_block", StringComparison.Ordinal))
                {
                    Flush();
                    cur.Value.Pars.Add(cur.Value.Sents.Count);
                }

                continue;
            }

            if (line.StartsWith("# text =", StringComparison.Ordinal))
            {
                Flush();
                sentText = line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim();
                words = [];
                continue;
            }

            if (line.StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            string[] c = line.Split('\t');
            if (c[0].Contains('-', StringComparison.Ordinal))
            {
                string[] ab = c[0].Split('-');
                mwt = (int.Parse(ab[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(ab[1], System.Globalization.CultureInfo.InvariantCulture), c[1], []);
                continue;
            }

            if (c[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            int i = int.Parse(c[0], System.Globalization.CultureInfo.InvariantCulture);
            if (mwt is { } m && m.A <= i && i <= m.B)
            {
                m.Parts.Add(c[1]);
                if (i == m.B)
                {
                    if (string.Concat(m.Parts) == m.Form)
                    {
                        words.AddRange(m.Parts);
                    }
                    else
                    {
                        words.Add(m.Form);
                    }

                    mwt = null;
                }

                continue;
            }

            words.Add(c[1]);
        }

        Flush();
        var result = new List<Document>();
        foreach (var (sents, pars) in docs)
        {
            var text = new System.Text.StringBuilder();
            var toks = new List<(int, int)>();
            var spans = new List<(int, int)>();
            for (int k = 0; k < sents.Count; k++)
            {
                var (st, ws) = sents[k];
                if (text.Length > 0)
                {
                    text.Append(pars.Contains(k) ? "\n\n" : " ");
                }

                int b = text.Length;
                text.Append(st);
                int pos = 0;
                foreach (string w in ws)
                {
                    int j = st.IndexOf(w, pos, StringComparison.Ordinal);
                    if (j < 0)
                    {
                        break;
                    }

                    toks.Add((b + j, b + j + w.Length));
                    pos = j + w.Length;
                }

                spans.Add((b, b + st.Length));
            }

            result.Add(new Document(text.ToString(), toks, spans));
        }

        return result;
    }

    /// <summary>Token F1 and sentence-boundary F1 of the NewsNlp tokenizer and splitter on <paramref name="docs"/>.</summary>
    public static (double TokenF1, double SentenceF1) Score(List<Document> docs)
    {
        long tokTp = 0, tokGold = 0, tokPred = 0, sTp = 0, sGold = 0, sPred = 0;
        foreach (Document d in docs)
        {
            var gold = new HashSet<(int, int)>(d.Tokens);
            IReadOnlyList<Token> predicted = Tokenizer.Default.Tokenize(d.Text);
            tokGold += gold.Count;
            tokPred += predicted.Count;
            foreach (Token t in predicted)
            {
                if (gold.Contains((t.Start, t.End)))
                {
                    tokTp++;
                }
            }

            var goldEnds = new HashSet<int>(d.Sentences.Select(s => TrimEnd(d.Text, s.Start, s.End)));
            var predEnds = new HashSet<int>(SentenceSplitter.Default.Split(d.Text).Select(s => TrimEnd(d.Text, s.Start, s.End)));
            sGold += goldEnds.Count;
            sPred += predEnds.Count;
            sTp += predEnds.Count(goldEnds.Contains);
        }

        return (F1(tokTp, tokGold, tokPred), F1(sTp, sGold, sPred));
    }

    private static int TrimEnd(string text, int s, int e)
    {
        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return e;
    }

    private static double F1(long tp, long gold, long pred)
    {
        double p = pred == 0 ? 0 : (double)tp / pred;
        double r = gold == 0 ? 0 : (double)tp / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
