namespace NewsNlp;

/// <summary>Drops the "people" named only inside quoted titles: a song, film or slogan in quotation marks and title case
/// (“Jesus Is Just Alright With Me”, “Takin’ It To the Streets”, “Red for Ed”, “Little Marco”), where the tagger reads
/// a capitalized word as a person. Kept: a person named elsewhere in the story too, a name of several words a given name
/// starts (“George Stephanopoulos”), a show's host after "with" (“The Lead with Jake Tapper”), and every other type
/// (“Star Wars” may well be the film's name).</summary>
internal static class QuotedTitles
{
    /// <summary>A quoted title has at least this many words: a name alone in quotation marks is a nickname
    /// (“Ed”), which names a person.</summary>
    private const int MinTitleWords = 2;

    /// <summary>Removes from <paramref name="clusters"/> the people whose every mention lies in a quoted title.</summary>
    public static void RemovePeople(List<EntityCluster> clusters, ArticleText article)
    {
        if (article.QuoteRegions.Length == 0)
        {
            return;
        }

        clusters.RemoveAll(c => c.Type == EntityType.Person && c.Canonical is null && c.Mentions.Count > 0 && AllInTitles(c, article));
    }

    private static bool AllInTitles(EntityCluster c, ArticleText article)
    {
        foreach (EntityMention m in c.Mentions)
        {
            int r = article.QuoteRegionAt(m.Span.Start);
            if ((m.GivenNameFirst && m.WordCount > 1) || r < 0 || m.Span.End > article.QuoteRegions[r].End
                || !IsTitle(article, article.QuoteRegions[r]) || IsHost(article.Text, m.Span.Start))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the name follows "with", as a show's host does (“The Lead with Jake Tapper”).</summary>
    private static bool IsHost(string text, int start) => text.AsSpan(0, start).TrimEnd(' ').EndsWith(" with", StringComparison.Ordinal);

    /// <summary>Whether a quote is a title: closed within its paragraph, of <see cref="MinTitleWords"/> to
    /// <see cref="QuoteRules.MaxTitleWords"/> words, each capitalized or a title's small word ("the", "for").</summary>
    private static bool IsTitle(ArticleText article, QuoteRegion region)
    {
        if (!region.Closed || region.Paragraphs != 1)
        {
            return false;
        }

        (int words, int titled, _) = HeadlineNames.CountTitled(article, region.Span);
        return titled == words && words is >= MinTitleWords and <= QuoteRules.MaxTitleWords;
    }
}
