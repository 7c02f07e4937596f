using static NewsNlp.TitleFacets;

namespace NewsNlp;

/// <summary>The English words that name a person's title, rank or role (<c>Mr.</c>, <c>Sen.</c>, <c>deputy foreign
/// minister</c>, <c>spokeswoman</c>), each listed once with its <see cref="TitleFacets"/>, and the multi-word titles.</summary>
/// <remarks>Words are listed lower case and without their period; lookups ignore case and one trailing period
/// (<c>Sen.</c>, <c>SEN</c> and <c>sen</c> are one word). Demonyms (<c>Chinese</c>) and places (<c>U.S.</c>), which
/// stand in titles too, belong to the place index.</remarks>
internal static class Titles
{
    private static readonly WordTable<TitleFacets> s_table = new(WordCasing.IgnoreCase,
    [
        // Honorifics.
        ("mr", Honorific | Abbreviation | Male), ("mrs", Honorific | Abbreviation | Female), ("ms", Honorific | Abbreviation | Female),
        ("miss", Honorific | Female), ("messrs", Honorific | Abbreviation | Plural | Male), ("mmes", Honorific | Abbreviation | Plural | Female),
        ("dr", Honorific | Abbreviation), ("drs", Honorific | Abbreviation | Plural), ("prof", Honorific | Head | Abbreviation),
        ("sir", Honorific | Male), ("dame", Honorific | Female), ("lord", Honorific | Male), ("lady", Honorific | Female),
        ("madam", Honorific | Female), ("mme", Honorific | Abbreviation | Female), ("m", Honorific | Abbreviation | Male),
        ("rev", Honorific | Abbreviation | Male), ("revs", Honorific | Abbreviation | Plural | Male), ("reverend", Honorific | Male),
        ("father", Honorific | PersonNoun | Male), ("fr", Honorific | Abbreviation | Male), ("msgr", Honorific | Abbreviation | Male),
        ("hon", Honorific | Abbreviation),

        // Government and politics.
        ("president", Head), ("pres", Head | Abbreviation), ("vice-president", Head), ("president-elect", Head), ("premier", Head),
        ("chancellor", Head), ("minister", Head), ("secretary", Head), ("sec", Head | Abbreviation), ("secretary-general", Head),
        ("undersecretary", Head), ("senator", Head), ("sen", Head | Abbreviation), ("sens", Head | Abbreviation | Plural),
        ("representative", Head), ("rep", Head | Abbreviation), ("reps", Head | Abbreviation | Plural), ("congressman", Head | Male),
        ("congresswoman", Head | Female), ("councilman", Head | Male), ("councilwoman", Head | Female), ("lawmaker", Head),
        ("legislator", Head), ("governor", Head), ("gov", Head | Abbreviation), ("govs", Head | Abbreviation | Plural), ("mayor", Head),
        ("speaker", Head), ("leader", Head), ("whip", Head), ("commissioner", Head), ("ambassador", Head), ("amb", Head | Abbreviation),
        ("envoy", Head), ("diplomat", Head), ("candidate", Head), ("nominee", Head),
        ("mp", Head), ("mps", Head | Plural),

        // Royalty and religion.
        ("king", Head | Male), ("queen", Head | Female), ("prince", Head | Male), ("princess", Head | Female), ("emperor", Head | Male),
        ("pope", Head | Male), ("sheikh", Head), ("ayatollah", Head), ("archbishop", Head), ("bishop", Head | Male), ("cardinal", Head | Male),
        ("imam", Head), ("rabbi", Head),

        // Military, police and the law.
        ("general", Head), ("gen", Head | Abbreviation), ("gens", Head | Abbreviation | Plural), ("lieutenant", Head), ("lt", Head | Abbreviation),
        ("colonel", Head), ("col", Head | Abbreviation), ("major", Head), ("maj", Head | Abbreviation), ("captain", Head), ("capt", Head | Abbreviation),
        ("sergeant", Head), ("sgt", Head | Abbreviation), ("cpl", Head | Abbreviation), ("pvt", Head | Abbreviation), ("spc", Head | Abbreviation),
        ("ens", Head | Abbreviation), ("brig", Head | Abbreviation), ("admiral", Head), ("adm", Head | Abbreviation), ("commander", Head),
        ("cmdr", Head | Abbreviation), ("cdr", Head | Abbreviation), ("officer", Head), ("sheriff", Head), ("detective", Head), ("det", Head | Abbreviation),
        ("inspector", Head), ("insp", Head | Abbreviation), ("superintendent", Head), ("supt", Head | Abbreviation), ("prosecutor", Head),
        ("attorney", Head), ("atty", Head | Abbreviation), ("judge", Head), ("justice", Head | Portfolio),

        // Companies and organizations.
        ("chairman", Head | Male), ("chairwoman", Head | Female), ("chair", Head), ("ceo", Head), ("cfo", Head), ("director", Head),
        ("executive", Head | Rank), ("chief", Head | Rank), ("head", Head), ("founder", Head), ("manager", Head), ("coach", Head),
        ("spokesman", Head | Male), ("spokeswoman", Head | Female), ("spokesperson", Head), ("spokesmen", Head | Plural | Male),
        ("adviser", Head), ("advisor", Head), ("economist", Head), ("analyst", Head), ("professor", Head),

        // Roles that are no office.
        ("actor", Occupation), ("actress", Occupation | Female), ("singer", Occupation), ("star", Occupation), ("champion", Occupation),
        ("medallist", Occupation), ("medallists", Occupation | Plural), ("holder", Occupation), ("boss", Occupation),
        ("counterpart", Occupation), ("striker", Occupation), ("midfielder", Occupation), ("defender", Occupation),
        ("goalkeeper", Occupation), ("rookie", Occupation), ("veteran", Occupation), ("seed", Occupation), ("trader", Occupation),
        ("dealer", Occupation), ("broker", Occupation), ("dictator", Occupation), ("strongman", Occupation), ("official", Occupation),

        // Newsroom roles.
        ("reporter", Journalist), ("correspondent", Journalist), ("editor", Journalist), ("columnist", Journalist), ("writer", Journalist),
        ("contributor", Journalist), ("producer", Journalist), ("photographer", Journalist), ("journalist", Journalist),
        ("commentator", Journalist), ("anchor", Journalist), ("pundit", Journalist),

        // Modifiers inside a title.
        ("vice", Rank), ("deputy", Rank), ("assistant", Rank), ("prime", Rank), ("senior", Rank), ("first", Rank), ("top", Rank),
        ("special", Rank),
        ("foreign", Portfolio), ("defense", Portfolio), ("defence", Portfolio), ("finance", Portfolio), ("interior", Portfolio),
        ("trade", Portfolio), ("commerce", Portfolio), ("treasury", Portfolio), ("health", Portfolio), ("energy", Portfolio),
        ("education", Portfolio), ("labor", Portfolio), ("labour", Portfolio), ("transport", Portfolio), ("agriculture", Portfolio),
        ("economy", Portfolio), ("homeland", Portfolio), ("security", Portfolio), ("state", Portfolio), ("home", Portfolio),
        ("white", Body), ("house", Body), ("senate", Body), ("press", Body), ("party", Body), ("army", Body), ("navy", Body), ("air", Body),
        ("police", Body), ("crown", Body), ("opposition", Body), ("majority", Body), ("minority", Body), ("national", Body), ("supreme", Body),
        ("un", Body), ("u.n", Body), ("democratic", Body), ("republican", Body), ("gop", Body), ("presidential", Body),
        ("former", Tenure), ("then", Tenure), ("acting", Tenure), ("interim", Tenure), ("incoming", Tenure), ("outgoing", Tenure),

        // Parts of names.
        ("jr", NameAffix | Abbreviation), ("sr", NameAffix | Abbreviation), ("st", NameAffix | Abbreviation),

        // Person nouns that tell gender.
        ("man", PersonNoun | Male), ("woman", PersonNoun | Female), ("mother", PersonNoun | Female), ("son", PersonNoun | Male),
        ("daughter", PersonNoun | Female), ("wife", PersonNoun | Female), ("husband", PersonNoun | Male),
    ]);

