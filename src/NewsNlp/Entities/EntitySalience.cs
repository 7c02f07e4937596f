namespace NewsNlp;

/// <summary>Ranks entities by salience: mention count (log-scaled; places and nationalities count less), named in the
/// headline, named in the lead, a person; scores scaled so the first is 1. A credit (a person named only in the
/// credit line) scores 0: the byline is no part of the story.</summary>
internal static class EntitySalience
{
    /// <summary>Scores <paramref name="clusters"/> and sorts them, most salient first (ties: first named first).</summary>
    public static void Rank(string text, PageStructure structure, TaggerInput input, List<EntityCluster> clusters, int[] sentenceOf)
    {
        TextSpan? headline = structure.Headline?.Span;
        int headlineSentence = GuessHeadline(structure, input);
        double max = 0;
        foreach (EntityCluster c in clusters)
        {
            if (c.Credit)
            {
                c.Score = 0;
                continue;
            }

            double score = 0;
            bool inHeadline = false;
            bool inLead = false;
            foreach (EntityMention m in c.Mentions)
            {
                score += c.Type is EntityType.Person or EntityType.Organization ? EntityRules.PersonOrOrganizationMentionWeight : EntityRules.OtherMentionWeight;
                if (headline is { } h && h.Contains(m.Span))
                {
                    inHeadline = true;
                }

                if (headline is null && sentenceOf[m.FirstWord] == headlineSentence)
                {
                    inHeadline = true;
                }

                inLead |= sentenceOf[m.FirstWord] < EntityRules.LeadSentences && m.Span.Start < (text.Length / EntityRules.LeadTextFraction) + 1;
            }

            score = (EntityRules.MentionCountScale * Math.Log(1 + score)) + (inHeadline ? EntityRules.HeadlineBonus : 0) +
                (inLead ? EntityRules.LeadBonus : 0) + (c.Type == EntityType.Person ? EntityRules.PersonBonus : 0);
            c.Score = score;
            max = Math.Max(max, score);
        }

        foreach (EntityCluster c in clusters)
        {
            c.Score = max > 0 ? c.Score / max : 0;
        }

        clusters.Sort(static (x, y) =>
        {
            int bySalience = y.Score.CompareTo(x.Score);
            return bySalience != 0 ? bySalience : x.FirstStart.CompareTo(y.FirstStart);
        });
    }

    /// <summary>Without a headline from the structure stage: the first tagger sentence of
    /// <see cref="EntityRules.MinHeadlineWords"/> or more words that is not excluded; -1 when there is a headline or none is found.</summary>
    private static int GuessHeadline(PageStructure structure, TaggerInput input)
    {
        if (structure.Headline is not null)
        {
            return -1;
        }

        int[] starts = input.SentenceStarts;
        for (int s = 0; s + 1 < starts.Length && s < EntityRules.HeadlineSearchSentences; s++)
        {
            int a = starts[s];
            int b = starts[s + 1];
            if (b - a >= EntityRules.MinHeadlineWords && !structure.IsExcluded(input.SpanOf(a, b)))
            {
                return s;
            }
        }

        return -1;
    }
}
