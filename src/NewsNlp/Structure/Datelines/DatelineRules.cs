namespace NewsNlp;

/// <summary>Every threshold of dateline finding, each with the reason for its value. The locator, reader and
/// decision read them from here.</summary>
internal static class DatelineRules
{
    // Where a dateline may start (DatelineLocator).

    /// <summary>The head is at most this many non-blank lines: headline, kicker, byline, category header and site
    /// noise come before a dateline, rarely a dozen of them.</summary>
    public const int MaxHeadLines = 12;

    /// <summary>A head line must start within this many characters of the text: scraped pages put at most a few
    /// screens of menus before the story.</summary>
    public const int MaxHeadChars = 6000;

    /// <summary>A dateline after site noise on its line starts within this many characters of the line start
    /// (<c>Home | World | WASHINGTON (AP) —</c>); further in, it is a place in a sentence.</summary>
    public const int MaxMidLineOffset = 240;

    /// <summary>A mid-line dateline starts at least this far into its line: one character of noise and a space.</summary>
    public const int MinMidLineOffset = 2;

    /// <summary>The farthest a search reads: a mid-line candidate starts before the head limit plus the mid-line
    /// offset, reads one dateline and looks a few words past its dash. <see cref="NewsAnalyzer.ParseDateline"/>
    /// builds the text layer of no more than this (up to the next line break).</summary>
    public const int MaxHeadReach = MaxHeadChars + MaxMidLineOffset + MaxDatelineLength + BodyFollowsWindow;

    /// <summary>A line this long is body prose whatever it ends with: head lines (titles, credits, labels) are shorter.</summary>
    public const int BodyLineLength = 160;

    /// <summary>A line that ends like a sentence and has this many words is body prose, not a title or label.</summary>
    public const int BodySentenceWords = 10;

    /// <summary>The search stops after this many body lines: a dateline opens the story, it does not follow its
    /// second paragraph.</summary>
    public const int BodyLinesBeforeStop = 2;

    /// <summary>One body line this long ends the search at once: a whole paragraph has gone by.</summary>
    public const int LongBodyLine = 400;

    // What one candidate may hold (DatelineReader).

    /// <summary>The longest dateline accepted, dash included: <c>CITY, Region, Month Day, Year (Agency) —</c>
    /// fits with room to spare.</summary>
    public const int MaxDatelineLength = 160;

    /// <summary>The most words in a city (<c>KING OF PRUSSIA</c>, <c>RIO DE JANEIRO</c>, <c>SALT LAKE CITY</c>).</summary>
    public const int MaxCityWords = 5;

    /// <summary>The longest city, in characters: longer runs of capitals are headlines.</summary>
    public const int MaxCityLength = 48;

    /// <summary>The most words in a region (<c>British Columbia</c>, <c>Bosnia and Herzegovina</c>).</summary>
    public const int MaxRegionWords = 4;

    /// <summary>The most comma-separated parts after the city: a region, a date and a stray comma before the dash.</summary>
    public const int MaxCommaParts = 3;

    /// <summary>The most characters searched for the closing parenthesis of an agency (<c>(Sports Network)</c>).</summary>
    public const int MaxAgencyLength = 40;

    /// <summary>A date puts at most this many spaces between month and day (<c>Feb  26</c> in wire copy).</summary>
    public const int MaxSpacesBeforeDay = 2;

    /// <summary>A call sign in parentheses has this many capitals at least (<c>(WJW)</c>) ...</summary>
    public const int MinStationCodeLength = 3;

    /// <summary>... and at most this many (<c>(KTVU)</c>, <c>(WDRBTV)</c>).</summary>
    public const int MaxStationCodeLength = 6;

    /// <summary>A source name after a city in capitals has at least this many characters (<c>(FT)</c>) ...</summary>
    public const int MinSourceNameLength = 2;

    /// <summary>... at most this many (<c>(Sports Network)</c>, <c>(newratings.com)</c>) ...</summary>
    public const int MaxSourceNameLength = 30;

    /// <summary>... and at most this many words.</summary>
    public const int MaxSourceNameWords = 4;

    // Whether to take it (DatelineDecision).

    /// <summary>An unknown one-word city in capitals this short is an acronym (<c>NASA —</c>, <c>FBI —</c>).</summary>
    public const int MaxAcronymLength = 4;

    /// <summary>An unknown city in capitals with nothing else is taken only up to this many words: longer runs of
    /// capitals before a dash are headlines (<c>ECONOMIC SPOTLIGHT -</c> is caught by the next rule).</summary>
    public const int MaxUnknownCapsCityWords = 3;

    /// <summary>Body prose must follow an unknown city in capitals within this many characters on the same line.</summary>
    public const int BodyFollowsWindow = 80;

    /// <summary>A news site's name before a dash (<c>Acmenews.net -</c>) has at least this many characters before its
    /// ending's period: shorter ones are abbreviations (<c>U.S.</c>, <c>No.</c>).</summary>
    public const int MinSiteNameLength = 3;

    /// <summary>A capitalized city, region and colon (<c>Washington, DC, United States:</c>) is a dateline only when
    /// this many lower-case words follow on the line: a sentence, not a title.</summary>
    public const int MinColonBodyWords = 4;

    /// <summary>An agency or site name alone before a dash (<c>AFP - A squadron of jets</c>) needs this many lower-case
    /// words after it on the line: a sentence, not a headline (<c>Acme.com - Q3 Results</c>).</summary>
    public const int MinBareAgencyBodyWords = 2;
}
