namespace NewsNlp;

/// <summary>Teams in a score line ("Blues 3, Lightning 1:", "Winnipeg 4, Nashville 2"), which the tagger, reading a
/// capitalized word alone, takes for people and places: each side of "NAME SCORE, NAME SCORE" is an organization, as
/// CoNLL-2003 tags a team named after its city, in the tags and the analysis. A country keeps its place type (CoNLL tags
/// national teams as places); the team's other mentions in the story follow. Not a scorecard's players ("( A. Dale 69 ,
/// H. Morris 69 ;"), nor dates ("April 21, record March 30"), nor models in a list ("the PowerMate 1, PowerMate 2 and
/// BusinessMate"): the second score ends its phrase.</summary>
internal static class ScoreLines
{
    /// <summary>Most words of a team's name in a score line ("Tampa Bay Lightning").</summary>
    private const int MaxTeamWords = 4;

    /// <summary>Most digits of a score.</summary>
    private const int MaxScoreDigits = 3;

    /// <summary>Tags both sides of each score line of <paramref name="d"/> as organizations.</summary>
    /// <param name="d">The tagged document.</param>
    /// <param name="tags">Its tags (<see cref="NerTagger.TagNames"/>), changed in place.</param>
    /// <param name="places">The place index.</param>
    public static void Tag(NerDocument d, byte[] tags, PlaceIndex places)
    {
        HashSet<string>? teams = null;
        for (int comma = 2; comma + 2 < d.Count; comma++)
        {
            if (d.Cls[comma - 1] != NerDocument.ClsNumber || d.Word(comma) is not "," || !IsScore(d, comma - 1) || (d.Flags[comma] & NerDocument.FlagCapsSentence) != 0)
            {
                continue;
            }

            int firstStart = TeamStart(d, comma - 2);
            int secondEnd = TeamEnd(d, comma + 1);
            if (firstStart < 0 || secondEnd < 0 || secondEnd >= d.Count || !IsScore(d, secondEnd) || !d.InOneSentence(firstStart, secondEnd)
                || !NonPersonShapes.EndsPhrase(d, secondEnd)
                || LooksLikePlayer(d, firstStart, comma - 1) || LooksLikePlayer(d, comma + 1, secondEnd) || InBrackets(d, firstStart))
            {
                continue; // a scorecard's players: "( A. Dale 69 , H. Morris 69 ; …)"
            }

            Retag(d, tags, places, firstStart, comma - 1, ref teams);
            Retag(d, tags, places, comma + 1, secondEnd, ref teams);
        }

        if (teams is null)
        {
            return;
        }

        // The team elsewhere in the story is the team ("signed with the Lightning in the offseason").
        foreach ((int first, int end, int type) in MentionBuilder.TagRuns(d, tags))
        {
            if (type != NerTagger.OrganizationType && teams.Contains(d.Text.Substring(d.Words[first].Start, d.Words[end - 1].End - d.Words[first].Start)))
            {
                NerTagger.TagRun(tags, first, end, NerTagger.OrganizationType);
            }
        }
    }

    private static void Retag(NerDocument d, byte[] tags, PlaceIndex places, int first, int end, ref HashSet<string>? teams)
    {
        string name = d.Text.Substring(d.Words[first].Start, d.Words[end - 1].End - d.Words[first].Start);
        if (places.TryGetCountry(name, out _))
        {
            return;
        }

        NerTagger.TagRun(tags, first, end, NerTagger.OrganizationType);
        (teams ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
    }

    /// <summary>The first word of the capitalized run ending at word <paramref name="last"/>, or -1.</summary>
    private static int TeamStart(NerDocument d, int last)
    {
        int k = last;
        while (k >= 0 && last - k < MaxTeamWords && IsNameWord(d, k))
        {
            k--;
        }

        return k == last ? -1 : k + 1;
    }

    /// <summary>One past the capitalized run starting at word <paramref name="first"/>, or -1.</summary>
    private static int TeamEnd(NerDocument d, int first)
    {
        int k = first;
        while (k < d.Count && k - first < MaxTeamWords && IsNameWord(d, k))
        {
            k++;
        }

        return k == first ? -1 : k;
    }

    /// <summary>Whether the run [<paramref name="first"/>, <paramref name="end"/>) reads as a player's name: an initial
    /// ("M. Butcher") or a given name first ("Kyle Connor").</summary>
    private static bool LooksLikePlayer(NerDocument d, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            ReadOnlySpan<char> w = d.Word(i);
            if (w.Length == 2 && w[1] == '.')
            {
                return true;
            }
        }

        return end - first > 1 && (d.GazB[first] & Gazetteer.FirstName) != 0;
    }

    /// <summary>Whether word <paramref name="i"/> stands inside brackets opened earlier in its sentence.</summary>
    private static bool InBrackets(NerDocument d, int i)
    {
        (int start, _) = d.SentenceOf(i);
        for (int k = i - 1; k >= start; k--)
        {
            if (d.Word(k) is ")")
            {
                return false;
            }

            if (d.Word(k) is "(")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNameWord(NerDocument d, int i) =>
        d.Cls[i] is NerDocument.ClsInitCap or NerDocument.ClsAllCaps or NerDocument.ClsMixed && FunctionWords.Of(d.Word(i)) == FunctionWordKinds.None
        && CalendarWords.Of(d.Word(i).TrimEnd('.')) == CalendarFacets.None; // "payable April 21, record March 30"

    private static bool IsScore(NerDocument d, int i)
    {
        ReadOnlySpan<char> w = d.Word(i);
        return w.Length is > 0 and <= MaxScoreDigits && !w.ContainsAnyExceptInRange('0', '9');
    }
}
