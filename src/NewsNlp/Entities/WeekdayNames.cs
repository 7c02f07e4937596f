namespace NewsNlp;

/// <summary>Days of the week name no one: a weekday or its abbreviation tagged alone as a name ("on Fri, Sat, or Sun",
/// where the tagger read two places and a company) is untagged, in the tags as in the analysis. "Sun" is also a
/// newspaper's and a company's name: only next to another weekday.</summary>
internal static class WeekdayNames
{
    /// <summary>How many words (punctuation and list words) may stand between "Sun" and the weekday that makes it one
    /// ("Sat, or Sun").</summary>
    private const int SunWindow = 3;

    /// <summary>Untags the one-word names of <paramref name="d"/> that are weekdays.</summary>
    /// <param name="d">The tagged document.</param>
    /// <param name="tags">Its tags (<see cref="NerTagger.TagNames"/>), changed in place.</param>
    public static void Untag(NerDocument d, byte[] tags)
    {
        for (int first = 0; first < tags.Length; first++)
        {
            if (NerTagger.IsBegin(tags[first]) && NerTagger.RunEnd(tags, first) == first + 1 && IsWeekday(d.Word(first))
                && (!IsSun(d.Word(first)) || HasWeekdayNear(d, first)))
            {
                tags[first] = NerTagger.O;
            }
        }
    }

    private static bool IsWeekday(ReadOnlySpan<char> word) =>
        CalendarWords.Is(word.TrimEnd('.'), CalendarFacets.Weekday | CalendarFacets.WeekdayAbbreviation);

    private static bool IsSun(ReadOnlySpan<char> word) => word.TrimEnd('.').Equals("sun", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a weekday other than "Sun" stands next to word <paramref name="i"/> in a list: only punctuation and
    /// "or", "and", "to", "through" between them ("Fri, Sat, or Sun"; not "Thursday's Sun newspaper").</summary>
    private static bool HasWeekdayNear(NerDocument d, int i)
    {
        (int start, int end) = d.SentenceOf(i);
        return IsListedWeekday(d, i, -1, start, end) || IsListedWeekday(d, i, 1, start, end);
    }

    private static bool IsListedWeekday(NerDocument d, int i, int step, int start, int end)
    {
        for (int k = i + step, n = 0; k >= start && k < end && n < SunWindow; k += step, n++)
        {
            ReadOnlySpan<char> w = d.Word(k);
            if (IsWeekday(w))
            {
                return !IsSun(w);
            }

            if (CharScan.ContainsLetterOrDigit(w) && w is not ("or" or "and" or "to" or "through"))
            {
                return false;
            }
        }

        return false;
    }
}
