using System.Buffers;

namespace NewsNlp;

/// <summary>Key phrases by a YAKE-style statistic over the story's own words (no corpus needed): each word is scored
/// from its frequency, casing, first position and spread over sentences (unlike YAKE, news repeats its subject in every
/// paragraph, so spread counts for a word); a phrase (one to three words, never starting or ending with a stop word or
/// starting with a title, never crossing punctuation, consistently cased) scores by its words and its own frequency. Phrases naming an entity fold into the entity's canonical name and gain by its salience.
/// Excluded spans (boilerplate) are skipped. Linear in the text length (reads at most <see cref="MaxChars"/>).</summary>
internal static class KeywordExtractor
{
    public const int MaxChars = 200_000;
    private const int MaxPhraseWords = 3;

    /// <summary>Longest word looked up without allocating (longer ones are rare and allocate).</summary>
    private const int MaxKeyChars = 64;

    private sealed class WordStats
    {
        public int Tf;
        public int TfUpper;
        public int TfAcronym;
        public int FirstSentence = -1;
        public int LastSentence = -1;
        public int SentenceCount;
        public double Score;
    }

    private sealed class Candidate
    {
        public required string[] Keys;
        public required string Id; // the keys joined by spaces
        public int Tf;
        /// <summary>How the phrase is written: each distinct surface (and whether it opened a sentence) with its count,
        /// as a span of the text, so that no string is made until <see cref="BestSurface"/> needs one.</summary>
        public Variant First; // most phrases are written one way: no array for them
        public Variant[]? More;
        public int VariantCount;

        public ref Variant VariantAt(int v) => ref v == 0 ? ref First : ref More![v - 1];
        public string? Best;
        public Entity? Entity;
        public double Score;
    }

    private readonly record struct Word(int Start, int Length, string Key, bool Stop, bool SentenceInitial);

    private struct Variant
    {
        public int Start;
        public int Length;
        public int Count;
        public bool Initial;
    }

    /// <summary>Titles and roles that head a name ("Foreign Minister Qin Gang"); a phrase may not start with one,
    /// so the name itself is the key phrase.</summary>
    private static readonly HashSet<string> s_titles = new(
        ("president|minister|secretary|sir|chancellor|senator|governor|king|queen|prince|princess|general|director|chief|"
        + "commissioner|ambassador|spokesman|spokeswoman|spokesperson|premier|mayor|judge|officer|chairman|chairwoman|leader|"
        + "commerce|state|foreign|prime|vice|deputy|assistant|head|holder|medallist|medallists|champion|counterpart|coach|"
        + "manager|captain|professor|dr|lord|lady|rep|sen|gov|analyst|executive|boss|founder|singer|actor|actress|star")
        .Split('|'), StringComparer.Ordinal);

