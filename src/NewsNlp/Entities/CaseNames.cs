namespace NewsNlp;

/// <summary>Court cases are one other name: "Roe v. Wade", "Brown v. Board of Education", "Citizens United v. FEC"
/// (the tagger read an organization and a person, who then took the pronouns of the story: "While Clinton supports Roe
/// v. Wade, she has never said …" gave "she" to Wade). Only the legal "v." with its period: "vs." and a bare "v" also
/// join teams in a score line ("Lakers vs. Celtics", "England v Australia"), where each side is a name of its own.</summary>
internal static class CaseNames
{
    /// <summary>Most capitalized words taken on either side of "v." (party names are short; a longer run is a headline
    /// in title case, not a case).</summary>
    private const int MaxPartyWords = 5;

    /// <summary>Tags each "A v. B" of <paramref name="d"/> as one MISC name.</summary>
    /// <param name="d">The tagged document.</param>
    /// <param name="tags">Its tags (<see cref="NerTagger.TagNames"/>), changed in place.</param>
    public static void Tag(NerDocument d, byte[] tags)
    {
        for (int v = 1; v + 1 < tags.Length; v++)
        {
            if (!d.Word(v).SequenceEqual("v.") || !IsNameWord(d, v - 1) || !IsNameWord(d, v + 1) || !d.InOneSentence(v - 1, v + 1))
            {
                continue;
            }

            (int start, int end) = d.SentenceOf(v);
            int first = v - 1;
            while (first - 1 >= start && v - first < MaxPartyWords)
            {
                if (IsNameWord(d, first - 1) && (tags[first - 1] != NerTagger.O || (d.Flags[first - 1] & NerDocument.FlagSentenceInitial) == 0))
                {
                    first--; // "Citizens United v. FEC"; not a capitalized sentence opener the tagger left untagged ("In Roe v. Wade")
                }
                else if (first - 2 >= start && d.Word(first - 1) is "'s" or "’s" && IsNameWord(d, first - 2))
                {
                    first -= 2; // "Whole Woman’s Health v. Hellerstedt"
                }
                else
                {
                    break;
                }
            }

            int last = v + 1;
            while (last + 1 < end && last - v < MaxPartyWords)
            {
                if (IsNameWord(d, last + 1))
                {
                    last++;
                }
                else if (last + 2 < end && d.Word(last + 1) is "of" or "for" && IsNameWord(d, last + 2))
                {
                    last += 2; // "Board of Education"
                }
                else
                {
                    break;
                }
            }

            for (int k = last + 1; k < tags.Length && tags[k] != NerTagger.O && !NerTagger.IsBegin(tags[k]); k++)
            {
                if (IsNameWord(d, k))
                {
                    tags[k]--; // a name the case cut into opens its own run (I- → B- of the same type)
                    break;
                }

                tags[k] = NerTagger.O; // "Plessy v. Ferguson and": the run's lower-case tail names nothing
            }

            NerTagger.TagRun(tags, first, last + 1, NerTagger.MiscType);
            v = last;
        }
    }

    private static bool IsNameWord(NerDocument d, int i) => d.Cls[i] is NerDocument.ClsInitCap or NerDocument.ClsAllCaps or NerDocument.ClsMixed;
}
