using static NewsNlp.TitleFacets;

namespace NewsNlp;

/// <summary>The English words that name a person's title, rank or role (<c>Mr.</c>, <c>Sen.</c>, <c>deputy foreign
/// minister</c>, <c>spokeswoman</c>), each listed once with its <see cref="TitleFacets"/>, and the multi-word titles.</summary>
/// <remarks>Words are listed lower case and without their period; lookups ignore case and one trailing period
/// (<c>Sen.</c>, <c>SEN</c> and <c>sen</c> are one word). Demonyms (<c>Chinese</c>) and places (<c>U.S.</c>), which
/// stand in titles too, belong to the place index.</remarks>
internal static class Titles
{
    private static readonly WordTable<TitleFacets> s_table = WordTable<TitleFacets>.Grouped(WordCasing.IgnoreCase,
    [
        // Honorifics.
        (Honorific | Abbreviation | Male, "mr m rev fr msgr"), (Honorific | Abbreviation | Female, "mrs ms mme"),
        (Honorific | Female, "miss dame lady madam"), (Honorific | Abbreviation | Plural | Male, "messrs revs"),
        (Honorific | Abbreviation | Plural | Female, "mmes"), (Honorific | Abbreviation, "dr hon"),
        (Honorific | Abbreviation | Plural, "drs"), (Honorific | Head | Abbreviation, "prof"),
        (Honorific | Male, "sir lord reverend"), (Honorific | PersonNoun | Male, "father"),

        // Government and politics.
        (Head,
            "president vice-president president-elect premier chancellor minister secretary " +
            "secretary-general undersecretary senator representative lawmaker legislator governor mayor " +
            "speaker leader whip commissioner ambassador envoy diplomat candidate nominee mp"),
        (Head | Abbreviation, "pres sec sen rep gov amb"), (Head | Abbreviation | Plural, "sens reps govs"),
        (Head | Male, "congressman councilman"), (Head | Female, "congresswoman councilwoman"), (Head | Plural, "mps"),

        // Royalty and religion.
        (Head | Male, "king prince emperor pope bishop cardinal"), (Head | Female, "queen princess"),
        (Head, "sheikh ayatollah archbishop imam rabbi"),

        // Military, police and the law.
        (Head,
            "general lieutenant colonel major captain sergeant admiral commander officer sheriff detective " +
            "inspector superintendent prosecutor attorney judge"),
        (Head | Abbreviation, "gen lt col maj capt sgt cpl pvt spc ens brig adm cmdr cdr det insp supt atty"),
        (Head | Abbreviation | Plural, "gens"), (Head | Portfolio, "justice"),

        // Companies and organizations.
        (Head | Male, "chairman spokesman"), (Head | Female, "chairwoman spokeswoman"),
        (Head,
            "chair ceo cfo director head founder manager coach spokesperson adviser advisor economist " +
            "analyst professor"),
        (Head | Rank, "executive chief"), (Head | Plural | Male, "spokesmen"),

        // Roles that are no office.
        (Occupation,
            "actor singer star champion medallist holder boss counterpart striker midfielder defender " +
            "goalkeeper rookie veteran seed trader dealer broker dictator strongman official businessman businesswoman " +
            "billionaire entrepreneur strategist researcher scientist lawyer engineer consultant lecturer"),
        (Occupation | Female, "actress"), (Occupation | Plural, "medallists"),

        // Newsroom roles.
        (Journalist,
            "reporter correspondent editor columnist writer contributor producer photographer journalist " +
            "commentator anchor pundit"),

        // Modifiers inside a title.
        (Rank, "vice deputy assistant prime senior first top special"),
        (Portfolio,
            "foreign defense defence finance interior trade commerce treasury health energy education labor " +
            "labour transport agriculture economy homeland security state home"),
        (Body,
            "white house senate press party army navy air police crown opposition majority minority national " +
            "supreme un u.n democratic republican gop presidential"),
        (Tenure, "former then acting interim incoming outgoing"),

        // Parts of names.
        (NameAffix | Abbreviation, "jr sr st"),

        // Person nouns that tell gender.
        (PersonNoun | Male, "man son husband"), (PersonNoun | Female, "woman mother daughter wife"),
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

    /// <summary>The words a title abbreviation stands for, written out (<c>Sen.</c> is the senator; <c>Rep.</c> the
    /// representative, congressman or congresswoman): how a story refers back to a titled name.</summary>
    private static readonly Dictionary<string, string[]> s_spelledOut = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sen"] = ["senator"], ["rep"] = ["representative", "congressman", "congresswoman"], ["gov"] = ["governor"],
        ["pres"] = ["president"], ["sec"] = ["secretary"], ["amb"] = ["ambassador"], ["gen"] = ["general"],
        ["lt"] = ["lieutenant"], ["col"] = ["colonel"], ["maj"] = ["major"], ["capt"] = ["captain"], ["sgt"] = ["sergeant"],
        ["cpl"] = ["corporal"], ["adm"] = ["admiral"], ["cmdr"] = ["commander"], ["cdr"] = ["commander"],
        ["det"] = ["detective"], ["insp"] = ["inspector"], ["supt"] = ["superintendent"], ["atty"] = ["attorney"],
        ["prof"] = ["professor"], ["brig"] = ["brigadier"],
    };

    private static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> s_spelledOutLookup =
        s_spelledOut.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether title word <paramref name="written"/> (as the article wrote it: <c>Sen.</c>, <c>Senator</c>) is
    /// the title <paramref name="word"/> (<c>senator</c>), in any case, an abbreviation standing for its spelled-out word.</summary>
    public static bool SameTitle(ReadOnlySpan<char> written, ReadOnlySpan<char> word)
    {
        written = written.TrimEnd('.');
        if (written.Equals(word, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (s_spelledOutLookup.TryGetValue(written, out string[]? full))
        {
            foreach (string f in full)
            {
                if (word.Equals(f, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
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
