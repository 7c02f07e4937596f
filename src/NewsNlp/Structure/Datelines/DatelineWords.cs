using System.Collections.Frozen;

namespace NewsNlp;

/// <summary>The word lists of dateline reading, each one static field with a span lookup.</summary>
internal static class DatelineWords
{
    /// <summary>Lower-case words besides the name particles (<see cref="FunctionWordKinds.NameParticle"/>: <c>de</c>,
    /// <c>al</c>, <c>van</c>) that join the capitalized words of a place name (<c>King of Prussia</c>,
    /// <c>Bosnia and Herzegovina</c>, <c>Stratford upon Avon</c>).</summary>
    private static readonly WordSet s_joiners = WordSet.Create(WordCasing.Ordinal, "of", "on", "upon", "and", "in", "under", "by", "the");

    /// <summary>First words that start no city: labels, page words, pronouns, titles, time zones (<c>UPDATE —</c>,
    /// <c>WATCH:</c>, <c>NASA —</c>); with them the weekdays and days named from today (<see cref="CalendarWords"/>)
    /// and the agencies' codes (<see cref="Agencies"/>).</summary>
    private static readonly WordSet s_notCities = WordSet.Union(WordCasing.IgnoreCase,
        [
            "update", "updated", "breaking", "exclusive", "watch", "video", "videos", "photo", "photos", "live", "opinion",
            "analysis", "editorial", "review", "corrected", "correction", "factbox", "interview", "column", "commentary",
            "note", "editor", "editors", "urgent", "flash", "alert", "special", "advisory", "refile", "rpt", "feature",
            "poll", "news", "sports", "sport", "business", "world", "home", "menu", "search", "share", "advertisement",
            "topics", "more", "read", "related", "nasa", "fbi", "cia", "the", "a", "an", "by",
            "published", "posted", "file", "warning", "summary", "text", "transcript", "bulletin", "latest",
            "now", "here", "this", "that", "it", "he", "she", "they", "we", "i", "you",
            "mr", "mrs", "ms", "dr", "sir", "lord", "president", "police", "officials", "sources", "source", "image",
            "images", "credit", "caption", "getty", "listen", "subscribe", "sign", "follow", "comments", "tags", "contents",
            "story", "stories", "next", "previous", "top", "back", "skip", "main", "section", "page", "click", "email", "print",
            "tweet", "and", "or", "but", "if", "so", "as", "at", "in", "on", "for", "with", "from", "to", "of", "after", "before",
            "when", "while", "am", "pm", "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "et", "bst", "cet", "ist",
        ],
        CalendarWords.Words.Where(static w => (w.Facets & (CalendarFacets.Weekday | CalendarFacets.RelativeDay)) != 0).Words,
        Agencies.Codes);

    /// <summary>The abbreviations a city may start with, period included (<c>ST. LOUIS</c>, <c>FT. WORTH</c>).</summary>
    public static readonly FrozenSet<string> CityAbbreviations = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "St.", "Ste.", "Ft.", "Mt.", "Pt.", "Pte.", "Gen.", "Sta.", "Sto.");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_cityAbbreviations = CityAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/>, written in lower case (the callers check), joins the words of a place
    /// or person name: a name particle or one of <see cref="s_joiners"/>.</summary>
    /// <remarks>Not the particle <c>e</c> (<c>Trás-os-Montes e Alto Douro</c>): in a name written in capitals a lone
    /// E is an initial (<c>JOHN E SMITH</c> → <c>John E Smith</c>), not a word to write in lower case.</remarks>
    public static bool IsConnector(ReadOnlySpan<char> word) =>
        s_joiners.Contains(word) || (FunctionWords.Is(word, FunctionWordKinds.NameParticle) && word is not "e");

    /// <summary>Whether <paramref name="word"/> starts no city.</summary>
    public static bool IsNotCity(ReadOnlySpan<char> word) => s_notCities.Contains(word);

    /// <summary>Whether <paramref name="word"/> (period included) is a city abbreviation.</summary>
    public static bool IsCityAbbreviation(ReadOnlySpan<char> word) => s_cityAbbreviations.Contains(word);

    /// <summary>Whether <paramref name="word"/> (no period) names a month: <c>June</c>, <c>Jan</c>, <c>Sept</c>
    /// (<see cref="CalendarWords"/>).</summary>
    public static bool IsMonth(ReadOnlySpan<char> word) => CalendarWords.Is(word, CalendarFacets.Month | CalendarFacets.MonthAbbreviation);

    /// <summary>Whether <paramref name="word"/> names a weekday, which a dateline may give as its date
    /// (<c>LONDON, Monday —</c>).</summary>
    public static bool IsWeekday(ReadOnlySpan<char> word) => CalendarWords.Is(word, CalendarFacets.Weekday);
}
