namespace NewsNlp;

/// <summary>Every threshold of byline finding, each with the reason for its value.</summary>
internal static class BylineRules
{
    /// <summary>A credit line is at most this long: longer lines are prose that happens to start with "By".</summary>
    public const int MaxBylineLength = 160;

    /// <summary>The shortest "By" line: "By " and one letter.</summary>
    public const int MinByLineLength = 4;

    /// <summary>A credit in lower case ("by Jane Doe, Reuters") is at most this long; longer ones are sentences
    /// ("by the company's own estimate ...").</summary>
    public const int MaxLowerCaseByLength = 60;

    /// <summary>A "Name, Agency" line without "By" is at most this long: a few names and an agency.</summary>
    public const int MaxNameAgencyLength = 100;

    /// <summary>A line that is only an agency ("Reuter", "The Associated Press") is at most this long.</summary>
    public const int MaxAgencyOnlyLength = 40;

    /// <summary>Reuters' "(Reporting by ...)" trailer is searched in this many last lines: it closes the story,
    /// before at most a few lines of page furniture.</summary>
    public const int TrailerLines = 8;

    /// <summary>A trailer is at most this long: several reporters, places and editors, but not a paragraph.</summary>
    public const int MaxTrailerLength = 600;

    /// <summary>A name is at most this long.</summary>
    public const int MaxNameLength = 60;

    /// <summary>A name has at most this many words (<c>Maria del Carmen de la Vega</c> is six and is missed).</summary>
    public const int MaxNameWords = 5;

    /// <summary>A name in capitals longer than this is title-cased (<c>JANE DOE</c> → <c>Jane Doe</c>); shorter
    /// ones may be initials or acronyms and are kept.</summary>
    public const int MinTitleCasedNameLength = 4;
}
