using System.Collections.Frozen;

namespace NewsNlp;

/// <summary>The tokenizer's and sentence splitter's exception tables: words that keep their period, and which of
/// them commonly precede a name (so that a period after them never ends a sentence).</summary>
internal static class Abbreviations
{
    /// <summary>Words that precede a name or number: their period never ends a sentence.</summary>
    private static readonly string[] s_prefixes =
    [
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Rev", "Revs", "Fr", "Msgr", "Hon", "Pres", "Supt", "Atty",
        "Gov", "Govs", "Sen", "Sens", "Rep", "Reps", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt",
        "Spc", "Ens", "Brig", "Gens", "Amb", "Sec", "Insp", "Det", "Supt", "Mt", "Ft", "St", "Sta", "Ste", "No", "Nos", "Vol", "Vols",
        "Fig", "Figs", "Ch", "Sec", "Art", "Op", "vs", "v", "ca", "approx", "Nr", "pp",
        "MR", "MRS", "MS", "DR", "PROF", "REV", "GOV", "SEN", "REP", "GEN", "LT", "COL", "MAJ", "CAPT", "SGT", "ST", "MT", "FT", "NO",
    ];

    /// <summary>Other abbreviations that keep their period but may end a sentence.</summary>
    private static readonly string[] s_others =
    [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Jr", "Sr", "Esq", "Plc", "PLC", "LLC", "LLP", "Assn", "Dept", "Univ", "Inst", "Intl",
        "INC", "CORP", "CO", "LTD", "JR", "SR",
        "Ave", "Blvd", "Rd", "Hwy", "Pl", "Sq", "Ct", "Ln", "Pkwy", "Ter",
        "etc", "al", "ext", "est", "cf", "viz", "incl", "dept", "govt", "misc", "ref", "tel", "approx",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass",
        "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash",
        "Wis", "Wisc", "Wyo", "Ont", "Que", "Alta", "Sask", "Man",
    ];

    /// <summary>Words that keep their period only before a number (<c>No. 1</c>).</summary>
    private static readonly FrozenSet<string> s_needsNumber = FrozenSet.ToFrozenSet(["No", "Nos", "NO", "no", "Nr", "Art", "Ch", "Op", "Sec", "Vol", "Fig", "Figs", "Vols", "pp"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_all = FrozenSet.ToFrozenSet([.. s_prefixes, .. s_others], StringComparer.Ordinal);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_allLookup = s_all.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_prefixLookup =
        FrozenSet.ToFrozenSet(s_prefixes, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_needsNumberLookup = s_needsNumber.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_tlds = FrozenSet.ToFrozenSet(
        [
            "com", "org", "net", "gov", "edu", "mil", "int", "info", "biz", "io", "co", "us", "uk", "ca", "au", "nz", "ie", "de", "fr",
            "jp", "cn", "in", "ru", "eu", "me", "tv", "news", "ly", "ai", "app", "dev", "tw", "hk", "sg", "za", "br", "mx", "es", "it", "nl",
            "ch", "se", "no", "dk", "fi", "pl", "be", "at", "kr", "il", "ae", "pk", "ng", "ke",
            "COM", "ORG", "NET", "GOV", "EDU",
        ],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_fileExtensions = FrozenSet.ToFrozenSet(
        ["pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "csv", "jpg", "jpeg", "png", "gif", "htm", "html", "zip", "mp3", "mp4", "exe", "xml", "json"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> (without its period) keeps a following period.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word) => s_allLookup.Contains(word);

    /// <summary>Whether <paramref name="word"/> keeps its period only before a number.</summary>
    public static bool NeedsNumber(ReadOnlySpan<char> word) => s_needsNumberLookup.Contains(word);

    /// <summary>Whether <paramref name="word"/> (without its period) is a title or prefix that never ends a sentence.</summary>
    public static bool IsPrefix(ReadOnlySpan<char> word) => s_prefixLookup.Contains(word);

    /// <summary>Whether <paramref name="label"/> is a common top-level domain.</summary>
    public static bool IsTopLevelDomain(ReadOnlySpan<char> label) => s_tlds.Contains(label);

    /// <summary>Whether <paramref name="ext"/> is a common file extension.</summary>
    public static bool IsFileExtension(ReadOnlySpan<char> ext) => s_fileExtensions.Contains(ext);
}
