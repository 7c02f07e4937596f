namespace NewsNlp;

/// <summary>What a word of <see cref="CalendarWords"/> is.</summary>
[Flags]
internal enum CalendarFacets
{
    /// <summary>Not a calendar word.</summary>
    None = 0,

    /// <summary>A month's name: January … December.</summary>
    Month = 1 << 0,

    /// <summary>A month's abbreviation, written with a period: Jan., Sept., Sep.</summary>
    MonthAbbreviation = 1 << 1,

    /// <summary>One of the AP Stylebook's month abbreviations (Jan., Feb., Aug., Sept., Oct., Nov., Dec.; March to
    /// July are never abbreviated in AP style).</summary>
    ApStyle = 1 << 2,

    /// <summary>A day of the week: Monday … Sunday.</summary>
    Weekday = 1 << 3,

    /// <summary>A weekday's abbreviation, written with a period: Mon., Tues., Thurs.</summary>
    WeekdayAbbreviation = 1 << 4,

    /// <summary>A day named from today: today, yesterday, tomorrow, tonight.</summary>
    RelativeDay = 1 << 5,

    /// <summary>A part of a day: morning, afternoon, evening, night.</summary>
    DayPart = 1 << 6,

    /// <summary>A length of time: day, week, month, year (and their plurals).</summary>
    Period = 1 << 7,

    /// <summary>A word that places an event in time relative to now: earlier, later, recently, last, next.</summary>
    TimeAdverb = 1 << 8,

    /// <summary>A month name that is also a common given name or surname: May, April, June, August.</summary>
    AlsoName = 1 << 9,
}
