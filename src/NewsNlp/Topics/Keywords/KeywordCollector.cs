using System.Buffers;

namespace NewsNlp;

/// <summary>How often and where a content word occurs, and its score.</summary>
internal sealed class KeywordWordStats
{
    public int Tf;
    public int TfUpper;
    public int TfAcronym;
    public int FirstSentence = -1;
    public int LastSentence = -1;
    public int SentenceCount;
    public double Score;

    /// <summary>What the word lists say of the word, looked up on its first occurrence (<see cref="KeywordWordStats(string)"/>)
    /// rather than on every one.</summary>
    public readonly TitleFacets TitleFacets;

    /// <summary>The first word of a title of several words (<see cref="Titles.Phrases"/>).</summary>
    public readonly bool StartsTitle;

    /// <summary>A verb-like word that ends no phrase (<see cref="KeywordRules.Verbish"/>).</summary>
    public readonly bool Verbish;

    /// <summary>A word that is no keyword alone (<see cref="KeywordRules.NotAlone"/>).</summary>
    public readonly bool NotAlone;

    /// <summary>Reads the word lists for the content word <paramref name="key"/>.</summary>
    public KeywordWordStats(string key)
    {
        TitleFacets = Titles.Of(key);
        StartsTitle = Titles.Phrases.TryGetContinuations(key, out _);
        Verbish = KeywordRules.Verbish.Contains(key);
        NotAlone = KeywordRules.NotAlone.Contains(key);
    }
}

/// <summary>Candidate collection: reads the story's words (<see cref="TopicWords"/>) sentence by sentence, skipping
/// excluded spans, counts each content word and adds every acceptable phrase of one to
/// <see cref="KeywordRules.MaxPhraseWords"/> words that punctuation does not cross.</summary>
internal static class KeywordCollector
{
    /// <summary>A word of the current run.</summary>
    /// <param name="Start">Where it starts in the text.</param>
    /// <param name="Length">Its length, a possessive 's left out.</param>
    /// <param name="Key">Its lower-cased key: a content word's string, "of", or empty for another stop word.</param>
    /// <param name="Stop">Whether it is a stop word.</param>
    /// <param name="SentenceInitial">Whether it opens its sentence.</param>
    /// <param name="Title">A title word (<see cref="KeywordRules.IsTitle(TitleFacets, bool)"/>), read from the word's facets.</param>
    /// <param name="Stats">A content word's stats (and what the word lists say of it), or null for a stop word.</param>
    private readonly record struct Word(int Start, int Length, string Key, bool Stop, bool SentenceInitial, bool Title = false, KeywordWordStats? Stats = null)
    {
        /// <summary>The first word of a title of several words.</summary>
        public bool StartsTitle => Stats is { StartsTitle: true };

        /// <summary>A verb-like content word.</summary>
        public bool Verbish => Stats is { Verbish: true };

        /// <summary>A content word that is no keyword alone.</summary>
        public bool NotAlone => Stats is { NotAlone: true };
    }

