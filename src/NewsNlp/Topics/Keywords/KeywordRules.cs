using System.Collections.Frozen;

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

    /// <summary>The title words that head a name ("Gov. Jane Roe", "striker Tom Roe", "Deputy Ali Roe"; from
    /// <see cref="Titles"/>): a phrase may not start with one, nor with a title of several words ("Foreign Minister
    /// Qin Gang"), so the name itself is the key phrase; alone, one is no keyword. Not the portfolio and body words
    /// ("health care", "trade war", "State Department" are key phrases), nor a head that is also a portfolio
    /// ("Justice Department").</summary>
    public const TitleFacets TitleWords = TitleFacets.Honorific | TitleFacets.Head | TitleFacets.Occupation | TitleFacets.Rank;

    /// <summary>Words that are no keyword alone, though a phrase may start with them ("State Department", "foreign
    /// policy"): alone they name nothing.</summary>
    public static readonly FrozenSet<string> NotAlone = FrozenSet.Create(StringComparer.Ordinal, "state", "foreign", "commerce");

    /// <summary>Words that end a clause rather than a noun phrase.</summary>
    public static readonly HashSet<string> Verbish = new(
        "rose|fell|due|rises|falls|grew|dropped|jumped|warned|urged|wants|says|make|made|see|seen|rejects|backs|hits|wins|"
        .Split('|', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>Words besides the title words that make a phrase an institution or a role rather than a person's
    /// full name ("Labour Party", "Defence Ministry"), so a lone name never stands for it. Not every organization
    /// word: a lone "Acme" may stand for "Acme Bank".</summary>
    public static readonly FrozenSet<string> InstitutionWords = FrozenSet.Create(StringComparer.Ordinal, "party", "ministry", "department");

    /// <summary>Whether the lower-cased <paramref name="key"/> is a title word (<see cref="TitleWords"/>). A title
    /// abbreviation counts only where the text writes it with its period (<paramref name="period"/>): "Rev. Roe", not
    /// the earnings table's "Revs", "Gen. Roe", not the agency "SEC".</summary>
    public static bool IsTitle(string key, bool period) => IsTitle(Titles.Of(key), period);

    /// <summary>Whether a word of these <see cref="Titles"/> facets is a title word where the text writes a period after
    /// it or not (see <see cref="IsTitle(string, bool)"/>).</summary>
    public static bool IsTitle(TitleFacets facets, bool period)
    {
        return (facets & TitleWords) != 0 && (facets & TitleFacets.Portfolio) == 0 && (period || (facets & TitleFacets.Abbreviation) == 0);
    }
}
