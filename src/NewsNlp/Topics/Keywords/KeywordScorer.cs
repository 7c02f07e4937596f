namespace NewsNlp;

/// <summary>Word scoring and phrase scoring: a YAKE-style strength per content word, then per phrase from its words,
/// its own frequency and its length; phrases naming an entity merge into one per entity and gain by its salience.</summary>
internal static class KeywordScorer
{
    /// <summary>Word strength (higher is more important): frequency (log), how often it is capitalised mid-sentence
    /// or an acronym (names), how early it first appears, and how much of the story it spans.</summary>
    public static void ScoreWords(Dictionary<string, KeywordWordStats> words, int sentenceCount)
    {
        foreach (KeywordWordStats w in words.Values)
        {
            double caseRatio = (double)Math.Max(w.TfUpper, w.TfAcronym) / w.Tf;
            double position = 1.0 + (1.0 / (1.0 + (w.FirstSentence / KeywordRules.PositionHalfLife)));
            double spread = 1.0 + ((double)w.SentenceCount / sentenceCount);
            w.Score = Math.Log(1 + w.Tf) * (1 + (KeywordRules.CaseWeight * caseRatio)) * position * spread;
        }
    }

    /// <summary>Scores every candidate and merges those naming the same entity (the best-scoring one stands for it).</summary>
    /// <param name="text">The story.</param>
    /// <param name="candidates">The candidates, in order of first occurrence.</param>
    /// <param name="entities">The story's entities.</param>
    /// <returns>The merged candidates, best first (ties: by <see cref="KeywordCandidate.Id"/>).</returns>
    public static List<KeywordCandidate> ScorePhrases(string text, Dictionary<string, KeywordCandidate> candidates, EntityResult entities)
    {
        var mentionEntity = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (Entity e in entities.Entities)
        {
            foreach (Mention m in e.Mentions)
            {
                mentionEntity.TryAdd(m.Text, e);
            }
        }

        // Candidates have distinct ids, so only those naming one entity need merging; the order below is total (score,
        // then id), so the list's order before sorting does not matter.
        Dictionary<string, Entity>.AlternateLookup<ReadOnlySpan<char>> byMention = mentionEntity.GetAlternateLookup<ReadOnlySpan<char>>();
        var ranked = new List<KeywordCandidate>(candidates.Count);
        Dictionary<int, KeywordCandidate>? byEntity = null;
        Span<char> buffer = stackalloc char[KeywordCandidate.SurfaceBufferChars];
        foreach (KeywordCandidate c in candidates.Values)
        {
            c.Score = PhraseScore(c);
            if (mentionEntity.Count > 0 && byMention.TryGetValue(c.BestSurface(text, buffer), out Entity? e))
            {
                if (e.IsCredit)
                {
                    continue; // a byline's name is no keyword
                }

                c.Entity = e;
                c.Score *= 1.0 + Math.Clamp(e.Salience, 0, 1);
                byEntity ??= [];
                if (!byEntity.TryGetValue(e.Id, out KeywordCandidate? prev) || prev.Score < c.Score)
                {
                    byEntity[e.Id] = c;
                }
            }
            else
            {
                ranked.Add(c);
            }
        }

        if (byEntity is not null)
        {
            ranked.AddRange(byEntity.Values);
        }

        ranked.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Id, b.Id));
        return ranked;
    }

    /// <summary>Higher is better: how strong its words are, how often the phrase itself recurs, a little for length,
    /// less for a multi-word phrase seen once.</summary>
    private static double PhraseScore(KeywordCandidate c)
    {
        double sum = 0;
        int counted = 0;
        foreach (KeywordWordStats? ws in c.Stats)
        {
            if (ws is not null)
            {
                sum += ws.Score;
                counted++;
            }
        }

        double lengthFactor = c.Keys.Length == 1 ? 1.0 : c.Keys.Length == 2 ? KeywordRules.TwoWordFactor : KeywordRules.ThreeWordFactor;
        double once = c.Tf == 1 && c.Keys.Length > 1 ? (c.Keys.Length == 2 ? KeywordRules.TwoWordsOnceFactor : KeywordRules.ThreeWordsOnceFactor) : 1.0;
        return (counted == 0 ? 0 : sum / counted) * (1 + Math.Log(c.Tf)) * lengthFactor * once;
    }
}
