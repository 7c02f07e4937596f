namespace NewsNlp;

/// <summary>Venues, buildings and natural features are places, whatever name they carry: "Yankee Stadium", "Orlando
/// International Airport", "Quicken Loans Arena" (read as organizations after their sponsor or city), "Rikers Island",
/// "Cape Breton Island", "Fort Hood" (read as people), "Grand Canyon" (an other name). A name of two words or more that
/// ends with a word of <see cref="LocalPlaceWords.IsLandmark"/>, or a person's or other name that opens with one of
/// <see cref="LocalPlaceWords.OpensPlaceName"/>, is tagged a place, as CoNLL-2003 and Wikipedia annotation both type
/// them; not when an institution's word heads it ("University of the Highlands and Islands", "Charing Cross Police
/// Station") or when it stands in quotation marks, where an other name is a title ("Treasure Island").</summary>
internal static class LandmarkNames
{
    /// <summary>Tags as places the names of <paramref name="d"/> that end with a landmark word, and a one-word name
    /// elsewhere in the document that is such a name's last word ("the Mall" after "the National Mall").</summary>
    /// <param name="d">The tagged document.</param>
    /// <param name="tags">Its tags (<see cref="NerTagger.TagNames"/>), changed in place.</param>
    public static void Retag(NerDocument d, byte[] tags)
    {
        HashSet<ulong>? lastWords = null;
        for (int first = 0; first < tags.Length; first++)
        {
            if (!NerTagger.IsBegin(tags[first]))
            {
                continue;
            }

            int end = NerTagger.RunEnd(tags, first);
            int type = NerTagger.TypeOf(tags[first]);
            if (type != NerTagger.LocationType && end - first >= 2 && IsLandmarkName(d, first, end, type != NerTagger.OrganizationType, out bool endsLandmark)
                && !(type == NerTagger.MiscType && first > 0 && ArticleText.IsQuoteMark(d.Word(first - 1))))
            {
                NerTagger.TagRun(tags, first, end, NerTagger.LocationType);
                if (endsLandmark)
                {
                    (lastWords ??= []).Add(d.Lower[end - 1]);
                }
            }

            first = end - 1;
        }

        if (lastWords is null)
        {
            return;
        }

        foreach ((int first, int end, int type) in MentionBuilder.TagRuns(d, tags))
        {
            if (end - first == 1 && type != NerTagger.LocationType && lastWords.Contains(d.Lower[first]))
            {
                NerTagger.TagRun(tags, first, end, NerTagger.LocationType);
            }
        }
    }

    /// <summary>Whether the name [<paramref name="first"/>, <paramref name="end"/>) is a landmark's: it ends with a landmark
    /// word or opens with a place's word ("Fort Hood", "Mount Kilimanjaro", "Lake Winola"), and no other word of it is an
    /// institution's.</summary>
    /// <param name="d">The document.</param>
    /// <param name="first">The name's first word.</param>
    /// <param name="end">One past its last word.</param>
    /// <param name="mayOpen">Whether a place's first word is enough: not for a name the tagger read as an organization's,
    /// which may be a company's ("Lake Resources", "Mount Sinai").</param>
    /// <param name="endsLandmark">Whether it ends with a landmark word (whose last word alone may stand for it).</param>
    private static bool IsLandmarkName(NerDocument d, int first, int end, bool mayOpen, out bool endsLandmark)
    {
        ReadOnlySpan<char> last = d.Word(end - 1);
        endsLandmark = IsCapitalized(last) && LocalPlaceWords.IsLandmark(last);
        bool opens = mayOpen && IsCapitalized(d.Word(first)) && LocalPlaceWords.OpensPlaceName(d.Word(first));
        if (!endsLandmark && !opens)
        {
            return false;
        }

        for (int k = opens ? first + 1 : first; k < (endsLandmark ? end - 1 : end); k++)
        {
            if (OrganizationWords.Is(d.Word(k), OrganizationFacets.Head | OrganizationFacets.CompanySuffix) && !d.Word(k).Equals("International", StringComparison.OrdinalIgnoreCase))
            {
                return false; // "Bank of America Stadium" keeps the tagger's reading, as do "Police Station" and "Lake Resources Inc"; not "International Airport"
            }
        }

        return true;
    }

    private static bool IsCapitalized(ReadOnlySpan<char> w) => w.Length > 0 && char.IsUpper(w[0]);

    /// <summary>Folds a landmark's last word used alone into the landmark ("the Mall" into "the National Mall";
    /// <see cref="EntityFolder.FoldTails"/>).</summary>
    /// <param name="clusters">The clusters after folding; emptied ones are removed.</param>
    public static void Fold(List<EntityCluster> clusters) => EntityFolder.FoldTails(clusters, EntityType.Location, IsLandmarkMention);

    private static bool IsLandmarkMention(string text) => LocalPlaceWords.IsLandmark(text.AsSpan(text.LastIndexOf(' ') + 1));
}
