namespace NewsNlp;

/// <summary>Place names written in lower case in casual text ("i am from mexico", "where can I get morcillas in tampa
/// bay"), which the tagger, trained on edited news, never tags: a country, region or big city of the gazetteer, in a
/// sentence written casually (opening in lower case, or with "i" for "I"), when the place's name is no English word
/// (the word clusters' vocabulary has no lower-case spelling of it: "turkey", "china", "nice", "mobile" have one,
/// "mexico", "kerala", "auckland" none), no given name ("chad", "georgia"), no direction ("central") and no speaker ("lara
/// said").</summary>
internal static class LowercasePlaces
{
    /// <summary>Tags as places the lower-case place names of the casual sentences of <paramref name="d"/>.</summary>
    /// <param name="d">The tagged document.</param>
    /// <param name="tags">Its tags (<see cref="NerTagger.TagNames"/>), changed in place.</param>
    /// <param name="gazetteer">The gazetteer the document was matched against.</param>
    /// <param name="clusters">The word clusters, whose vocabulary tells which lower-case spellings are words.</param>
    public static void Tag(NerDocument d, byte[] tags, Gazetteer gazetteer, WordClusters clusters)
    {
        for (int s = 0; s + 1 < d.SentenceStarts.Length; s++)
        {
            int a = d.SentenceStarts[s];
            int b = d.SentenceStarts[s + 1];
            if (!IsCasual(d, a, b))
            {
                continue;
            }

            for (int i = a; i < b; i++)
            {
                if (d.Cls[i] != NerDocument.ClsLower || tags[i] != NerTagger.O || (d.GazB[i] & Gazetteer.PlaceTypes) == 0)
                {
                    continue;
                }

                int end = PlaceEnd(d, tags, gazetteer, i, b);
                if (end > i && !IsWord(clusters, d.Lower[end - 1]) && !(end - i == 1 && DirectionWords.Contains(d.Word(i)))
                    && !(end < b && ReportingVerbs.Verbs.Contains(d.Word(end))))
                {
                    NerTagger.TagRun(tags, i, end, NerTagger.LocationType);
                    i = end - 1;
                }
            }
        }
    }

    /// <summary>Whether the sentence [<paramref name="a"/>, <paramref name="b"/>) is written casually: its first word with
    /// letters is in lower case, or it writes the pronoun "i" in lower case.</summary>
    private static bool IsCasual(NerDocument d, int a, int b)
    {
        bool first = true;
        for (int i = a; i < b; i++)
        {
            byte cls = d.Cls[i];
            if (cls is NerDocument.ClsOther or NerDocument.ClsNumber)
            {
                continue;
            }

            if ((first && cls == NerDocument.ClsLower) || (cls == NerDocument.ClsLower && d.Word(i) is "i"))
            {
                return true;
            }

            first = false;
        }

        return false;
    }

    /// <summary>The end of the longest lower-case, untagged gazetteer phrase from word <paramref name="i"/> that names a
    /// country, region or big city and no given name, or <paramref name="i"/> when there is none.</summary>
    private static int PlaceEnd(NerDocument d, byte[] tags, Gazetteer gazetteer, int i, int b)
    {
        int best = i;
        ulong h = 0;
        for (int k = 0; k < Gazetteer.MaxPhraseWords && i + k < b; k++)
        {
            if (d.Cls[i + k] != NerDocument.ClsLower || tags[i + k] != NerTagger.O)
            {
                break;
            }

            h = Gazetteer.PhraseHash(h, d.Lower[i + k], k == 0);
            bool continues = Gazetteer.Decode(gazetteer.Entry(h), out ushort types);
            if ((types & Gazetteer.PlaceTypes) != 0 && (types & Gazetteer.FirstName) == 0)
            {
                best = i + k + 1;
            }

            if (!continues)
            {
                break;
            }
        }

        return best;
    }

    /// <summary>Whether the clusters' vocabulary has a lower-case spelling of the word (it is an English word as well).</summary>
    private static bool IsWord(WordClusters clusters, ulong lowerHash) => (uint)clusters.Entry(lowerHash) != WordClusters.None;
}
