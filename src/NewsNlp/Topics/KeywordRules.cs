namespace NewsNlp;

/// <summary>The keyword extractor's thresholds and word lists, each with the reason for its value.</summary>
internal static class KeywordRules
{
    /// <summary>Characters of a story read at most (sentences past them are not): bounds the work on huge inputs.</summary>
    public const int MaxChars = 200_000;

    /// <summary>Longest key phrase in words: longer word sequences are rarely repeated verbatim in a story.</summary>
    public const int MaxPhraseWords = 3;

    /// <summary>Longest word looked up without allocating (longer ones are rare and allocate).</summary>
    public const int MaxKeyChars = 64;

    /// <summary>Table sizing: a story has about one distinct content word per this many characters…</summary>
    public const int CharsPerContentWord = 16;

    /// <summary>…and one candidate phrase per this many, so that the tables rarely grow.</summary>
    public const int CharsPerCandidate = 8;

    /// <summary>Largest initial size of the content-word table (a huge input grows it instead).</summary>
    public const int MaxContentWordsHint = 4096;

    /// <summary>Largest initial size of the candidate table.</summary>
    public const int MaxCandidatesHint = 8192;

    /// <summary>Shortest content word: a single character is an initial or a stray letter.</summary>
    public const int MinWordLength = 2;

    /// <summary>The one stop word a phrase may hold inside ("Bank of England").</summary>
    public const string InnerStopWord = "of";

    /// <summary>A lower-case word ending so and longer than <see cref="MinPastTenseLength"/> reads as a past-tense
    /// verb, which ends a clause rather than a noun phrase.</summary>
    public const string PastTenseEnding = "ed";

    /// <summary>Words this long or shorter never count as past tense ("red", "bed", "shed").</summary>
    public const int MinPastTenseLength = 4;

    /// <summary>Weight of a word's casing (its share of mid-sentence capitals or acronyms): names matter, less than
    /// frequency.</summary>
    public const double CaseWeight = 0.5;

    /// <summary>Sentences after which a word's early-position bonus has halved: the lede states the subject.</summary>
    public const double PositionHalfLife = 3.0;

    /// <summary>Score factor of a two-word phrase: a little more than its words, so a full name beats its parts.</summary>
    public const double TwoWordFactor = 1.35;

    /// <summary>Score factor of a three-word phrase.</summary>
    public const double ThreeWordFactor = 1.45;

    /// <summary>Score factor of a two-word phrase seen once: one-off word pairs are rarely key phrases.</summary>
    public const double TwoWordsOnceFactor = 0.8;

    /// <summary>Score factor of a three-word phrase seen once.</summary>
    public const double ThreeWordsOnceFactor = 0.6;

    /// <summary>Keywords left for what happened, not only who and where, when more than
    /// <see cref="MinKeywordsToReserve"/> are asked for.</summary>
    public const int ReservedForEvents = 2;

    /// <summary>Up to this many keywords, names may take every place.</summary>
    public const int MinKeywordsToReserve = 3;

    /// <summary>A single word seen fewer times than this is no keyword when there is plenty to choose from…</summary>
    public const int MinLoneWordCount = 2;

    /// <summary>…that is, more than this many candidates per keyword asked for.</summary>
    public const int PlentyPerKeyword = 2;

    /// <summary>Titles and roles that head a name ("Foreign Minister Qin Gang"); a phrase may not start with one,
    /// so the name itself is the key phrase.</summary>
    public static readonly HashSet<string> Titles = new(
        ("president|minister|secretary|sir|chancellor|senator|governor|king|queen|prince|princess|general|director|chief|"
        + "commissioner|ambassador|spokesman|spokeswoman|spokesperson|premier|mayor|judge|officer|chairman|chairwoman|leader|"
        + "commerce|state|foreign|prime|vice|deputy|assistant|head|holder|medallist|medallists|champion|counterpart|coach|"
        + "manager|captain|professor|dr|lord|lady|rep|sen|gov|analyst|executive|boss|founder|singer|actor|actress|star")
        .Split('|'), StringComparer.Ordinal);

    /// <summary>Words that end a clause rather than a noun phrase.</summary>
    public static readonly HashSet<string> Verbish = new(
        "rose|fell|due|rises|falls|grew|dropped|jumped|warned|urged|wants|says|make|made|see|seen|rejects|backs|hits|wins|"
        .Split('|', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>Words besides the titles that make a phrase an institution or a role rather than a person's full name
    /// ("Labour MP", "Defence Ministry"), so a lone name never stands for it.</summary>
    public static readonly HashSet<string> InstitutionWords = new(["mp", "mps", "party", "ministry", "department"], StringComparer.Ordinal);
}
