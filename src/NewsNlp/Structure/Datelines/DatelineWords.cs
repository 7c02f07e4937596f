using System.Collections.Frozen;

namespace NewsNlp;

/// <summary>The word lists of dateline reading, each one static field with a span lookup.</summary>
internal static class DatelineWords
{
    /// <summary>Lower-case words that join the capitalized words of a place name (<c>King of Prussia</c>,
    /// <c>Rio de Janeiro</c>, <c>Bosnia and Herzegovina</c>).</summary>
    public static readonly FrozenSet<string> Connectors = FrozenSet.Create(StringComparer.Ordinal,
        "of", "de", "du", "des", "la", "le", "les", "el", "al", "on", "upon", "am", "an", "der", "den", "sur",
        "y", "da", "do", "dos", "das", "del", "di", "van", "von", "and", "en", "im", "in", "under", "by", "the");

    /// <summary>First words that start no city: labels, page words, pronouns, titles, weekdays, time zones
    /// (<c>UPDATE —</c>, <c>WATCH:</c>, <c>NASA —</c>).</summary>
    public static readonly FrozenSet<string> NotCities = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "update", "updated", "breaking", "exclusive", "watch", "video", "videos", "photo", "photos", "live", "opinion",
        "analysis", "editorial", "review", "corrected", "correction", "factbox", "interview", "column", "commentary",
        "note", "editor", "editors", "urgent", "flash", "alert", "special", "advisory", "refile", "rpt", "feature",
        "poll", "news", "sports", "sport", "business", "world", "home", "menu", "search", "share", "advertisement",
        "topics", "more", "read", "related", "nasa", "fbi", "cia", "the", "a", "an", "ap", "reuters", "afp", "by",
        "published", "posted", "file", "warning", "summary", "text", "transcript", "bulletin", "latest",
        "today", "yesterday", "tomorrow", "now", "here", "this", "that", "it", "he", "she", "they", "we", "i", "you",
        "mr", "mrs", "ms", "dr", "sir", "lord", "president", "police", "officials", "sources", "source", "image",
        "images", "credit", "caption", "getty", "listen", "subscribe", "sign", "follow", "comments", "tags", "contents",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "story", "stories", "next",
        "previous", "top", "back", "skip", "main", "section", "page", "click", "email", "print", "tweet", "and", "or",
        "but", "if", "so", "as", "at", "in", "on", "for", "with", "from", "to", "of", "after", "before", "when", "while",
        "am", "pm", "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "et", "bst", "cet", "ist");

    /// <summary>The abbreviations a city may start with, period included (<c>ST. LOUIS</c>, <c>FT. WORTH</c>).</summary>
    public static readonly FrozenSet<string> CityAbbreviations = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "St.", "Ste.", "Ft.", "Mt.", "Pt.", "Pte.", "Gen.", "Sta.", "Sto.");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_connectors = Connectors.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_notCities = NotCities.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_cityAbbreviations = CityAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> is a place-name connector (case-sensitive: <c>of</c>, not <c>Of</c>).</summary>
    public static bool IsConnector(ReadOnlySpan<char> word) => s_connectors.Contains(word);

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