    /// <summary>Collects the content words and candidate phrases of the story.</summary>
    /// <param name="article">The article's text layer.</param>
    /// <param name="structure">Its page structure (excluded spans, and the byline: a credit line naming people is skipped; an agency's, as in "By Associated Press", is read as the worked example's gold counts it).</param>
    /// <param name="words">Receives the content words by key.</param>
    /// <param name="sentenceCount">Receives the number of sentences read.</param>
    /// <returns>The candidates by <see cref="KeywordCandidate.Id"/>, in order of first occurrence.</returns>
    public static Dictionary<string, KeywordCandidate> Collect(ArticleText article, PageStructure structure, out Dictionary<string, KeywordWordStats> words, out int sentenceCount)
    {
        string text = article.Text;
        int expected = Math.Min(text.Length, KeywordRules.MaxChars);
        words = new Dictionary<string, KeywordWordStats>(Math.Min(expected / KeywordRules.CharsPerContentWord, KeywordRules.MaxContentWordsHint), StringComparer.Ordinal);
        var candidates = new Dictionary<string, KeywordCandidate>(Math.Min(expected / KeywordRules.CharsPerCandidate, KeywordRules.MaxCandidatesHint), StringComparer.Ordinal);
        Span<char> lowerBuffer = stackalloc char[KeywordRules.MaxKeyChars];
        var phrase = new char[(KeywordRules.MaxPhraseWords * (KeywordRules.MaxKeyChars + 1)) + 1];
        Dictionary<string, KeywordWordStats>.AlternateLookup<ReadOnlySpan<char>> wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var run = new List<Word>();
        int sentenceIndex = 0;
        int read = 0;
        TopicWord[] sentenceWords = ArrayPool<TopicWord>.Shared.Rent(TopicWords.MaxWords(text.Length));
        for (int s = 0; s < article.Sentences.Length; s++)
        {
            TextSpan sentence = article.Sentences[s];
            if (read > KeywordRules.MaxChars)
            {
                break;
            }

            read += sentence.Length;
            if (structure.IsExcluded(sentence) || structure.Byline is { Authors.Count: > 0 } byline && byline.Span.Contains(sentence))
            {
                continue; // page furniture, or a credit line naming people (credits, no part of the story)
            }

            bool first = true;
            run.Clear();
            int wordCount = TopicWords.Read(article, article.SentenceFirstToken[s], article.SentenceFirstToken[s + 1], sentenceWords);
            foreach (TopicWord tw in sentenceWords.AsSpan(0, wordCount))
            {
                if (tw.Break)
                {
                    AddCandidates(text, run, candidates, phrase);
                    run.Clear();
                }

                run.Add(ReadWord(text, tw, first, sentenceIndex, wordLookup, lowerBuffer));
                first = false;
            }

            AddCandidates(text, run, candidates, phrase);
            sentenceIndex++;
        }

        ArrayPool<TopicWord>.Shared.Return(sentenceWords);
        sentenceCount = sentenceIndex;
        return candidates;
    }

    /// <summary>Keys a word (possessive dropped, lower-cased) and counts a content word: its frequency, its casing
    /// and the sentences it occurs in.</summary>
    private static Word ReadWord(string text, TopicWord tw, bool first, int sentenceIndex, Dictionary<string, KeywordWordStats>.AlternateLookup<ReadOnlySpan<char>> wordLookup, Span<char> lowerBuffer)
    {
        int start = tw.Start;
        int keyLength = tw.Length;
        if (keyLength > 2 && text[start + keyLength - 1] == 's' && text[start + keyLength - 2] is '\'' or '\u2019')
        {
            keyLength -= 2; // possessive
        }

        // The lower-cased key: a string only for content words, made once per distinct word (the words table holds
        // it); a stop word needs no string of its own, only whether it is "of".
        ReadOnlySpan<char> raw = text.AsSpan(start, keyLength);
        string? longKey = raw.Length > KeywordRules.MaxKeyChars ? raw.ToString().ToLowerInvariant() : null;
        ReadOnlySpan<char> lowered = longKey is not null ? longKey : lowerBuffer[..raw.ToLowerInvariant(lowerBuffer)];
        bool stop = StopWords.Contains(lowered) || !CharScan.ContainsLetter(lowered) || lowered.Length < KeywordRules.MinWordLength;
        if (stop)
        {
            return new Word(start, keyLength, lowered.SequenceEqual(KeywordRules.InnerStopWord) ? KeywordRules.InnerStopWord : string.Empty, true, first);
        }

        if (!wordLookup.TryGetValue(lowered, out string? key, out KeywordWordStats? ws))
        {
            key = longKey ?? lowered.ToString();
            wordLookup.Dictionary[key] = ws = new KeywordWordStats(key);
        }

        ws.Tf++;
        if (char.IsUpper(text[start]) && !first)
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

        bool title = KeywordRules.IsTitle(ws.TitleFacets, period: start + keyLength < text.Length && text[start + keyLength] == '.');
        return new Word(start, keyLength, key, false, first, title, ws);
    }

