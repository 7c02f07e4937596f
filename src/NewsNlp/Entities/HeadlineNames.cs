namespace NewsNlp;

/// <summary>Drops the names read only in a title-case or all-capitals headline: the tagger learned sentence case, and
/// in "Storm Hits Coast" every word looks like a name ("Hits" a person, "Coast" an organization). A headline's real
/// names recur in the body, where they fold into the body's entities and are kept; of the rest, a place the gazetteer
/// knows ("Russia") is kept, and so is an acronym in a title-case headline ("GOP").</summary>
internal static class HeadlineNames
{
    /// <summary>Removes from <paramref name="clusters"/> those whose every mention lies in a title-like headline and
    /// that are neither a known place nor an acronym; nothing when the text is a headline alone.</summary>
    public static void RemoveUnconfirmed(List<EntityCluster> clusters, ArticleText article, PageStructure structure, Gazetteer gazetteer)
    {
        if (structure.Headline is not { } headline || article.Sentences.Length == 0 || article.Sentences[^1].Start < headline.Span.End
            || !IsTitleLike(article, headline.Span, out bool allCaps))
        {
            return;
        }

        clusters.RemoveAll(c => OnlyIn(c, headline.Span) && !Kept(c.Mentions[0].Text, allCaps, gazetteer));
    }

    /// <summary>Whether the words of <paramref name="span"/> (the text layer's word tokens, clitics aside) are written in
    /// title case or in capitals (<see cref="EntityRules.TitleCaseShare"/>).</summary>
    public static bool IsTitleLike(ArticleText article, TextSpan span, out bool allCaps)
    {
        (int words, int titled, int upper) = CountTitled(article, span);
        allCaps = words > 0 && upper == words;
        return IsTitleCaseCount(words, titled);
    }

    /// <summary>The words of <paramref name="span"/> (the text layer's word tokens that start with a letter, clitics
    /// aside), how many are capitalized or title small words, and how many are in capitals.</summary>
    public static (int Words, int Titled, int Upper) CountTitled(ArticleText article, TextSpan span)
    {
        int words = 0;
        int titled = 0;
        int upper = 0;
        for (int t = article.TokenAt(span.Start); t < article.Tokens.Length && article.Tokens[t].End <= span.End; t++)
        {
            ReadOnlySpan<char> w = article.TokenText(t);
            if (!article.Has(t, TokenFlags.Word) || article.Has(t, TokenFlags.Clitic) || !char.IsLetter(w[0]))
            {
                continue;
            }

            words++;
            titled += article.Has(t, TokenFlags.Capitalized) || QuoteWords.IsTitleSmallWord(w) ? 1 : 0;
            upper += article.Has(t, TokenFlags.AllCaps) || (w.Length == 1 && char.IsUpper(w[0])) ? 1 : 0;
        }

        return (words, titled, upper);
    }

    /// <summary>Whether a line of <paramref name="words"/> words, <paramref name="titled"/> of them capitalized or title
    /// small words, is written in title case: at least <see cref="EntityRules.MinTitleCaseWords"/> words and
    /// <see cref="EntityRules.TitleCaseShare"/> of them titled.</summary>
    public static bool IsTitleCaseCount(int words, int titled) =>
        words >= EntityRules.MinTitleCaseWords && titled >= words * EntityRules.TitleCaseShare;

    private static bool OnlyIn(EntityCluster c, TextSpan headline)
    {
        foreach (EntityMention m in c.Mentions)
        {
            if (m.Span.Start < headline.Start || m.Span.End > headline.End)
            {
                return false;
            }
        }

        return c.Mentions.Count > 0;
    }

    private static bool Kept(string name, bool allCapsHeadline, Gazetteer gazetteer) =>
        gazetteer.IsPlaceName(name)
        || (!allCapsHeadline && name.Length <= EntityRules.MaxHeadlineAcronymLength && CharScan.IsAllCaps(name, minUpper: 2));
}
