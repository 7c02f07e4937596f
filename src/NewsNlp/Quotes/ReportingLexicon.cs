namespace NewsNlp;

/// <summary>The words that make a sentence an attribution: reporting verbs in every inflection, the multi-word cues
/// (<c>called for</c>, <c>according to</c>), the headline and naming verbs, and the nouns that can be speakers. Each word
/// is listed once (a set rejects a repeat). The other words the quote finder reads are in <see cref="QuoteWords"/>.</summary>
internal static class ReportingLexicon
{
    // Reporting verbs: base, -s, past, past participle (when irregular), -ing. Speech verbs first, then
    // the verbs of stance and thought that news attributes just the same ("X believes that …").
    private static readonly string[] s_verbs =
    [
        "say", "says", "said", "saying",
        "tell", "tells", "told", "telling",
        "add", "adds", "added", "adding",
        "note", "notes", "noted", "noting",
        "urge", "urges", "urged", "urging",
        "decry", "decries", "decried", "decrying",
        "claim", "claims", "claimed", "claiming",
        "argue", "argues", "argued", "arguing",
        "assert", "asserts", "asserted", "asserting",
        "insist", "insists", "insisted", "insisting",
        "explain", "explains", "explained", "explaining",
        "state", "states", "stated", "stating",
        "declare", "declares", "declared", "declaring",
        "announce", "announces", "announced", "announcing",
        "warn", "warns", "warned", "warning",
        "suggest", "suggests", "suggested", "suggesting",
        "report", "reports", "reported", "reporting",
        "write", "writes", "wrote", "written", "writing",
        "tweet", "tweets", "tweeted", "tweeting",
        "acknowledge", "acknowledges", "acknowledged", "acknowledging",
        "admit", "admits", "admitted", "admitting",
        "deny", "denies", "denied", "denying",
        "confirm", "confirms", "confirmed", "confirming",
        "contend", "contends", "contended", "contending",
        "maintain", "maintains", "maintained", "maintaining",
        "stress", "stresses", "stressed", "stressing",
        "emphasize", "emphasizes", "emphasized", "emphasizing", "emphasise", "emphasised",
        "reiterate", "reiterates", "reiterated", "reiterating",
        "repeat", "repeats", "repeated",
        "remark", "remarks", "remarked",
        "comment", "comments", "commented",
        "observe", "observes", "observed",
        "recall", "recalls", "recalled", "recalling",
        "predict", "predicts", "predicted", "predicting",
        "promise", "promises", "promised", "promising",
        "pledge", "pledges", "pledged", "pledging",
        "vow", "vows", "vowed", "vowing",
        "threaten", "threatens", "threatened", "threatening",
        "demand", "demands", "demanded", "demanding",
        "ask", "asks", "asked", "asking",
        "reply", "replies", "replied", "replying",
        "respond", "responds", "responded", "responding",
        "answer", "answers", "answered",
        "counter", "counters", "countered", "countering",
        "retort", "retorts", "retorted",
        "quip", "quips", "quipped",
        "joke", "jokes", "joked", "joking",
        "complain", "complains", "complained", "complaining",
        "lament", "laments", "lamented", "lamenting",
        "criticize", "criticizes", "criticized", "criticizing", "criticise", "criticised",
        "condemn", "condemns", "condemned", "condemning",
        "blast", "blasts", "blasted", "blasting",
        "slam", "slams", "slammed", "slamming",
        "praise", "praises", "praised", "praising",
        "accuse", "accuses", "accused", "accusing",
        "charge", "charges", "charged",
        "allege", "alleges", "alleged", "alleging",
        "concede", "concedes", "conceded", "conceding",
        "agree", "agrees", "agreed",
        "disagree", "disagrees", "disagreed",
        "proclaim", "proclaims", "proclaimed",
        "describe", "describes", "described", "describing",
        "call", "calls", "called", "calling",
        "characterize", "characterizes", "characterized",
        "label", "labels", "labeled", "labelled",
        "dismiss", "dismisses", "dismissed", "dismissing",
        "reject", "rejects", "rejected", "rejecting",
        "estimate", "estimates", "estimated",
        "forecast", "forecasts", "forecasted",
        "indicate", "indicates", "indicated", "indicating",
        "signal", "signals", "signaled", "signalled", "signaling",
        "reveal", "reveals", "revealed", "revealing",
        "disclose", "discloses", "disclosed",
        "mention", "mentions", "mentioned", "mentioning",
        "boast", "boasts", "boasted", "boasting",
        "brag", "brags", "bragged", "bragging",
        "scoff", "scoffs", "scoffed",
        "shout", "shouts", "shouted", "shouting",
        "yell", "yells", "yelled",
        "exclaim", "exclaims", "exclaimed",
        "whisper", "whispers", "whispered",
        "cry", "cries", "cried",
        "plead", "pleads", "pleaded", "pled",
        "beg", "begs", "begged",
        "advise", "advises", "advised",
        "recommend", "recommends", "recommended",
        "propose", "proposes", "proposed",
        "caution", "cautions", "cautioned", "cautioning",
        "remind", "reminds", "reminded", "reminding",
        "assure", "assures", "assured", "assuring",
        "reassure", "reassured",
        "inform", "informs", "informed",
        "testify", "testifies", "testified", "testifying",
        "conclude", "concludes", "concluded", "concluding",
        "find", "finds", "found",
        "show", "shows", "showed",
        "posit", "posits", "posited",
        "speculate", "speculates", "speculated",
        "hint", "hints", "hinted",
        "imply", "implies", "implied",
        "point", "points", "pointed",
        "question", "questions", "questioned", "questioning",
        "wonder", "wonders", "wondered", "wondering",
        "believe", "believes", "believed",
        "think", "thinks", "thought",
        "feel", "feels", "felt",
        "hope", "hopes", "hoped",
        "expect", "expects", "expected",
        "fear", "fears", "feared",
        "worry", "worries", "worried",
        "know", "knows", "knew",
        "doubt", "doubts", "doubted",
        "want", "wants", "wanted",
        "plan", "plans", "planned",
        "intend", "intends", "intended",
        "reckon", "reckons", "reckoned",
        "recount", "recounts", "recounted",
        "detail", "details", "detailed",
        "outline", "outlines", "outlined",
        "summarize", "summarized",
        "post", "posts", "posted",
        "quote", "quotes", "quoted",
        "cite", "cites", "cited", "citing",
        "learn", "learns", "learned", "learnt",
        "hear", "hears", "heard",
        "insinuate", "insinuated",
        "muse", "mused",
        "opine", "opined",
        "reason", "reasoned",
        "rebut", "rebutted",
        "refute", "refuted",
        "retract", "retracted",
        "rule", "rules", "ruled",
        "order", "orders", "ordered",
        "instruct", "instructed",
        "affirm", "affirms", "affirmed",
        "attest", "attested",
        "aver", "averred",
        "mock", "mocks", "mocked",
        "ridicule", "ridiculed",
        "taunt", "taunted",
        "tout", "touts", "touted", "touting",
        "hail", "hails", "hailed",
        "welcome", "welcomes", "welcomed",
        "applaud", "applauds", "applauded",
        "defend", "defends", "defended", "defending",
        "protest", "protests", "protested",
        "object", "objects", "objected",
        "dispute", "disputes", "disputed",
        "challenge", "challenges", "challenged",
        "lambaste", "lambasted",
        "denounce", "denounces", "denounced", "denouncing",
        "attack", "attacks", "attacked", "attacking",
        "rail", "rails", "railed",
        "fume", "fumed",
        "snap", "snapped",
        "grumble", "grumbled",
        "concur", "concurred",
        "echo", "echoes", "echoed",
        "dub", "dubs", "dubbed", "brand", "brands", "branded", "term", "terms", "termed",
        "continue", "continues", "continued", "continuing",
        "elaborate", "elaborated", "elaborates",
        "retweeted",
        "interject", "interjected", "interrupted",
        "admonish", "admonished", "chide", "chided", "scold", "scolded", "rebuke", "rebuked",
        "lash", "lashed", "vent", "vented", "gush", "gushed", "rave", "raved", "sneer", "sneered",
        "sigh", "sighed",
    ];

