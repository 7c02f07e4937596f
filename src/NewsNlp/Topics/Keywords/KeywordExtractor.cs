namespace NewsNlp;

/// <summary>Key phrases by a YAKE-style statistic over the story's own words (no corpus needed): each word is scored
/// from its frequency, casing, first position and spread over sentences (unlike YAKE, news repeats its subject in every
/// paragraph, so spread counts for a word); a phrase (one to three words, never starting or ending with a stop word or
/// starting with a title, never crossing punctuation, consistently cased) scores by its words and its own frequency.
/// Phrases naming an entity fold into the entity's canonical name and gain by its salience. Excluded spans
/// (boilerplate) are skipped. Linear in the text length (reads at most <see cref="KeywordRules.MaxChars"/>).</summary>
/// <remarks>The parts, in order: candidate collection (<see cref="KeywordCollector"/>), word and phrase scoring
/// (<see cref="KeywordScorer"/>), then the choice and display here; thresholds and word lists are
/// <see cref="KeywordRules"/>.</remarks>
internal static class KeywordExtractor
{
    public static Keyword[] Extract(ArticleText article, PageStructure structure, EntityResult entities, int max)
    {
        if (max <= 0)
        {
            return [];
        }

        Dictionary<string, KeywordCandidate> candidates = KeywordCollector.Collect(article, structure, out Dictionary<string, KeywordWordStats> words, out int sentenceCount);
        if (candidates.Count == 0)
        {
            return [];
        }

        KeywordScorer.ScoreWords(words, Math.Max(1, sentenceCount));
        List<KeywordCandidate> ranked = KeywordScorer.ScorePhrases(article.Text, candidates, entities);
        List<(KeywordCandidate C, string Text)> chosen = Choose(article.Text, ranked, candidates, max);
        return ToKeywords(chosen);
    }

    /// <summary>Choice: walks the ranked candidates best first and keeps those that add something: names capped to
    /// leave room for events, one keyword per country, no lone word seen once when there is plenty, a lone name shown
    /// as the fullest name it appears in, nothing overlapping a keyword already kept.</summary>
    private static List<(KeywordCandidate C, string Text)> Choose(string text, List<KeywordCandidate> ranked, Dictionary<string, KeywordCandidate> candidates, int max)
    {
        var chosen = new List<(KeywordCandidate C, string Text)>();
        var countries = new HashSet<string>(StringComparer.Ordinal);
        int names = 0;
        int maxNames = max <= KeywordRules.MinKeywordsToReserve ? max : max - KeywordRules.ReservedForEvents;
        foreach (KeywordCandidate c in ranked)
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
                : c.Keys.Length == 1 && PlaceIndex.Default.TryGetCountryWord(BestSurface(c, text), out string? alias) ? alias : null;
            if (country is not null && !countries.Add(country))
            {
                continue;
            }

            if (c.Keys.Length == 1 && c.Entity is null && c.Tf < KeywordRules.MinLoneWordCount && ranked.Count > max * KeywordRules.PlentyPerKeyword)
            {
                continue; // a lone word seen once is rarely a key phrase
            }

            string display = c.Entity?.Name ?? BestSurface(c, text);
            KeywordCandidate shown = c;
            if (c.Entity is null && c.Keys.Length == 1 && display.Length > 0 && char.IsUpper(display[0])
                && !PlaceIndex.Default.TryGetCountryWord(display, out _)
                && FullName(c.Keys[0], candidates, text) is { } full)
            {
                // "Qin" -> "Qin Gang": a lone capitalised word stands for the fullest name it appears in, with its score.
                display = BestSurface(full, text);
                shown = new KeywordCandidate { Keys = full.Keys, Id = full.Id, Stats = full.Stats, Score = c.Score, Entity = c.Entity };
            }

            if (!Redundant(chosen, shown.Keys, display, c.Entity))
            {
                names += isName ? 1 : 0;
                chosen.Add((shown, display));
            }
        }

        return chosen;
    }

    /// <summary>Display: each chosen phrase with its score relative to the best one, in [0, 1].</summary>
    private static Keyword[] ToKeywords(List<(KeywordCandidate C, string Text)> chosen)
    {
        if (chosen.Count == 0)
        {
            return [];
        }

        double best = chosen[0].C.Score;
        var keywords = new Keyword[chosen.Count];
        for (int i = 0; i < keywords.Length; i++)
        {
            (KeywordCandidate c, string display) = chosen[i];
            double score = best <= 0 ? 0 : Math.Clamp(c.Score / best, 0, 1);
            keywords[i] = new Keyword(display, Math.Round(score, 4));
        }

        return keywords;
    }

    private static string BestSurface(KeywordCandidate c, string text) => c.BestSurface(text);

    /// <summary>Whether a phrase adds nothing to those kept: it shares a word with one, reads the same, or names the
    /// same entity.</summary>
    private static bool Redundant(List<(KeywordCandidate C, string Text)> chosen, string[] keys, string display, Entity? entity)
    {
        foreach ((KeywordCandidate o, string oText) in chosen)
        {
            if (Overlaps(keys, o.Keys) || string.Equals(display, oText, StringComparison.OrdinalIgnoreCase)
                || (entity is not null && entity == o.Entity))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most frequent two- or three-word all-capitalised phrase containing <paramref name="key"/>, or null.</summary>
    private static KeywordCandidate? FullName(string key, Dictionary<string, KeywordCandidate> candidates, string text)
    {
        KeywordCandidate? best = null;
        foreach (KeywordCandidate c in candidates.Values)
        {
            if (c.Keys.Length < 2 || Array.IndexOf(c.Keys, key) < 0 || c.VariantCount == 0)
            {
                continue;
            }

            bool titled = false;
            foreach (string k in c.Keys)
            {
                titled |= KeywordRules.IsTitle(k, period: false) || KeywordRules.InstitutionWords.Contains(k);
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