    /// <summary>Words that end a clause rather than a noun phrase.</summary>
    private static readonly HashSet<string> s_verbish = new(
        "rose|fell|due|rises|falls|grew|dropped|jumped|warned|urged|wants|says|make|made|see|seen|rejects|backs|hits|wins|"
        .Split('|', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    public static Keyword[] Extract(ArticleText article, PageStructure structure, EntityResult entities, int max)
    {
        if (max <= 0)
        {
            return [];
        }

        string text = article.Text;
        // Sized for a typical story so that the tables rarely grow (about one distinct content word per 16
        // characters and one candidate phrase per 8).
        int expected = Math.Min(text.Length, MaxChars);
        var words = new Dictionary<string, WordStats>(Math.Min(expected / 16, 4096), StringComparer.Ordinal);
        Dictionary<string, WordStats>.AlternateLookup<ReadOnlySpan<char>> wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var candidates = new Dictionary<string, Candidate>(Math.Min(expected / 8, 8192), StringComparer.Ordinal);
        Span<char> lowerBuffer = stackalloc char[MaxKeyChars];
        var phrase = new char[(MaxPhraseWords * (MaxKeyChars + 1)) + 1];
        var mentionEntity = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (Entity e in entities.Entities)
        {
            foreach (Mention m in e.Mentions)
            {
                mentionEntity.TryAdd(m.Text, e);
            }
        }

        var run = new List<Word>();
        int sentenceIndex = 0;
        int read = 0;
        TopicWord[] sentenceWords = ArrayPool<TopicWord>.Shared.Rent(TopicWords.MaxWords(text.Length));
        for (int s = 0; s < article.Sentences.Length; s++)
        {
            TextSpan sentence = article.Sentences[s];
            if (read > MaxChars)
            {
                break;
            }

            read += sentence.Length;
            if (structure.IsExcluded(sentence))
            {
                continue;
            }

            bool first = true;
            run.Clear();
            int wordCount = TopicWords.Read(article, article.SentenceFirstToken[s], article.SentenceFirstToken[s + 1], sentenceWords);
            foreach (TopicWord tw in sentenceWords.AsSpan(0, wordCount))
            {
                (int start, int length) = (tw.Start, tw.Length);
                if (tw.Break)
                {
                    AddCandidates(text, run, candidates, phrase);
                    run.Clear();
                }

                int keyLength = length;
                if (keyLength > 2 && text[start + keyLength - 1] == 's' && text[start + keyLength - 2] is '\'' or '\u2019')
                {
                    keyLength -= 2; // possessive
                }

                // The lower-cased key: a string only for content words, made once per distinct word (the words
                // table holds it); a stop word needs no string of its own, only whether it is "of".
                ReadOnlySpan<char> raw = text.AsSpan(start, keyLength);
                string? longKey = raw.Length > MaxKeyChars ? raw.ToString().ToLowerInvariant() : null;
                ReadOnlySpan<char> lowered = longKey is not null ? longKey : lowerBuffer[..raw.ToLowerInvariant(lowerBuffer)];
                bool stop = StopWords.Contains(lowered) || !CharScan.ContainsLetter(lowered) || lowered.Length < 2;
                string key;
                WordStats? ws = null;
                if (stop)
                {
                    key = lowered.SequenceEqual("of") ? "of" : string.Empty;
                }
                else if (!wordLookup.TryGetValue(lowered, out string? known, out ws))
                {
                    key = longKey ?? lowered.ToString();
                    words[key] = ws = new WordStats();
                }
                else
                {
                    key = known;
                }

                var word = new Word(start, keyLength, key, stop, first);
                first = false;
                if (ws is not null)
                {

                    ws.Tf++;
                    if (char.IsUpper(text[start]) && !word.SentenceInitial)
                    {
                        ws.TfUpper++;
                    }

                    if (keyLength > 1 && CharScan.IsAllCaps(text.AsSpan(start, keyLength), minUpper: 2))
                    {
                        ws.TfAcronym++;
                    }

                    if (ws.LastSentence != sentenceIndex)
                    {
                        ws.FirstSentence = ws.FirstSentence < 0 ? sentenceIndex : ws.FirstSentence;
                        ws.LastSentence = sentenceIndex;
                        ws.SentenceCount++;
                    }
                }

                run.Add(word);
            }

            AddCandidates(text, run, candidates, phrase);
            sentenceIndex++;
        }

        ArrayPool<TopicWord>.Shared.Return(sentenceWords);
        if (candidates.Count == 0)
        {
            return [];
        }

        ScoreWords(words, Math.Max(1, sentenceIndex));
        var merged = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        foreach (Candidate c in candidates.Values)
        {
            double sum = 0;
            int counted = 0;
            foreach (string k in c.Keys)
            {
                if (words.TryGetValue(k, out WordStats? ws))
                {
                    sum += ws.Score;
                    counted++;
                }
            }

            // Higher is better: how strong its words are, how often the phrase itself recurs, a little for length.
            double lengthFactor = c.Keys.Length == 1 ? 1.0 : c.Keys.Length == 2 ? 1.35 : 1.45;
            c.Score = (counted == 0 ? 0 : sum / counted) * (1 + Math.Log(c.Tf)) * lengthFactor * (c.Tf == 1 && c.Keys.Length > 1 ? (c.Keys.Length == 2 ? 0.8 : 0.6) : 1.0);
            string surface = BestSurface(c, text);
            if (mentionEntity.TryGetValue(surface, out Entity? e))
            {
                c.Entity = e;
                c.Score *= 1.0 + Math.Clamp(e.Salience, 0, 1);
                string id = "\u0001" + e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!merged.TryGetValue(id, out Candidate? prev) || prev.Score < c.Score)
                {
                    merged[id] = c;
                }
            }
            else
            {
                merged[c.Id] = c;
            }
        }

        var ranked = merged.Values.ToList();
        ranked.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Id, b.Id));
        var chosen = new List<(Candidate C, string Text)>();
        var countries = new HashSet<string>(StringComparer.Ordinal);
        int names = 0;
        int maxNames = max <= 3 ? max : max - 2; // leave room for what happened, not only who and where
        foreach (Candidate c in ranked)
        {
            if (chosen.Count >= max)
            {
                break;
            }

            bool isName = c.Entity is not null || (BestSurface(c, text) is { Length: > 0 } sf && char.IsUpper(sf[0]));
            if (isName && names >= maxNames)
            {
                continue;
            }

            // "Chinese" adds nothing next to "China": one keyword per country.
            string? country = c.Entity is { Type: EntityType.Location or EntityType.Nationality, CountryCode: { } code } ? code
                : c.Keys.Length == 1 && RegionTable.Instance.Aliases.TryGetValue(BestSurface(c, text), out string? alias) ? alias : null;
            if (country is not null && !countries.Add(country))
            {
                continue;
            }

            if (c.Keys.Length == 1 && c.Entity is null && c.Tf < 2 && ranked.Count > max * 2)
            {
                continue; // a lone word seen once is rarely a key phrase
            }

            string display = c.Entity?.Name ?? BestSurface(c, text);
            string[] keys = c.Keys;
            if (c.Entity is null && c.Keys.Length == 1 && display.Length > 0 && char.IsUpper(display[0])
                && !RegionTable.Instance.Aliases.ContainsKey(display)
                && FullName(c.Keys[0], candidates, text) is { } full)
            {
                // "Qin" -> "Qin Gang": a lone capitalised word stands for the fullest name it appears in.
                display = BestSurface(full, text);
                keys = full.Keys;
            }

            bool redundant = false;
            foreach ((Candidate o, string oText) in chosen)
            {
                if (Overlaps(keys, o.Keys) || string.Equals(display, oText, StringComparison.OrdinalIgnoreCase)
                    || (c.Entity is not null && c.Entity == o.Entity))
                {
                    redundant = true;
                    break;
                }
            }

            if (!redundant)
            {
                names += isName ? 1 : 0;
                chosen.Add((keys == c.Keys ? c : new Candidate { Keys = keys, Id = string.Join(' ', keys), Score = c.Score, Entity = c.Entity }, display));
            }
        }