    // Verbs of thought and stance that need an explicit complement ("that", a clause) to be attributions.
    private static readonly string[] s_weakVerbs =
    [
        "believe", "believes", "believed", "think", "thinks", "thought", "feel", "feels", "felt",
        "hope", "hopes", "hoped", "expect", "expects", "expected", "fear", "fears", "feared",
        "worry", "worries", "worried", "know", "knows", "knew", "doubt", "doubts", "doubted",
        "want", "wants", "wanted", "plan", "plans", "planned", "intend", "intends", "intended",
        "find", "finds", "found", "show", "shows", "showed", "learn", "learns", "learned", "learnt",
        "hear", "hears", "heard", "call", "calls", "called", "calling", "point", "points", "pointed",
        "state", "states", "report", "reports", "post", "posts", "order", "orders", "rule", "rules",
        "charge", "charges", "object", "objects", "question", "questions", "answer", "answers",
        "detail", "details", "reason", "estimate", "estimates", "forecast", "forecasts",
        "signal", "signals", "label", "labels", "quote", "quotes", "remark", "remarks", "comment",
        "comments", "attack", "attacks", "praise", "welcome", "welcomes", "hail", "hails", "protest",
        "protests", "dispute", "disputes", "challenge", "challenges", "defend", "defends", "demand",
        "demands", "promise", "promises", "warning", "concern", "concerns", "cry", "cries", "snap",
        "echo", "echoes", "counter", "counters", "mention", "mentions", "outline", "outlines",
        "predict", "predicts", "blast", "blasts", "slam", "slams", "reject", "rejects", "rejected", "rejecting", "describe", "describes", "described", "describing",
        "continue", "continues", "continued", "continuing",
        "dub", "dubs", "dubbed", "brand", "brands", "branded", "term", "terms", "termed",
    ];

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

    /// <summary>Gets the reporting verbs, in every inflection (any case).</summary>
    public static WordSet VerbLookup { get; } = WordSet.Create(WordCasing.IgnoreCase, s_verbs);

    /// <summary>Gets the verbs of thought and stance that report only with a complement (any case).</summary>
    public static WordSet WeakVerbLookup { get; } = WordSet.Create(WordCasing.IgnoreCase, s_weakVerbs);

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
