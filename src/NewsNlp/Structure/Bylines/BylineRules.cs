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

    /// <summary>A credential is at most this many letters (<c>PharmD</c>, <c>PA-C</c>); longer words are names.</summary>
    public const int MaxCredentialLength = 8;

    /// <summary>A closing credit line ("Contributing: …", "— Jane Roe, Associated Press", a column's tagline) is at
    /// most this long: longer lines are paragraphs.</summary>
    public const int MaxEndCreditLength = 300;

    /// <summary>A column's name before "is written by" has at most this many words ("Ask the Acme Doctor").</summary>
    public const int MaxTaglineTitleWords = 5;

    /// <summary>A date and time before "By" on the byline's line ("2/26/2015 7:11 AM PST BY …") is at most this long.</summary>
    public const int MaxDatePrefixLength = 40;

    /// <summary>An organization before "Staff" ("By TMZ Staff", "By the Acme Herald Staff") has at most this many words.</summary>
    public const int MaxStaffOrganizationWords = 4;

    /// <summary>A bare name line under the headline is at most this long: two or three names.</summary>
    public const int MaxNameLineLength = 80;
}
