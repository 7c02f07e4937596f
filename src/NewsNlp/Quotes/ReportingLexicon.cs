using System.Collections.Frozen;

namespace NewsNlp;

/// <summary>The words that make a sentence an attribution: reporting verbs in every inflection, the
/// multi-word cues (<c>called for</c>, <c>according to</c>), and the nouns and pronouns that can be speakers.</summary>
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
        "announce", "proclaim", "proclaims", "proclaimed",
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
        "argue", "reckon", "reckons", "reckoned",
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
        "acknowledge", "affirm", "affirms", "affirmed",
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
        "explain", "elaborate", "elaborated", "elaborates",
        "recount", "tweet", "retweeted",
        "interject", "interjected", "interrupted",
        "concede", "admonish", "admonished", "chide", "chided", "scold", "scolded", "rebuke", "rebuked",
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
        "detail", "details", "reason", "plan", "estimate", "estimates", "forecast", "forecasts",
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

    private static readonly string[] s_pronouns =
    [
        "he", "she", "they", "it", "we", "i", "you", "who",
    ];

    // Words that stand between a subject and its reporting verb without ending the subject search.
    private static readonly string[] s_auxiliaries =
    [
        "has", "have", "had", "is", "was", "were", "are", "be", "been", "will", "would", "could", "can", "may",
        "might", "should", "shall", "must", "did", "does", "do", "also", "later", "previously", "then",
        "repeatedly", "reportedly", "again", "further", "recently", "quickly", "flatly", "publicly", "strongly",
        "first", "once", "just", "even", "still", "often", "never", "not", "already", "since", "both", "all",
        "has", "had", "privately", "openly", "separately", "earlier", "initially", "subsequently", "simply",
        "explicitly", "bluntly", "clearly", "loudly", "angrily", "emphatically", "falsely", "wrongly", "rightly",
        "correctly", "recently", "frequently", "routinely", "consistently", "long", "always", "has", "n't",
        "didn't", "doesn't", "don't", "hasn't", "haven't", "wouldn't", "won't", "couldn't", "isn't", "wasn't",
    ];

    // Words that, directly before a verb-looking cue, show it is not a verb ("the said company", "a report").
    private static readonly string[] s_determiners =
    [
        "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your", "no",
        "any", "every", "each", "such", "another", "of", "in", "on", "at", "for", "with", "by", "from", "some",
        "new", "first", "last", "latest", "recent", "own", "public", "written", "joint", "official", "brief",
        "to", "whose", "which", "what", "whom",
    ];

    private static readonly string[] s_titles =
    [
        "mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "adm", "prof",
        "president", "vice", "secretary", "senator", "representative", "governor", "mayor", "minister",
        "prime", "foreign", "chancellor", "king", "queen", "prince", "princess", "pope", "judge", "justice",
        "chief", "general", "attorney", "speaker", "leader", "chairman", "chairwoman", "ambassador", "director",
        "commissioner", "sheriff", "deputy", "assistant", "former", "u.s.", "state", "commerce", "defense",
        "treasury", "homeland", "security", "sir", "lord", "lady", "dame", "rev", "reverend", "father", "bishop",
        "cardinal", "rabbi", "imam", "coach", "officer", "detective", "inspector", "superintendent", "premier",
        "congressman", "congresswoman", "councilman", "councilwoman", "spokesman", "spokeswoman", "candidate",
        "nominee", "presidential", "democratic", "republican", "gop", "house", "senate", "majority", "minority",
        "whip", "ceo", "cfo", "founder", "economist", "analyst", "chinese", "russian", "american", "british",
        "french", "german", "japanese", "indian", "israeli", "iranian", "ukrainian", "former", "then", "acting",
        "interim", "incoming", "outgoing", "sens", "reps", "govs", "messrs", "st", "jr", "sr",
    ];

    private static readonly string[] s_maleTitles = ["mr", "sir", "lord", "king", "prince", "father", "congressman", "chairman", "spokesman", "councilman", "messrs", "rev", "pope", "cardinal", "bishop"];

    private static readonly string[] s_femaleTitles = ["mrs", "ms", "miss", "lady", "dame", "queen", "princess", "congresswoman", "chairwoman", "spokeswoman", "councilwoman"];

    private static readonly string[] s_maleNames =
    [
        "donald", "joe", "barack", "bill", "george", "john", "james", "robert", "michael", "william", "david",
        "richard", "joseph", "thomas", "charles", "christopher", "daniel", "matthew", "anthony", "antony", "mark",
        "paul", "steven", "steve", "andrew", "kenneth", "joshua", "kevin", "brian", "edward", "ronald", "timothy",
        "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin",
        "scott", "brandon", "benjamin", "ben", "samuel", "gregory", "frank", "alexander", "raymond", "patrick",
        "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam", "henry", "nathan", "douglas", "zachary",
        "peter", "kyle", "walter", "ethan", "jeremy", "harold", "keith", "christian", "roger", "noah", "gerald",
        "carl", "terry", "sean", "austin", "arthur", "lawrence", "jesse", "dylan", "bryan", "jordan", "billy",
        "bruce", "albert", "willie", "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy",
        "eugene", "vincent", "russell", "elijah", "louis", "bobby", "philip", "johnny", "mike", "jim", "tom",
        "ted", "marco", "jeb", "rand", "chris", "mitch", "paul", "newt", "rudy", "mitt", "reince", "sean",
        "rick", "bernie", "tim", "mike", "vladimir", "xi", "emmanuel", "boris", "rishi", "justin", "narendra",
        "recep", "benjamin", "kim", "volodymyr", "olaf", "jair", "luiz", "andres", "pedro", "ali", "mohammed",
        "muhammad", "ahmed", "hassan", "hussein", "abdul", "omar", "jean", "pierre", "hans", "karl", "ivan",
        "sergei", "dmitry", "alexei", "wang", "li", "qin", "jared", "eric", "newt", "corey", "kellyanne",
        "lindsey", "orrin", "harry", "chuck", "nancy", "elizabeth", "kirsten", "dick", "al", "howard", "jay",
        "stan", "ken", "ron", "don", "dan", "sam", "nick", "matt", "greg", "jeff", "doug", "bob", "rob", "tony",
        "andy", "pat", "phil", "fred", "hank", "ed", "lou", "luke", "max", "leo", "hugo", "felix", "oscar",
    ];

    private static readonly string[] s_femaleNames =
    [
        "hillary", "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah",
        "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna",
        "michelle", "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon",
        "laura", "cynthia", "kathleen", "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela",
        "nicole", "emma", "samantha", "katherine", "christine", "debra", "rachel", "catherine", "carolyn",
        "janet", "ruth", "maria", "heather", "diane", "virginia", "julie", "joyce", "victoria", "olivia",
        "kelly", "christina", "lauren", "joan", "evelyn", "judith", "megan", "cheryl", "andrea", "hannah",
        "martha", "jacqueline", "frances", "gloria", "ann", "teresa", "kathryn", "sara", "janice", "jean",
        "alice", "madison", "doris", "abigail", "julia", "judy", "grace", "denise", "amber", "marilyn",
        "beverly", "danielle", "theresa", "sophia", "marie", "diana", "brittany", "natalie", "isabella",
        "charlotte", "rose", "alexis", "kayla", "gina", "kamala", "melania", "ivanka", "chelsea", "huma",
        "kellyanne", "sarah", "nikki", "condoleezza", "madeleine", "angela", "theresa", "ursula", "jacinda",
        "liz", "kate", "katie", "kathy", "sue", "deb", "jill", "jane", "janet", "tulsi", "elise", "marsha",
        "susana", "debbie", "donna", "loretta", "sheryl", "carly", "michele", "claire", "dianne", "barbara",
        "patty", "tammy", "maxine", "sheila", "valerie", "ileana", "mia", "cathy", "heidi", "jeanne",
    ];

    public static FrozenSet<string> Verbs { get; } = s_verbs.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbLookup { get; } = Verbs.GetAlternateLookup<ReadOnlySpan<char>>();

    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WeakVerbLookup { get; } =
        s_weakVerbs.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Multi-word cues keyed by their first word; each value lists the remaining words.</summary>
    public static FrozenDictionary<string, string[][]> Phrases { get; } = BuildPhrases();

    public static FrozenDictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> PhraseLookup { get; } =
        Phrases.GetAlternateLookup<ReadOnlySpan<char>>();

    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeakerNouns { get; } = Lookup(s_speakerNouns);

    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DocumentNouns { get; } = Lookup(s_documentNouns);

    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronouns { get; } = Lookup(s_pronouns);

    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries { get; } = Lookup(s_auxiliaries);

    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners { get; } = Lookup(s_determiners);

    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles { get; } = Lookup(s_titles);

    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MaleTitles { get; } = Lookup(s_maleTitles);

    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FemaleTitles { get; } = Lookup(s_femaleTitles);

    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MaleNames { get; } = Lookup(s_maleNames);

    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FemaleNames { get; } = Lookup(s_femaleNames);

    /// <summary>Number of distinct single-word cues plus multi-word cues.</summary>
    public static int Count => Verbs.Count + s_phrases.Length;

    /// <summary>A word set for span lookups, ignoring case.</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A word set for span lookups, case-sensitive (the words as written, capitalized forms listed apart).</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Exact(string[] words) =>
        words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, string[][]> BuildPhrases()
    {
        var map = new Dictionary<string, List<string[]>>(StringComparer.OrdinalIgnoreCase);
        foreach (string phrase in s_phrases)
        {
            string[] words = phrase.Split(' ');
            if (!map.TryGetValue(words[0], out List<string[]>? list))
            {
                list = [];
                map[words[0]] = list;
            }

            list.Add(words[1..]);
        }

        // Longest continuation first, so "made it clear" wins over a shorter phrase.
        return map.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value.OrderByDescending(x => x.Length).ToArray(),
            StringComparer.OrdinalIgnoreCase);
    }
}
