namespace NewsNlp;

/// <summary>The words the quote finder reads besides the reporting verbs and speaker nouns of
/// <see cref="ReportingLexicon"/>: what is no name, what makes a name an organization's, titles and the gender of a
/// title or given name, and the function words its subject, cue and reported-speech rules stop at or skip. Each list is
/// one static field, read through one predicate; every set is built once, and each predicate is one lookup.</summary>
internal static class QuoteWords
{
    /// <summary>Capitalized words that are no name (or part of one): the function words but auxiliaries and contractions
    /// (<see cref="FunctionWords"/>: determiners, pronouns, wh-words, prepositions, conjunctions, negations, function
    /// adverbs, interjections; not <c>Will</c>, <c>Can</c>, <c>Do</c>, and not the name particles <c>Al</c>, <c>De</c>), the
    /// months, weekdays, days named from today and time adverbs (<see cref="CalendarWords"/>; <c>May</c> too), the AP
    /// month abbreviations with their period, and the page and reporting words a capitalized sentence opens with. Not the
    /// indefinite and reflexive pronouns (<see cref="FunctionWordKinds.OtherPronoun"/>) and <c>several</c>, <c>few</c>,
    /// which open a sentence as its subject (<c>Others say</c>, <c>Someone called it</c>, <c>Several said</c>), nor
    /// <c>whenever</c>, as before (<c>Whenever asked, they …</c> then loses its only subject and attribution).</summary>
    private static readonly WordSet s_notNames = WordSet.Union(WordCasing.IgnoreCase,
        FunctionWordSet(FunctionWordKinds.Determiner | FunctionWordKinds.SubjectPronoun | FunctionWordKinds.ObjectPronoun | FunctionWordKinds.Wh
            | FunctionWordKinds.Preposition | FunctionWordKinds.Conjunction | FunctionWordKinds.Negation | FunctionWordKinds.Adverb
            | FunctionWordKinds.Interjection, FunctionWordKinds.Auxiliary | FunctionWordKinds.Contraction).Words.Where(w => w is not ("several" or "few" or "whenever")),
        CalendarWords.Words.Where(w => (w.Facets & (CalendarFacets.Month | CalendarFacets.Weekday | CalendarFacets.RelativeDay
            | CalendarFacets.TimeAdverb)) != 0).Words,
        ["jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."],
        [
            "according", "asked", "said", "says", "read", "click", "watch", "related", "see", "one", "two", "three", "let", "having",
            "thank", "thanks", "dear",
        ]);

