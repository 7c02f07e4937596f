namespace NewsNlp;

/// <summary>The word tests the subject search rests on: capitalized words that head no name (a people's or region's
/// adjective, "That’s", a sentence's capitalized first word), and hometowns, whose person speaks, not the place.</summary>
internal static partial class SubjectFinder
{
    /// <summary>Whether a capitalized word is an adjective, no name: a people's or country's adjective ("French"), a
    /// region's ("Asian", "Latino") or a direction ("Western").</summary>
    internal static bool IsAdjectiveName(ReadOnlySpan<char> w) =>
        PlaceIndex.Default.IsDemonymOnly(w) || RegionAdjectives.Contains(w) || DirectionWords.Contains(w);

    /// <summary>Whether every token of [<paramref name="s"/>, <paramref name="e"/>) is a lower-case word of the
    /// narrative.</summary>
    internal static bool AllLowerCase(QuoteDocument doc, int s, int e)
    {
        for (int i = s; i < e; i++)
        {
            if (!doc.IsFrameWord(i) || doc.Words[i].IsCapitalized)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a capitalized word is a function word other than a subject pronoun with a clitic "’s"
    /// (<c>That’s</c>, <c>There’s</c>, <c>What’s</c>; not <c>He’s</c>): no name, though it opens a sentence that goes on
    /// to a verb.</summary>
    private static bool IsFunctionWordContraction(ReadOnlySpan<char> w)
    {
        FunctionWordKinds kinds = w.Length > 2 && w[^1] == 's' && w[^2] is '\'' or '’' ? FunctionWords.Of(w[..^2]) : FunctionWordKinds.None;
        return kinds != FunctionWordKinds.None && (kinds & FunctionWordKinds.SubjectPronoun) == 0;
    }

    /// <summary>The person a hometown ending at <paramref name="h"/> belongs to: the name or nominal right before its
    /// "of"/"from"/"in" (<c>Stacy Baker of Columbia, South Carolina</c>; <c>a gynecologist from Englewood, New Jersey</c>),
    /// or default. <paramref name="tail"/>: the town before a state, which need not be a place the index knows.</summary>
    private static (int Start, int End) HometownOwner(QuoteDocument doc, int h, int lower, bool tail = false)
    {
        int t = h;
        while (t - 1 >= lower && doc.IsFrameWord(t - 1) && doc.Words[t - 1].IsCapitalized && h - t < QuoteRules.MaxPlaceNameWords)
        {
            t--;
        }

        // Not an institution's name: "the Stock Exchange of Hong Kong", "the University of Iowa".
        if (t - 2 >= lower && doc.IsFrameWord(t - 1) && doc.W(t - 1) is "of" or "from" or "in" && (tail || doc.IsPlaceName(t, h + 1))
            && !QuoteWords.IsOrganizationWord(doc.W(t - 2)))
        {
            SubjectHead owner = HeadOf(doc, t - 2);
            return owner is SubjectHead.Name or SubjectHead.Nominal ? ExpandLeft(doc, t - 2, lower, owner) : default;
        }

        // "Englewood, New Jersey": a state or country after the town.
        return !tail && t - 2 >= lower && doc.IsPunct(t - 1, ',') && doc.IsPlaceName(t, h + 1) ? HometownOwner(doc, t - 2, lower, tail: true) : default;
    }

    /// <summary>Whether the name ending at <paramref name="h"/> says where someone is from: it follows <c>of</c>,
    /// <c>from</c> or <c>in</c> (<c>of Ashton</c>, <c>from Dayton</c>; not <c>after Warren Buffett, the investor,
    /// complained</c>), or a comma after such a place (<c>of Ashton, Md.</c>).</summary>
    private static bool IsPlaceTail(QuoteDocument doc, int h, int lower)
    {
        int start = ExpandLeft(doc, h, lower, SubjectHead.Name).Start;
        if (start - 1 >= lower && doc.IsFrameWord(start - 1) && doc.W(start - 1) is "of" or "from" or "in")
        {
            return true;
        }

        return start - 2 >= lower && doc.IsPunct(start - 1, ',') && HeadOf(doc, start - 2) == SubjectHead.Name
            && h - start <= 1 && IsPlaceTail(doc, start - 2, lower); // a state or country after the town: "Md.", "New Jersey"
    }

    /// <summary>Whether the capitalized first word of a sentence is a name ("Trump said"), not just
    /// a capitalized word ("Hours later …").</summary>
    private static bool LooksLikeSentenceInitialName(QuoteDocument doc, int i)
    {
        if (i + 1 < doc.Words.Length)
        {
            if (doc.Words[i + 1].IsCapitalized || doc.IsPunct(i + 1, ',') || doc.IsPunct(i + 1, ':') || doc.Words[i + 1].Region >= 0)
            {
                return true;
            }

            ReadOnlySpan<char> next = doc.W(i + 1);
            if (ReportingVerbs.Verbs.Contains(next) || QuoteWords.IsAuxiliary(next) || next.EndsWith("ly", StringComparison.Ordinal))
            {
                return true;
            }
        }

        int k = doc.KnownAt(doc.Words[i].Start);
        return (k < doc.Known.Count && doc.Known[k].Start < doc.Words[i].End) || IsAdjectiveName(doc.W(i)); // "French farm unions said"
    }
}