    private static readonly PhraseSet s_phrases = new(WordCasing.IgnoreCase,
    [
        "vice president", "prime minister", "deputy prime minister", "foreign minister", "deputy foreign minister",
        "defence minister", "defense minister", "finance minister", "interior minister", "trade minister", "economy minister",
        "justice minister", "health minister", "energy minister", "agriculture minister", "secretary of state",
        "secretary of commerce", "secretary of defense", "secretary of the treasury", "treasury secretary", "defense secretary",
        "defence secretary", "foreign secretary", "home secretary", "commerce secretary", "press secretary", "secretary general",
        "state secretary", "under secretary", "assistant secretary", "attorney general", "chief justice", "chief executive",
        "chief executive officer", "president and chief executive", "managing director", "house speaker", "opposition leader",
        "party leader", "rebel leader", "police chief", "world champion", "bureau chief",
    ]);

    /// <summary>Gets every title word with its facets, in the order listed.</summary>
    public static WordTable<TitleFacets> Words => s_table;

    /// <summary>Gets the titles of more than one word (<c>secretary of state</c>, <c>prime minister</c>).</summary>
    public static PhraseSet Phrases => s_phrases;

    /// <summary>The facets of <paramref name="word"/>, written with or without one trailing period, in any case;
    /// <see cref="None"/> when it is no title word. Does not allocate.</summary>
    public static TitleFacets Of(ReadOnlySpan<char> word)
    {
        if (word.Length > 1 && word[^1] == '.')
        {
            word = word[..^1];
        }

        return s_table.GetValueOrDefault(word);
    }

    /// <summary>Whether <paramref name="word"/> has any of the facets <paramref name="any"/>.</summary>
    public static bool Is(ReadOnlySpan<char> word, TitleFacets any) => (Of(word) & any) != 0;

    /// <summary>The gender a title word tells: <c>'m'</c>, <c>'f'</c>, or <c>'\0'</c> when it tells none.</summary>
    public static char GenderOf(ReadOnlySpan<char> word) => (Of(word) & (Male | Female)) switch
    {
        Male => 'm',
        Female => 'f',
        _ => '\0',
    };
}