    /// <summary>Cardinal number words, which open a tally rather than reported speech after "added" (<c>added three
    /// assists</c>).</summary>
    private static readonly WordSet s_cardinals = WordSet.Create(WordCasing.IgnoreCase,
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens", "hundreds");

    /// <summary>Pronouns that can be a speaker: the subject pronouns (<c>he</c>, <c>they</c>, <c>who</c>), not contracted
    /// (<c>he's</c> is one word here).</summary>
    private static readonly WordSet s_subjectPronouns = FunctionWordSet(FunctionWordKinds.SubjectPronoun, FunctionWordKinds.Contraction);

    /// <summary>Subject pronouns that open the reported clause after an adjunct (<c>said on Tuesday he would …</c>); not
    /// <c>who</c>, which opens a relative clause (<c>told supporters who …</c>).</summary>
    private static readonly WordSet s_clausePronouns =
        FunctionWordSet(FunctionWordKinds.SubjectPronoun, FunctionWordKinds.Contraction | FunctionWordKinds.Wh);

    /// <summary>Words that stand between a subject and its reporting verb without ending the subject search (<c>has also
    /// repeatedly said</c>): auxiliaries, negations and function adverbs (<see cref="FunctionWords"/>, not contracted), the
    /// time adverbs <c>earlier</c>, <c>later</c>, <c>recently</c>, and the floating quantifiers and adverbs of this list
    /// (<c>they all said</c>, <c>first said</c>, <c>has long said</c>) with the manner adverbs in <c>-ly</c> it names for the
    /// rules that do not test the ending. Not <c>am</c>: in any case it would skip the <c>Am</c> of <c>Pan Am said</c>.</summary>
    private static readonly WordSet s_auxiliaries = WordSet.Union(WordCasing.IgnoreCase,
        FunctionWordSet(FunctionWordKinds.Auxiliary | FunctionWordKinds.Negation | FunctionWordKinds.Adverb, FunctionWordKinds.Contraction)
            .Words.Where(w => w != "am"),
        CalendarWords.Words.Where(w => (w.Facets & CalendarFacets.TimeAdverb) != 0).Words.Where(w => w is not ("last" or "next")),
        [
            "all", "both", "since", "first", "long", "previously", "repeatedly", "reportedly", "quickly", "flatly", "publicly",
            "strongly", "privately", "openly", "separately", "initially", "subsequently", "simply", "explicitly", "bluntly",
            "clearly", "loudly", "angrily", "emphatically", "falsely", "wrongly", "rightly", "correctly", "frequently",
            "routinely", "consistently",
        ]);

    /// <summary>Words that, directly before a verb-looking cue, show it is not a verb (<c>the said company</c>, <c>his
    /// claims</c>, <c>in remarks</c>); also the determiner taken with a participle's subject: the articles, demonstratives
    /// and possessives (<see cref="FunctionWords"/>; not <c>that</c>: <c>the report that said</c>), and local lists of
    /// quantifiers, prepositions, wh-words and a document's adjectives (<c>a joint statement</c>). Not all quantifiers,
    /// prepositions and wh-words: a quantifier is often the subject (<c>many argue</c>, <c>several said</c>), a
    /// preposition that is also a conjunction opens a clause (<c>has since said</c>, <c>after saying</c>), and a wh-word
    /// a question (<c>why she forgave</c>); with them PolNeAR train recall fell.</summary>
    private static readonly WordSet s_cueDeterminers = WordSet.Union(WordCasing.IgnoreCase,
        FunctionWordSet(FunctionWordKinds.Article | FunctionWordKinds.Demonstrative | FunctionWordKinds.Possessive, FunctionWordKinds.Contraction)
            .Words.Where(w => w != "that"),
        ["no", "any", "every", "each", "such", "another", "some"],
        ["of", "in", "on", "at", "for", "with", "by", "from", "to"],
        ["which", "what", "whom"],
        ["new", "first", "last", "latest", "recent", "own", "public", "written", "joint", "official", "brief"]);

    /// <summary>Small words a title keeps in lower case (<c>“Lord of the Rings”</c>). A local list, not all articles,
    /// prepositions and coordinators: with <c>or</c> and <c>through</c>, quoted slogans (<c>“Bernie or Jill, No Hill”</c>,
    /// <c>‘Slipped through the Cracks’</c>) would be dropped as titles.</summary>
    private static readonly WordSet s_titleSmallWords =
        WordSet.Create(WordCasing.Ordinal, "of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with");

    /// <summary>Forms of <c>be</c> that make the verb after them passive (not negated: <c>isn't</c>).</summary>
    private static readonly WordSet s_beForms = FunctionWordSet(FunctionWordKinds.BeVerb, FunctionWordKinds.Negation);

    /// <summary>Prepositions (a name after one is a place or an object, not a subject; reported content opening with one
    /// is an adjunct), as written. A local list, not all of <see cref="FunctionWordKinds.Preposition"/>: content opening
    /// with <c>between</c>, <c>despite</c>, <c>per</c>, <c>upon</c> is reported speech to keep (<c>reported between
    /// $5,000 and $15,000 in income</c>), and <c>out</c>, <c>up</c>, <c>off</c> after a verb are its particle (<c>lashed
    /// out at</c>, <c>ruled out</c>); with them PolNeAR train recall and speaker accuracy fell.</summary>
    private static readonly WordSet s_prepositions = WordSet.Create(WordCasing.Ordinal,
    [
        "on", "in", "at", "for", "with", "by", "from", "of", "to", "about", "over", "under", "after", "before", "during", "into",
        "onto", "against", "among", "through", "like", "On", "In", "At", "For", "With", "By", "From", "After", "Before",
        "During", "Like",
    ]);

    /// <summary>Words that open a subject phrase (<c>the gambling tycoon told Reuters</c>): the articles and
    /// <c>another</c>.</summary>
    private static readonly WordSet s_subjectArticles = WordSet.Union(WordCasing.IgnoreCase, FunctionWordSet(FunctionWordKinds.Article).Words, ["another"]);

    /// <summary>Determiners a nominal subject's modifiers are taken back to (<c>the</c> in <c>the senior official</c>):
    /// the articles, <c>another</c> and <c>some</c>.</summary>
    private static readonly WordSet s_nominalOpeners = WordSet.Union(WordCasing.IgnoreCase, s_subjectArticles.Words, ["some"]);

    /// <summary>Words a nominal subject's modifiers never reach past: conjunctions, subordinators ("The crowd grew restless
    /// as police said …" is the police's) and prepositions, in lower case. A local
    /// list, not all coordinators and prepositions: <c>of</c>, <c>about</c>, <c>over</c>, <c>out</c> and a capitalized
    /// <c>At</c> belong to the nominal (<c>52 percent of registered voters</c>, <c>about half of voters</c>, <c>four out of
    /// 10 voters</c>, <c>At least half of voters</c>), and a capitalized <c>That</c> is its determiner (<c>That letter
    /// demanded</c>).</summary>
    private static readonly WordSet s_nominalStops =
        WordSet.Create(WordCasing.Ordinal, "that", "and", "or", "but", "in", "on", "at", "to", "with", "by", "from",
            "as", "when", "while", "after", "before", "because", "if", "since", "than", "though", "although", "until", "unless");

    /// <summary>Conjunctions that open an adjunct clause after a cue (<c>said when asked</c>). A local list, not the
    /// subordinators: <c>that</c>, <c>whether</c>, <c>although</c>, <c>once</c> open the reported clause itself (<c>asked
    /// whether …</c>, <c>said although the vote was …</c>).</summary>
    private static readonly WordSet s_adjunctConjunctions =
        WordSet.Create(WordCasing.Ordinal, "when", "as", "while", "after", "before", "because", "if", "during", "since");

    /// <summary>Capitalized words that open a fronted adverbial before the subject (<c>When asked, …</c>), besides
    /// prepositions and participles.</summary>
    private static readonly WordSet s_frontedOpeners = WordSet.Create(WordCasing.Ordinal,
        "When", "While", "As", "Asked", "Earlier", "Later", "Despite", "Although", "Though", "Since", "If", "Because", "Once");

    /// <summary>Subordinators that open a fronted adverbial clause whose cues report background, not the sentence's
    /// statement (<c>Although no group claimed responsibility, …</c>, <c>If she wins, …</c>). Not <c>as</c>: <c>As Doe
    /// said, …</c> attributes what follows; not the temporal ones (<c>when</c>, <c>after</c>), whose clause often is the
    /// attribution (<c>When asked, Doe said …</c> keeps its main cue either way).</summary>
    private static readonly WordSet s_clauseSubordinators = WordSet.Create(WordCasing.IgnoreCase,
        "although", "though", "while", "whereas", "because", "if", "unless");

    /// <summary>Object pronouns a <c>told</c> cue's listener can be (<c>told him</c>, <c>told you</c>).</summary>
    private static readonly WordSet s_listenerPronouns = FunctionWordSet(FunctionWordKinds.ObjectPronoun);

    /// <summary>Participles that open an adjunct after a cue (<c>said, drawing applause</c>).</summary>
    private static readonly WordSet s_adjunctParticiples = WordSet.Create(WordCasing.Ordinal,
        "drawing", "eliciting", "prompting", "sparking", "earning", "pointing", "gesturing", "speaking", "standing", "sitting", "dressed");

    /// <summary>Participles that report a second statement after a comma inside reported content (<c>Clinton attacked
    /// Trump, saying he would …</c>; <c>defended the plan, calling it “a necessity”</c>): PolNeAR annotates the object
    /// of the first verb and the participle's clause as two attributions of one speaker. Not <c>telling</c> (a
    /// listener follows) nor the adjunct participles above.</summary>
    private static readonly WordSet s_reportingParticiples = WordSet.Create(WordCasing.Ordinal,
        "saying", "adding", "arguing", "calling", "claiming", "noting", "insisting", "warning", "accusing", "describing",
        "asserting", "stressing", "suggesting", "contending", "declaring", "explaining", "predicting", "vowing", "writing");

    /// <summary>The means a statement is made by (<c>said by telephone</c>): after <c>by</c> they leave a reporting verb a
    /// cue, where an agent (<c>reported by the government</c>) makes it a participle.</summary>
    private static readonly WordSet s_media = WordSet.Create(WordCasing.IgnoreCase,
        "telephone", "phone", "email", "e-mail", "text", "video", "videolink", "satellite", "letter");

    /// <summary>Time words skipped after a cue (<c>said Tuesday</c>, <c>said last week</c>, <c>said tonight</c>): the
    /// weekdays, days named from today, parts of a day and time adverbs of <see cref="CalendarWords"/>, and <c>week</c>.
    /// Not <c>afternoon</c> (the list never had it): skipping it in <c>…, lawmakers said Friday afternoon, as they …</c>
    /// leaves only the adjunct, which is dropped, and the content before such a cue is not looked for.</summary>
    private static readonly WordSet s_timeWords = WordSet.Union(WordCasing.IgnoreCase,
        CalendarWords.Words.Where(w => (w.Facets & (CalendarFacets.Weekday | CalendarFacets.RelativeDay | CalendarFacets.DayPart
            | CalendarFacets.TimeAdverb)) != 0).Words.Where(w => w != "afternoon"),
        ["week"]);

    /// <summary>Nouns whose speaker is an organization (resolves <c>it</c>): the organization words that stand alone for
    /// one (<see cref="OrganizationFacets.CommonNoun"/>: <c>the company</c>, <c>the ministry</c>) and the documents an
    /// organization issues (<c>the statement</c>, <c>the report</c>; not <see cref="ReportingLexicon.DocumentNouns"/>,
    /// which holds spokespeople too).</summary>
    private static readonly WordSet s_organizationNouns = WordSet.Union(WordCasing.IgnoreCase,
        OrganizationWords.Words.Where(f => (f & OrganizationFacets.CommonNoun) != 0).Words,
        ["statement", "readout", "report", "study", "survey", "poll", "memo", "letter", "release", "filing", "transcript", "website"]);

    /// <summary>Plurals without a final s (<c>people</c>, <c>police</c>), for telling a group from one person.</summary>
    private static readonly WordSet s_irregularPlurals = WordSet.Create(WordCasing.Ordinal, "people", "police", "staff", "men", "women");

    /// <summary>Singular nouns ending in s.</summary>
    private static readonly WordSet s_singularsInS = WordSet.Create(WordCasing.Ordinal, "press", "news");

    /// <summary>Whether the capitalized <paramref name="word"/> is no name: a function, calendar or page word.</summary>
    public static bool IsNotName(ReadOnlySpan<char> word) => s_notNames.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a number: digits first ("12", "3-pointer"), or a cardinal number word.</summary>
    public static bool IsCount(ReadOnlySpan<char> word) => word.Length > 0 && (char.IsAsciiDigit(word[0]) || s_cardinals.Contains(word));

    /// <summary>Whether a capitalized run ending (or starting) with <paramref name="word"/> names an organization: a head,
    /// company suffix, outlet word or one-word name of <see cref="OrganizationWords"/> (<c>Ministry</c>, <c>Corp.</c>,
    /// <c>Times</c>, <c>NATO</c>) or a news agency (<see cref="Agencies"/>: <c>AP</c>, <c>Reuters</c>); a possessive counts
    /// (<c>the ministry's</c>).</summary>
    public static bool IsOrganizationWord(ReadOnlySpan<char> word)
    {
        if (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
        {
            word = word[..^2];
        }

        return OrganizationWords.Is(word, OrganizationFacets.Head | OrganizationFacets.CompanySuffix | OrganizationFacets.Media | OrganizationFacets.Name)
            || Agencies.Find(word) is not null;
    }

    /// <summary>Whether <paramref name="word"/> is a title that stands before a name by itself: an honorific, a head or a
    /// name affix of <see cref="Titles"/> (<c>Mr.</c>, <c>Sen.</c>, <c>Professor</c>, <c>Sheikh</c>, <c>Jr.</c>). Not a single
    /// letter: <c>M.</c> before a name is an initial (<c>M. Dane Waters</c>), not <c>Monsieur</c>.</summary>
    public static bool IsTitleHead(ReadOnlySpan<char> word) =>
        word.TrimEnd('.').Length > 1 && Titles.Is(word, TitleFacets.Honorific | TitleFacets.Head | TitleFacets.NameAffix);

    /// <summary>Whether <paramref name="word"/> qualifies a title (<c>Foreign</c>, <c>former</c>, <c>White House</c>,
    /// <c>Actor</c>) or names its country (<c>Chinese</c>, <c>U.S.</c>): a modifier or occupation of <see cref="Titles"/>, or
    /// a capitalized demonym or country name (<see cref="PlaceIndex"/>). Such a word belongs to a title only next to
    /// another title word: <c>First Chicago</c>, <c>National Westminster</c>, <c>Swiss Bank</c> are names.</summary>
    public static bool IsTitleModifier(ReadOnlySpan<char> word) =>
        Titles.Is(word, TitleFacets.Modifier | TitleFacets.Occupation)
        || (word.Length > 1 && char.IsUpper(word[0]) && (PlaceIndex.Default.TryGetDemonym(word, out _) || PlaceIndex.Default.TryGetCountry(word, out _)));

    /// <summary>The gender a title or given name tells (<see cref="Titles.GenderOf"/>, then <see cref="FirstNames"/>; periods
    /// at its end ignored): <c>'m'</c>, <c>'f'</c> or <c>'\0'</c>. A single letter is an initial and tells none.</summary>
    public static char GenderOf(ReadOnlySpan<char> word)
    {
        ReadOnlySpan<char> w = word.TrimEnd('.');
        if (w.Length <= 1)
        {
            return '\0';
        }

        char title = Titles.GenderOf(w);
        return title != '\0' ? title : FirstNames.GenderOf(w);
    }

    /// <summary>Whether <paramref name="word"/> is a pronoun that can be a speaker.</summary>
    public static bool IsSpeakerPronoun(ReadOnlySpan<char> word) => s_subjectPronouns.Contains(word);

    /// <summary>Whether <paramref name="word"/> may stand between a subject and its cue (<c>has also said</c>).</summary>
    public static bool IsAuxiliary(ReadOnlySpan<char> word) => s_auxiliaries.Contains(word);

    /// <summary>Whether a verb-looking cue after <paramref name="word"/> is a noun (<c>the said company</c>).</summary>
    public static bool IsCueDeterminer(ReadOnlySpan<char> word) => s_cueDeterminers.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a small word a title keeps in lower case.</summary>
    public static bool IsTitleSmallWord(ReadOnlySpan<char> word) => s_titleSmallWords.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a form of <c>be</c> that makes the verb after it passive (<c>was
    /// told</c>, <c>Were Told</c>); <c>am</c> only in lower case: <c>Am</c> and <c>AM</c> are a name's or a time's
    /// (<c>Pan Am said</c>, <c>AM International said</c>).</summary>
    public static bool IsBeForm(ReadOnlySpan<char> word) =>
        word is "am" || (s_beForms.Contains(word) && !word.Equals("am", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether <paramref name="word"/> is a preposition.</summary>
    public static bool IsPreposition(ReadOnlySpan<char> word) => s_prepositions.Contains(word);

    /// <summary>Whether <paramref name="word"/> is an article that opens a subject phrase.</summary>
    public static bool IsSubjectArticle(ReadOnlySpan<char> word) => s_subjectArticles.Contains(word);

    /// <summary>Whether a nominal subject's modifiers are taken back to <paramref name="word"/> and no further.</summary>
    public static bool IsNominalOpener(ReadOnlySpan<char> word) => s_nominalOpeners.Contains(word);

    /// <summary>Whether a nominal subject's modifiers stop before <paramref name="word"/>.</summary>
    public static bool IsNominalStop(ReadOnlySpan<char> word) => s_nominalStops.Contains(word);

    /// <summary>Whether <paramref name="word"/> opens a fronted adverbial (<c>When asked, …</c>).</summary>
    public static bool IsFrontedOpener(ReadOnlySpan<char> word) => s_frontedOpeners.Contains(word);

    /// <summary>Whether <paramref name="word"/> opens a fronted adverbial clause whose cues report background.</summary>
    public static bool IsClauseSubordinator(ReadOnlySpan<char> word) => s_clauseSubordinators.Contains(word);

    /// <summary>Whether <paramref name="word"/> is an object pronoun a <c>told</c> cue's listener can be.</summary>
    public static bool IsListenerPronoun(ReadOnlySpan<char> word) => s_listenerPronouns.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a participle that reports a second statement after a comma
    /// (<c>…, saying</c>, <c>…, calling</c>).</summary>
    public static bool IsReportingParticiple(ReadOnlySpan<char> word) => s_reportingParticiples.Contains(word);

    /// <summary>Whether <paramref name="word"/> opens an adjunct after a cue (<c>when asked</c>, <c>drawing applause</c>).</summary>
    public static bool IsAdjunctOpener(ReadOnlySpan<char> word) => s_adjunctConjunctions.Contains(word) || s_adjunctParticiples.Contains(word);

    /// <summary>Whether <paramref name="word"/> opens a participle clause whose subject is the sentence's (<c>before
    /// saying</c>, <c>after describing</c>, <c>while chanting</c>); not "as" (<c>quoted as saying</c>, a frame) nor "when"
    /// (<c>when reporting data</c>, rarely speech).</summary>
    public static bool IsSequenceConjunction(ReadOnlySpan<char> word) => word is "before" or "after" or "while";

    /// <summary>Whether <paramref name="word"/> is a subject pronoun that opens a reported clause.</summary>
    public static bool IsClausePronoun(ReadOnlySpan<char> word) => s_clausePronouns.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a time word skipped after a cue.</summary>
    public static bool IsTimeWord(ReadOnlySpan<char> word) => s_timeWords.Contains(word);

    /// <summary>Whether <paramref name="word"/> names one politician by party (<c>Republican</c>, <c>Democrat</c>,
    /// <c>independent</c>; "the Wisconsin Republican"; not "the Independent", a newspaper). Does not allocate.</summary>
    public static bool IsPartyMember(ReadOnlySpan<char> word) =>
        word.Equals("republican", StringComparison.OrdinalIgnoreCase) || word.Equals("democrat", StringComparison.OrdinalIgnoreCase)
        || word.SequenceEqual("independent");

    /// <summary>Whether <paramref name="word"/> names a person by age (<c>46-year-old</c>, <c>12-year-olds</c>): digits, then
    /// "-year-old" or "-year-olds".</summary>
    public static bool IsAgeNoun(ReadOnlySpan<char> word)
    {
        int d = 0;
        while (d < word.Length && char.IsAsciiDigit(word[d]))
        {
            d++;
        }

        ReadOnlySpan<char> rest = word[d..];
        return d > 0 && (rest.Equals("-year-old", StringComparison.Ordinal) || rest.Equals("-year-olds", StringComparison.Ordinal));
    }

    /// <summary>Whether <paramref name="word"/> is a form of "tell" (<c>told</c>, <c>tells</c>, <c>telling</c>).</summary>
    public static bool IsTell(ReadOnlySpan<char> word) =>
        word.StartsWith("tell", StringComparison.OrdinalIgnoreCase) || word.Equals("told", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the cue verb <paramref name="word"/> takes its listener right after it (<c>told NBC News</c>,
    /// <c>asked reporters</c>, <c>urged lawmakers</c>): the name that follows such a verb is no inverted subject.</summary>
    public static bool TakesListener(ReadOnlySpan<char> word) =>
        IsTell(word) || word.StartsWith("ask", StringComparison.OrdinalIgnoreCase) || word.StartsWith("urg", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("remind", StringComparison.OrdinalIgnoreCase) || word.StartsWith("assur", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("inform", StringComparison.OrdinalIgnoreCase) || word.StartsWith("warn", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="word"/> names the means of a statement (<c>by telephone</c>, <c>by email</c>).</summary>
    public static bool IsMedium(ReadOnlySpan<char> word) => s_media.Contains(word);

    /// <summary>Whether a nominal speaker headed by <paramref name="word"/> is an organization.</summary>
    public static bool IsOrganizationNoun(ReadOnlySpan<char> word) => s_organizationNouns.Contains(word);

    /// <summary>Whether <paramref name="word"/> ends with a possessive 's (<c>victim's</c>, <c>China’s</c>).</summary>
    public static bool IsPossessive(ReadOnlySpan<char> word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal);

    /// <summary>Whether the noun <paramref name="word"/> is a plural (<c>officials</c>, <c>people</c>; not <c>press</c>).</summary>
    public static bool IsPlural(ReadOnlySpan<char> word) =>
        word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !s_singularsInS.Contains(word) || s_irregularPlurals.Contains(word);

    /// <summary>The gender a speaker noun tells (<c>spokeswoman</c>, <c>mother</c>: <c>'f'</c>; <see cref="Titles.GenderOf"/>),
    /// or <c>'\0'</c>.</summary>
    public static char NounGender(ReadOnlySpan<char> word) => Titles.GenderOf(word);

    /// <summary>The function words of any of the kinds <paramref name="any"/> and none of <paramref name="except"/>.</summary>
    private static WordSet FunctionWordSet(FunctionWordKinds any, FunctionWordKinds except = FunctionWordKinds.None) =>
        FunctionWords.Words.Where(k => (k & any) != 0 && (k & except) == 0);
}
