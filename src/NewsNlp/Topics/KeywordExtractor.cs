namespace NewsNlp;

/// <summary>Key phrases by a YAKE-style statistic (Campos et al. 2020) over the story's own words: each word is
/// scored from its casing, position, frequency, spread over sentences and the variety of its neighbours; a phrase
/// (one to three words, never starting or ending with a stop word, never crossing punctuation) scores by its words
/// and its own frequency. Phrases naming an entity fold into the entity's canonical name and gain by its salience.
/// Excluded spans (boilerplate) are skipped. Linear in the text length (reads at most <see cref="MaxChars"/>).</summary>
internal static class KeywordExtractor
{
    public const int MaxChars = 200_000;
    private const int MaxPhraseWords = 3;

    private sealed class WordStats
    {
        public int Tf;
        public int TfUpper;
        public int TfAcronym;
        public readonly List<int> Sentences = [];
        public readonly HashSet<string> Left = new(StringComparer.Ordinal);
        public readonly HashSet<string> Right = new(StringComparer.Ordinal);
        public int LeftCount;
        public int RightCount;
        public double Score;
    }

    private sealed class Candidate
    {
        public required string[] Keys;
        public int Tf;
        public readonly Dictionary<string, int> Surfaces = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int> InitialSurfaces = new(StringComparer.Ordinal);
        public Entity? Entity;
        public double Score;
    }

    private readonly record struct Word(int Start, int Length, string Key, bool Stop, bool SentenceInitial);

    public static void Extract(AnalysisContext context)
    {
        int max = context.Options.MaxKeywords;
        if (max <= 0)
        {
            return;
        }

        string text = context.Text;
        var words = new Dictionary<string, WordStats>(StringComparer.Ordinal);
        var candidates = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var mentionEntity = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (Entity e in context.Entities)
        {
            foreach (Mention m in e.Mentions)
            {
                mentionEntity.TryAdd(m.Text, e);
            }
        }

        IEnumerable<TextSpan> sentences = context.Sentences.Length > 0 ? context.Sentences : [new TextSpan(0, text.Length)];
        var run = new List<Word>();
        int sentenceIndex = 0;
        int read = 0;
        foreach (TextSpan sentence in sentences)
        {
            if (read > MaxChars)
            {
                break;
            }

            read += sentence.Length;
            if (context.IsExcluded(sentence))
            {
                continue;
            }

            int pos = sentence.Start;
            string? previous = null;
            bool first = true;
            run.Clear();
            ReadOnlySpan<char> sentenceText = text.AsSpan(0, sentence.End);
            while (WordScanner.Next(sentenceText, ref pos, out int start, out int length, out bool brk))
            {
                if (brk)
                {
                    AddCandidates(text, run, candidates);
                    run.Clear();
                    previous = null;
                }

                int keyLength = length;
                if (keyLength > 2 && text[start + keyLength - 1] == 's' && text[start + keyLength - 2] is '\'' or '\u2019')
                {
                    keyLength -= 2; // possessive
                }

                string key = text.Substring(start, keyLength).ToLowerInvariant();
                bool stop = StopWords.Contains(key) || !HasLetter(key) || key.Length < 2;
                var word = new Word(start, keyLength, key, stop, first);
                first = false;
                if (!stop)
                {
                    if (!words.TryGetValue(key, out WordStats? ws))
                    {
                        words[key] = ws = new WordStats();
                    }

                    ws.Tf++;
                    if (char.IsUpper(text[start]) && !word.SentenceInitial)
                    {
                        ws.TfUpper++;
                    }

                    if (keyLength > 1 && IsAcronym(text.AsSpan(start, keyLength)))
                    {
                        ws.TfAcronym++;
                    }

                    if (ws.Sentences.Count == 0 || ws.Sentences[^1] != sentenceIndex)
                    {
                        ws.Sentences.Add(sentenceIndex);
                    }

                    if (previous is not null)
                    {
                        ws.Left.Add(previous);
                        ws.LeftCount++;
                        if (words.TryGetValue(previous, out WordStats? pws))
                        {
                            pws.Right.Add(key);
                            pws.RightCount++;
                        }
                    }
                }

                previous = key;
                run.Add(word);
            }

            AddCandidates(text, run, candidates);
            sentenceIndex++;
        }

        if (candidates.Count == 0)
        {
            return;
        }

        ScoreWords(words, Math.Max(1, sentenceIndex));
        var merged = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        foreach (Candidate c in candidates.Values)
        {
            double prod = 1, sum = 0;
            foreach (string k in c.Keys)
            {
                if (words.TryGetValue(k, out WordStats? ws))
                {
                    prod *= ws.Score;
                    sum += ws.Score;
                }
            }

            c.Score = prod / (c.Tf * (1 + sum));
            string surface = BestSurface(c);
            if (mentionEntity.TryGetValue(surface, out Entity? e))
            {
                c.Entity = e;
                c.Score *= 1.0 - (0.6 * Math.Clamp(e.Salience, 0, 1));
                string id = "\u0001" + e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!merged.TryGetValue(id, out Candidate? prev) || prev.Score > c.Score)
                {
                    merged[id] = c;
                }
            }
            else
            {
                merged[string.Join(' ', c.Keys)] = c;
            }
        }