        if (chosen.Count == 0)
        {
            return [];
        }

        double best = chosen[0].C.Score;
        var keywords = new Keyword[chosen.Count];
        for (int i = 0; i < keywords.Length; i++)
        {
            (Candidate c, string display) = chosen[i];
            double score = best <= 0 ? 0 : Math.Clamp(c.Score / best, 0, 1);
            keywords[i] = new Keyword(display, Math.Round(score, 4));
        }

        return keywords;
    }

    /// <summary>Adds every 1–3-word phrase of the run that starts and ends with a content word (only <c>of</c> may sit inside).
    /// Phrases and surfaces already seen are found by span, so only new ones allocate.</summary>
    private static void AddCandidates(string text, List<Word> run, Dictionary<string, Candidate> candidates, char[] phrase)
    {
        Dictionary<string, Candidate>.AlternateLookup<ReadOnlySpan<char>> byPhrase = candidates.GetAlternateLookup<ReadOnlySpan<char>>();
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

                if (last.Stop || !Acceptable(text, run, i, n))
                {
                    continue;
                }

                Candidate? c = null;
                int length = 0;
                bool fits = true;
                for (int k = 0; k < n && fits; k++)
                {
                    string key = run[i + k].Key;
                    fits = length + key.Length + 1 <= phrase.Length;
                    if (fits)
                    {
                        if (k > 0)
                        {
                            phrase[length++] = ' ';
                        }

                        key.CopyTo(phrase.AsSpan(length));
                        length += key.Length;
                    }
                }

                if (!fits || !byPhrase.TryGetValue(phrase.AsSpan(0, length), out c))
                {
                    string[] keys = new string[n];
                    for (int k = 0; k < n; k++)
                    {
                        keys[k] = run[i + k].Key;
                    }

                    string id = string.Join(' ', keys);
                    if (!candidates.TryGetValue(id, out c))
                    {
                        candidates[id] = c = new Candidate { Keys = keys, Id = id };
                    }
                }

                c.Tf++;
                AddVariant(c, text, run[i].Start, last.Start + last.Length - run[i].Start, run[i].SentenceInitial);
            }
        }
    }

    private static void AddVariant(Candidate c, string text, int start, int length, bool initial)
    {
        ReadOnlySpan<char> surface = text.AsSpan(start, length);
        for (int v = 0; v < c.VariantCount; v++)
        {
            ref Variant known = ref c.VariantAt(v);
            if (known.Initial == initial && text.AsSpan(known.Start, known.Length).SequenceEqual(surface))
            {
                known.Count++;
                return;
            }
        }

        var added = new Variant { Start = start, Length = length, Count = 1, Initial = initial };
        if (c.VariantCount == 0)
        {
            c.First = added;
        }
        else
        {
            if (c.More is null || c.VariantCount - 1 == c.More.Length)
            {
                Array.Resize(ref c.More, Math.Max(2, (c.More?.Length ?? 0) * 2));
            }

            c.More[c.VariantCount - 1] = added;
        }

        c.VariantCount++;
    }

    /// <summary>A multi-word phrase must not start with a title, must not end in a verb-like word, and must be
    /// consistently cased: all capitalised (a name) or all lower case (a common noun phrase); the first word of a
    /// sentence counts as either.</summary>
    private static bool Acceptable(string text, List<Word> run, int i, int n)
    {
        if (n == 1)
        {
            return !s_verbish.Contains(run[i].Key) && !s_titles.Contains(run[i].Key) && !(run[i].Key.Length > 4 && run[i].Key.EndsWith("ed", StringComparison.Ordinal) && !char.IsUpper(text[run[i].Start]));
        }

        if (s_titles.Contains(run[i].Key) || s_verbish.Contains(run[i + n - 1].Key))
        {
            return false;
        }

        Word lastWord = run[i + n - 1];
        if (!char.IsUpper(text[lastWord.Start]) && lastWord.Key.Length > 4 && lastWord.Key.EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        int upper = 0, lower = 0;
        for (int k = i; k < i + n; k++)
        {
            Word w = run[k];
            if (w.Stop || w.SentenceInitial)
            {
                continue;
            }

            if (char.IsUpper(text[w.Start]))
            {
                upper++;
            }
            else
            {
                lower++;
            }
        }

        return upper == 0 || lower == 0;
    }

    /// <summary>Word strength (higher is more important): frequency (log), how often it is capitalised mid-sentence
    /// or an acronym (names), how early it first appears, and how much of the story it spans.</summary>
    private static void ScoreWords(Dictionary<string, WordStats> words, int sentenceCount)
    {
        foreach (WordStats w in words.Values)
        {
            double caseRatio = (double)Math.Max(w.TfUpper, w.TfAcronym) / w.Tf;
            double position = 1.0 + (1.0 / (1.0 + (w.FirstSentence / 3.0)));
            double spread = 1.0 + ((double)w.SentenceCount / sentenceCount);
            w.Score = Math.Log(1 + w.Tf) * (1 + (0.5 * caseRatio)) * position * spread;
        }
    }

    /// <summary>How the phrase is usually written: the most frequent surface outside sentence openings (ties: the
    /// ordinally smallest), else the most frequent one at sentence openings, with a plain capitalised single word
    /// lower-cased; computed once per candidate.</summary>
    private static string BestSurface(Candidate c, string text)
    {
        if (c.Best is not null)
        {
            return c.Best;
        }

        int best = BestVariant(c, text, initial: false);
        string? surface = null;
        if (best >= 0)
        {
            surface = text.Substring(c.VariantAt(best).Start, c.VariantAt(best).Length);
        }
        else if ((best = BestVariant(c, text, initial: true)) >= 0)
        {
            surface = text.Substring(c.VariantAt(best).Start, c.VariantAt(best).Length);

            // Only seen at the start of sentences: lower-case a plain capitalised first word.
            if (surface.Length > 1 && char.IsUpper(surface[0]) && char.IsLower(surface[1]) && c.Keys.Length == 1)
            {
                surface = char.ToLowerInvariant(surface[0]) + surface[1..];
            }
        }

        return c.Best = surface ?? string.Join(' ', c.Keys);
    }

    private static int BestVariant(Candidate c, string text, bool initial)
    {
        int best = -1;
        for (int v = 0; v < c.VariantCount; v++)
        {
            Variant x = c.VariantAt(v);
            if (x.Initial != initial)
            {
                continue;
            }

            if (best < 0 || x.Count > c.VariantAt(best).Count
                || (x.Count == c.VariantAt(best).Count
                    && text.AsSpan(x.Start, x.Length).SequenceCompareTo(text.AsSpan(c.VariantAt(best).Start, c.VariantAt(best).Length)) < 0))
            {
                best = v;
            }
        }

        return best;
    }

    /// <summary>The most frequent two- or three-word all-capitalised phrase containing <paramref name="key"/>, or null.</summary>
    private static Candidate? FullName(string key, Dictionary<string, Candidate> candidates, string text)
    {
        Candidate? best = null;
        foreach (Candidate c in candidates.Values)
        {
            if (c.Keys.Length < 2 || Array.IndexOf(c.Keys, key) < 0 || c.VariantCount == 0)
            {
                continue;
            }

            bool titled = false;
            foreach (string k in c.Keys)
            {
                titled |= s_titles.Contains(k) || k is "mp" or "mps" or "party" or "ministry" or "department";
            }

            if (titled)
            {
                continue;
            }

            string surface = BestSurface(c, text);
            bool allCaps = true;
            foreach (string part in surface.Split(' '))
            {
                if (part.Length == 0 || !char.IsUpper(part[0]))
                {
                    allCaps = false;
                    break;
                }
            }

            if (allCaps && (best is null || c.Tf > best.Tf || (c.Tf == best.Tf && c.Keys.Length < best.Keys.Length)
                || (c.Tf == best.Tf && c.Keys.Length == best.Keys.Length && string.CompareOrdinal(surface, BestSurface(best, text)) < 0)))
            {
                best = c;
            }
        }

        return best;
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
}
