namespace NewsNlp;

/// <summary>Seas, straits, islands and capes named "X of Y" ("Gulf of Mexico", "Bay of Bengal", "Strait of Hormuz"),
/// which the tagger splits into two places ("Gulf" and "Mexico", a country): one place, in the tags as in the analysis.
/// The world gazetteer lists no water bodies, so the shape decides: a capitalized feature word
/// (<see cref="LocalPlaceWords.IsFeatureHead"/>), "of", and a name the tagger tagged as a place.</summary>
internal static class FeatureNames
{
    /// <summary>Tags each "feature word of place" of <paramref name="d"/> as one place.</summary>
    /// <param name="d">The tagged document.</param>
    /// <param name="tags">Its tags (<see cref="NerTagger.TagNames"/>), changed in place.</param>
    public static void Join(NerDocument d, byte[] tags)
    {
        for (int i = 0; i + 2 < d.Count; i++)
        {
            if (tags[i + 2] != (byte)((2 * NerTagger.LocationType) - 1) || tags[i + 1] != NerTagger.O || d.Cls[i] != NerDocument.ClsInitCap
                || !d.Word(i + 1).SequenceEqual("of") || !LocalPlaceWords.IsFeatureHead(d.Word(i))
                || (tags[i] != NerTagger.O && NerTagger.TypeOf(tags[i]) != NerTagger.LocationType))
            {
                continue;
            }

            (int start, int end) = d.SentenceOf(i);
            if (i + 2 >= end || (tags[i] != NerTagger.O && !NerTagger.IsBegin(tags[i])) || MentionBuilder.InTitleCaseSentence(d, i))
            {
                continue; // the word ends a longer name ("Tampa Bay"); a headline capitalizes every word
            }

            int last = i + 3;
            while (last < end && tags[last] == 2 * NerTagger.LocationType)
            {
                last++;
            }

            NerTagger.TagRun(tags, i, last, NerTagger.LocationType);
            i = last - 1;
        }
    }
}