        var ranked = merged.Values.ToList();
        ranked.Sort(static (a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : string.CompareOrdinal(string.Join(' ', a.Keys), string.Join(' ', b.Keys)));
        var chosen = new List<(Candidate C, string Text)>();
        foreach (Candidate c in ranked)
        {
            if (chosen.Count >= max)
            {
                break;
            }

            if (c.Keys.Length == 1 && c.Entity is null && c.Tf < 2 && ranked.Count > max * 2)
            {
                continue; // a lone word seen once is rarely a key phrase
            }

            string display = c.Entity?.Name ?? BestSurface(c);
            bool redundant = false;
            foreach ((Candidate o, string oText) in chosen)
            {
                if (Overlaps(c.Keys, o.Keys) || string.Equals(display, oText, StringComparison.OrdinalIgnoreCase)
                    || (c.Entity is not null && c.Entity == o.Entity))
                {
                    redundant = true;
                    break;
                }
            }

            if (!redundant)
            {
                chosen.Add((c, display));
            }
        }

        if (chosen.Count == 0)
        {
            return;
        }

        double best = chosen[0].C.Score;
        foreach ((Candidate c, string display) in chosen)
        {
            double score = c.Score <= 0 ? 1.0 : Math.Clamp(best / c.Score, 0, 1);
            context.Keywords.Add(new Keyword(display, Math.Round(score, 4)));
        }
    }

    /// <summary>Adds every 1–3-word phrase of the run that starts and ends with a content word (only <c>of</c> may sit inside).</summary>
    private static void AddCandidates(string text, List<Word> run, Dictionary<string, Candidate> candidates)
    {
        for (int i = 0; i < run.Count; i++)
        {
            if (run[i].Stop)
            {
                continue;
            }

            for (int n = 1; n <= MaxPhraseWords && i + n <= run.Count; n++)
            {
                Word last = run[i + n - 1];
                bool inner = true;
                for (int k = i + 1; k < i + n - 1; k++)
                {
                    if (run[k].Stop && run[k].Key != "of")
                    {
                        inner = false;
                        break;
                    }
                }

                if (!inner)
                {
                    break;
                }

                if (last.Stop)
                {
                    continue;
                }

                string[] keys = new string[n];
                for (int k = 0; k < n; k++)
                {
                    keys[k] = run[i + k].Key;
                }

                string id = string.Join(' ', keys);
                if (!candidates.TryGetValue(id, out Candidate? c))
                {
                    candidates[id] = c = new Candidate { Keys = keys };
                }

                c.Tf++;
                string surface = text[run[i].Start..(last.Start + last.Length)];
                Dictionary<string, int> bucket = run[i].SentenceInitial ? c.InitialSurfaces : c.Surfaces;
                bucket[surface] = bucket.GetValueOrDefault(surface) + 1;
            }
        }
    }

    /// <summary>YAKE word score: lower is more important.</summary>
    private static void ScoreWords(Dictionary<string, WordStats> words, int sentenceCount)
    {
        double mean = 0, maxTf = 1;
        foreach (WordStats w in words.Values)
        {
            mean += w.Tf;
            maxTf = Math.Max(maxTf, w.Tf);
        }

        mean /= Math.Max(1, words.Count);
        double variance = 0;
        foreach (WordStats w in words.Values)
        {
            variance += (w.Tf - mean) * (w.Tf - mean);
        }

        double std = Math.Sqrt(variance / Math.Max(1, words.Count));
        foreach (WordStats w in words.Values)
        {
            double tCase = Math.Max(w.TfUpper, w.TfAcronym) / (1.0 + Math.Log(w.Tf));
            double median = w.Sentences[w.Sentences.Count / 2];
            double tPos = Math.Log(Math.Log(3 + median));
            double tFreq = w.Tf / (mean + std);
            double wl = w.LeftCount == 0 ? 0 : (double)w.Left.Count / w.LeftCount;
            double wr = w.RightCount == 0 ? 0 : (double)w.Right.Count / w.RightCount;
            double tRel = 1 + ((wl + wr) * (w.Tf / maxTf));
            double tSent = (double)w.Sentences.Count / sentenceCount;
            w.Score = tRel * tPos / (tCase + (tFreq / tRel) + (tSent / tRel));
        }
    }

    private static string BestSurface(Candidate c)
    {
        string? best = null;
        int count = -1;
        foreach ((string s, int n) in c.Surfaces)
        {
            if (n > count || (n == count && string.CompareOrdinal(s, best) < 0))
            {
                best = s;
                count = n;
            }
        }

        if (best is not null)
        {
            return best;
        }

        foreach ((string s, int n) in c.InitialSurfaces)
        {
            if (n > count || (n == count && string.CompareOrdinal(s, best) < 0))
            {
                best = s;
                count = n;
            }
        }

        // Only seen at the start of sentences: lower-case a plain capitalised first word.
        if (best is { Length: > 1 } && char.IsUpper(best[0]) && char.IsLower(best[1]) && c.Keys.Length == 1)
        {
            return char.ToLowerInvariant(best[0]) + best[1..];
        }

        return best ?? string.Join(' ', c.Keys);
    }

    private static bool Overlaps(string[] a, string[] b)
    {
        foreach (string x in a)
        {
            foreach (string y in b)
            {
                if (string.Equals(x, y, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasLetter(string s)
    {
        foreach (char c in s)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAcronym(ReadOnlySpan<char> s)
    {
        int letters = 0;
        foreach (char c in s)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }
}
