namespace NewsNlp;

/// <summary>The words that make a sentence an attribution besides the reporting verbs (<see cref="ReportingVerbs"/>):
/// the multi-word cues (<c>called for</c>, <c>according to</c>), the headline and naming verbs, and the nouns that can be
/// speakers. Each word is listed once (a set rejects a repeat). The other words the quote finder reads are in
/// <see cref="QuoteWords"/>.</summary>
internal static class ReportingLexicon
{
    // Multi-word cues, lower case, words separated by one space. The first word is looked up first.
    private static readonly string[] s_phrases =
    [
        "according to", "called for", "calls for", "call for", "calling for",
        "pointed out", "points out", "point out", "pointing out",
        "went on to say", "goes on to say", "made clear", "makes clear", "make clear", "making clear",
        "made it clear", "makes it clear", "spoke of", "speaks of", "spoke about", "talked about",
        "weighed in", "chimed in", "shot back", "fired back", "hit back", "hit out at",
        "took to twitter", "wrote on twitter", "said on twitter", "in a statement",
        "raised concerns", "expressed concern", "expressed hope", "expressed confidence",
        "expressed", "conceded that", "warned of", "warned against", "complained about", "complained of",
        "insisted on", "called on", "calls on", "urged on",
    ];

    // Words that can head a speaker noun phrase that is not a name or a pronoun.
    private static readonly string[] s_speakerNouns =
    [
        "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "source", "sources",
        "aide", "aides", "adviser", "advisers", "advisor", "advisors", "analyst", "analysts", "expert", "experts",
        "company", "firm", "campaign", "ministry", "department", "agency", "government", "administration", "police",
        "authorities", "statement", "readout", "report", "critics", "critic", "supporters", "supporter", "residents",
        "resident", "witnesses", "witness", "lawmakers", "lawmaker", "senator", "president", "leader", "leaders",
        "people", "voters", "voter", "observers", "group", "committee", "court", "judge", "prosecutors", "prosecutor",
        "lawyer", "lawyers", "attorney", "attorneys", "team", "organization", "party", "office", "candidate",
        "nominee", "chairman", "chairwoman", "director", "executive", "executives", "minister", "secretary",
        "governor", "mayor", "representative", "congressman", "congresswoman", "economist", "economists",
        "investigators", "investigator", "researchers", "researcher", "study", "survey", "poll", "pollster",
        "documents", "document", "memo", "letter", "release", "filing", "transcript", "website", "post", "tweet",
        "newspaper", "paper", "network", "outlet", "diplomats", "diplomat", "ambassador", "envoy", "military",
        "army", "ministry's", "regulators", "regulator", "union", "board", "council", "panel", "commission",
        "staff", "staffer", "staffers", "strategist", "strategists", "operative", "operatives", "insiders",
        "insider", "allies", "ally", "opponents", "opponent", "rivals", "rival", "democrats", "republicans",
        "delegates", "delegate", "members", "member", "manager", "managers", "founder", "owner", "chief", "head",
        "man", "woman", "men", "women", "father", "mother", "son", "daughter", "wife", "husband", "friend",
        "friends", "neighbor", "neighbors", "student", "students", "teacher", "doctor", "doctors", "activists",
        "activist", "protesters", "advocates", "advocate", "organizers", "organizer", "data", "figures",
        "polls", "reports", "studies", "surveys", "records", "others", "some", "many",
        "everyone", "nobody", "someone", "anyone", "commentator", "commentators", "pundit", "pundits", "host",
        "anchor", "reporter", "reporters", "journalist", "journalists", "editor", "editors", "columnist",
        "airline", "carrier", "bank", "university", "hospital", "premier", "chancellor",
        "person", "narrator", "colleague", "colleagues", "author", "authors", "brother", "sister", "officer", "officers",
        "employee", "employees", "worker", "workers", "scientist", "scientists", "professor", "survivor", "survivors",
        "relatives", "relative", "boy", "girl",
    ];

    // Heads of a document-like speaker whose words belong to the organization it comes from.
    private static readonly string[] s_documentNouns =
    [
        "readout", "statement", "release", "report", "transcript", "memo", "letter", "filing", "announcement",
        "communique", "communiqué", "tweet", "post", "document", "documents", "summary", "notice", "email",
        "e-mail", "website", "account", "spokesman", "spokeswoman", "spokesperson",
    ];

    /// <summary>Title-case cues of headlines (<c>Clinton Says Trump Is Unfit</c>): verb forms that are never part of a
    /// name, unlike "State" or "Post". As written.</summary>
    private static readonly WordSet s_headlineCues = WordSet.Create(WordCasing.Ordinal,
    [
        "Says", "Said", "Tells", "Told", "Tweets", "Tweeted", "Slams", "Blasts", "Warns", "Warned", "Urges", "Urged", "Claims",
        "Admits", "Denies", "Vows", "Vowed", "Insists", "Argues", "Accuses", "Praises", "Rips", "Defends", "Dismisses",
        "Predicts", "Suggests", "Thinks",
    ]);

    /// <summary>Stems of naming verbs, which take an object before their quoted complement (<c>called Trump “a liar”</c>).</summary>
    private static readonly string[] s_namingVerbStems = ["call", "describ", "label", "dub", "brand", "term"];

    /// <summary>Gets the multi-word cues, keyed by their first word, longest continuation first (any case).</summary>
    public static PhraseSet Phrases { get; } = new(WordCasing.IgnoreCase, s_phrases);

    /// <summary>Gets the title-case verb forms that are cues even when capitalized mid-sentence (headlines).</summary>
    public static WordSet HeadlineCues => s_headlineCues;

    /// <summary>Gets the passive participles that frame a cue with <c>as</c> (<c>was quoted as saying</c>, <c>is cited as
    /// saying</c>), as written.</summary>
    public static WordSet PassiveFrames { get; } = WordSet.Create(WordCasing.Ordinal, "quoted", "cited");

    /// <summary>Gets the words that can head a speaker noun phrase that is not a name or a pronoun (any case).</summary>
    public static WordSet SpeakerNouns { get; } = WordSet.Create(WordCasing.IgnoreCase, s_speakerNouns);

    /// <summary>Gets the heads of a document-like speaker whose words belong to the organization it comes from (any case).</summary>
    public static WordSet DocumentNouns { get; } = WordSet.Create(WordCasing.IgnoreCase, s_documentNouns);

    /// <summary>Whether <paramref name="verb"/> is a naming verb (<c>called</c>, <c>described</c>, <c>dubbed</c>), which
    /// takes an object before its quoted complement.</summary>
    public static bool IsNamingVerb(ReadOnlySpan<char> verb)
    {
        foreach (string stem in s_namingVerbStems)
        {
            if (verb.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