    /// <summary>Adds every 1–3-word phrase of the run that starts and ends with a content word (only <c>of</c> may sit inside).
    /// Phrases and surfaces already seen are found by span, so only new ones allocate.</summary>
    private static void AddCandidates(string text, List<Word> run, Dictionary<string, KeywordCandidate> candidates, char[] phrase)
    {
        Dictionary<string, KeywordCandidate>.AlternateLookup<ReadOnlySpan<char>> byPhrase = candidates.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < run.Count; i++)
        {
            if (run[i].Stop)
            {
                continue;
            }

            for (int n = 1; n <= KeywordRules.MaxPhraseWords && i + n <= run.Count; n++)
            {
                Word last = run[i + n - 1];
                bool inner = true;
                for (int k = i + 1; k < i + n - 1; k++)
                {
                    if (run[k].Stop && run[k].Key != KeywordRules.InnerStopWord)
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

                KeywordCandidate? c = null;
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
                    var stats = new KeywordWordStats?[n];
                    for (int k = 0; k < n; k++)
                    {
                        keys[k] = run[i + k].Key;
                        stats[k] = run[i + k].Stats;
                    }

                    string id = string.Join(' ', keys);
                    if (!candidates.TryGetValue(id, out c))
                    {
                        candidates[id] = c = new KeywordCandidate { Keys = keys, Id = id, Stats = stats };
                    }
                }

                c.Tf++;
                c.AddVariant(text, run[i].Start, last.Start + last.Length - run[i].Start, run[i].SentenceInitial);
            }
        }
    }

    /// <summary>A multi-word phrase must not start with a title, must not end in a verb-like word, and must be
    /// consistently cased: all capitalised (a name) or all lower case (a common noun phrase); the first word of a
    /// sentence counts as either.</summary>
    private static bool Acceptable(string text, List<Word> run, int i, int n)
    {
        if (n == 1)
        {
            return !run[i].Verbish && !run[i].Title && !run[i].NotAlone
                && !IsPastTense(text, run[i]);
        }

        if (run[i].Title || StartsWithTitlePhrase(run, i, n) || run[i + n - 1].Verbish)
        {
            return false;
        }

        if (IsPastTense(text, run[i + n - 1]))
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

    /// <summary>A lower-case word that reads as a past-tense verb ("announced"), which ends a clause.</summary>
    /// <summary>Whether the phrase of <paramref name="n"/> words at <paramref name="i"/> starts with (or is) a title
    /// of several words (<see cref="Titles.Phrases"/>: "foreign minister", "press secretary"), or starts inside one
    /// ("State George" of "Secretary of State George Roe").</summary>
    private static bool StartsWithTitlePhrase(List<Word> run, int i, int n)
    {
        for (int j = Math.Max(0, i - KeywordRules.MaxPhraseWords); j <= i; j++)
        {
            if (!run[j].StartsTitle || !Titles.Phrases.TryGetContinuations(run[j].Key, out string[][] continuations))
            {
                continue;
            }

            foreach (string[] rest in continuations)
            {
                // The title runs from word j through titleEnd: one that starts the phrase must end inside it, one that
                // starts before the phrase must reach it.
                int titleEnd = j + rest.Length;
                bool covers = j == i ? titleEnd < i + n : titleEnd >= i;
                if (rest.Length == 0 || !covers || titleEnd >= run.Count)
                {
                    continue;
                }

                bool match = true;
                for (int k = 0; k < rest.Length && match; k++)
                {
                    match = run[j + 1 + k].Key.Equals(rest[k], StringComparison.OrdinalIgnoreCase);
                }

                if (match)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsPastTense(string text, Word w) =>
        w.Key.Length > KeywordRules.MinPastTenseLength && w.Key.EndsWith(KeywordRules.PastTenseEnding, StringComparison.Ordinal) && !char.IsUpper(text[w.Start]);
}
