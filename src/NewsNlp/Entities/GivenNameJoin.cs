namespace NewsNlp;

/// <summary>A given name the tagger left out of the person it names: "Rand Paul criticized the plan" was tagged
/// "Rand" O, "Paul" PER (the word clusters put "rand" with the currencies), and the person came out as "Paul". A
/// capitalized word of the hand-made given-name list (<see cref="FirstNames"/>) left untagged right before a one-word
/// person joins it.</summary>
internal static class GivenNameJoin
{
    /// <summary>Joins each untagged given name of <paramref name="d"/> to the one-word person after it.</summary>
    /// <param name="d">The tagged document.</param>
    /// <param name="tags">Its tags (<see cref="NerTagger.TagNames"/>), changed in place.</param>
    public static void Join(NerDocument d, byte[] tags)
    {
        for (int i = 0; i + 1 < tags.Length; i++)
        {
            if (tags[i] == NerTagger.O && tags[i + 1] == (2 * NerTagger.PersonType) - 1 && NerTagger.RunEnd(tags, i + 1) == i + 2
                && d.Cls[i] == NerDocument.ClsInitCap && FirstNames.Contains(d.Word(i)) && d.InOneSentence(i, i + 1))
            {
                NerTagger.TagRun(tags, i, i + 2, NerTagger.PersonType);
            }
        }
    }
}
