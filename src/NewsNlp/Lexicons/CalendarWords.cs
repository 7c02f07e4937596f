using static NewsNlp.CalendarFacets;

namespace NewsNlp;

/// <summary>The English calendar words news text uses: months and weekdays with their abbreviations (and their
/// numbers), days named from today, parts of a day, lengths of time and time adverbs, each listed once with its
/// <see cref="CalendarFacets"/>.</summary>
/// <remarks>Words are listed lower case and without a period; lookups ignore case but not the period, so a reader
/// that wants <c>Sept.</c> strips the period itself (<c>Jan</c> alone is also a given name).</remarks>
internal static class CalendarWords
{
    private static readonly WordTable<CalendarWord> s_table = new(WordCasing.IgnoreCase,
    [
        ("january", new(Month, 1)), ("february", new(Month, 2)), ("march", new(Month, 3)), ("april", new(Month | AlsoName, 4)),
        ("may", new(Month | AlsoName, 5)), ("june", new(Month | AlsoName, 6)), ("july", new(Month, 7)), ("august", new(Month | AlsoName, 8)),
        ("september", new(Month, 9)), ("october", new(Month, 10)), ("november", new(Month, 11)), ("december", new(Month, 12)),

        ("jan", new(MonthAbbreviation | ApStyle, 1)), ("feb", new(MonthAbbreviation | ApStyle, 2)), ("mar", new(MonthAbbreviation, 3)),
        ("apr", new(MonthAbbreviation, 4)), ("jun", new(MonthAbbreviation, 6)), ("jul", new(MonthAbbreviation, 7)),
        ("aug", new(MonthAbbreviation | ApStyle, 8)), ("sep", new(MonthAbbreviation, 9)), ("sept", new(MonthAbbreviation | ApStyle, 9)),
        ("oct", new(MonthAbbreviation | ApStyle, 10)), ("nov", new(MonthAbbreviation | ApStyle, 11)), ("dec", new(MonthAbbreviation | ApStyle, 12)),

        ("monday", new(Weekday, 1)), ("tuesday", new(Weekday, 2)), ("wednesday", new(Weekday, 3)), ("thursday", new(Weekday, 4)),
        ("friday", new(Weekday, 5)), ("saturday", new(Weekday, 6)), ("sunday", new(Weekday, 7)),

        ("mon", new(WeekdayAbbreviation, 1)), ("tue", new(WeekdayAbbreviation, 2)), ("tues", new(WeekdayAbbreviation, 2)),
        ("wed", new(WeekdayAbbreviation, 3)), ("thu", new(WeekdayAbbreviation, 4)), ("thur", new(WeekdayAbbreviation, 4)),
        ("thurs", new(WeekdayAbbreviation, 4)), ("fri", new(WeekdayAbbreviation, 5)), ("sat", new(WeekdayAbbreviation, 6)),
        ("sun", new(WeekdayAbbreviation, 7)),

        ("today", new(RelativeDay, 0)), ("yesterday", new(RelativeDay, 0)), ("tomorrow", new(RelativeDay, 0)), ("tonight", new(RelativeDay, 0)),
        ("morning", new(DayPart, 0)), ("afternoon", new(DayPart, 0)), ("evening", new(DayPart, 0)), ("night", new(DayPart, 0)),
        ("day", new(Period, 0)), ("days", new(Period, 0)), ("week", new(Period, 0)), ("weeks", new(Period, 0)),
        ("month", new(Period, 0)), ("months", new(Period, 0)), ("year", new(Period, 0)), ("years", new(Period, 0)),
        ("earlier", new(TimeAdverb, 0)), ("later", new(TimeAdverb, 0)), ("recently", new(TimeAdverb, 0)), ("last", new(TimeAdverb, 0)),
        ("next", new(TimeAdverb, 0)),
    ]);

    /// <summary>Gets every calendar word with its facets and number, in the order listed.</summary>
    public static WordTable<CalendarWord> Words => s_table;

    /// <summary>The facets of <paramref name="word"/> (any case, no trailing period), or <see cref="None"/>. Does not allocate.</summary>
    public static CalendarFacets Of(ReadOnlySpan<char> word) => s_table.TryGetValue(word, out CalendarWord w) ? w.Facets : None;

    /// <summary>Whether <paramref name="word"/> has any of the facets <paramref name="any"/>.</summary>
    public static bool Is(ReadOnlySpan<char> word, CalendarFacets any) => (Of(word) & any) != 0;

    /// <summary>The month (1 to 12) a month name or abbreviation stands for.</summary>
    public static bool TryGetMonth(ReadOnlySpan<char> word, out int month)
    {
        month = s_table.TryGetValue(word, out CalendarWord w) && (w.Facets & (Month | MonthAbbreviation)) != 0 ? w.Number : 0;
        return month != 0;
    }

    /// <summary>The day a weekday name or abbreviation stands for.</summary>
    public static bool TryGetWeekday(ReadOnlySpan<char> word, out DayOfWeek day)
    {
        day = DayOfWeek.Sunday;
        if (!s_table.TryGetValue(word, out CalendarWord w) || (w.Facets & (Weekday | WeekdayAbbreviation)) == 0)
        {
            return false;
        }

        day = (DayOfWeek)(w.Number % 7); // listed Monday = 1 … Sunday = 7; DayOfWeek has Sunday = 0
        return true;
    }
}
