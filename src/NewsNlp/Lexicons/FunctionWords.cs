using static NewsNlp.FunctionWordKinds;

namespace NewsNlp;

/// <summary>The English closed-class words (determiners, pronouns, prepositions, conjunctions, auxiliaries,
/// negations, function adverbs, interjections) and the particles inside names, each listed once with its
/// <see cref="FunctionWordKinds"/>.</summary>
/// <remarks>Words are listed lower case; lookups ignore case. Open-class filler a stage skips (reporting verbs,
/// "said", manner adverbs, numbers) is not here: it belongs to that stage's rules.</remarks>
internal static class FunctionWords
{
    private static readonly WordTable<FunctionWordKinds> s_table = new(WordCasing.IgnoreCase,
    [
        // Determiners.
        ("a", Article), ("an", Article | NameParticle), ("the", Article),
        ("this", Demonstrative), ("that", Demonstrative | Subordinator), ("these", Demonstrative), ("those", Demonstrative),
        ("my", Possessive), ("your", Possessive), ("his", Possessive | OtherPronoun), ("her", Possessive | ObjectPronoun),
        ("its", Possessive), ("our", Possessive), ("their", Possessive), ("whose", Possessive | Wh),
        ("all", Quantifier), ("any", Quantifier), ("another", Quantifier), ("both", Quantifier), ("each", Quantifier),
        ("either", Quantifier), ("enough", Quantifier), ("every", Quantifier), ("few", Quantifier), ("less", Quantifier),
        ("least", Quantifier), ("many", Quantifier), ("more", Quantifier), ("most", Quantifier), ("much", Quantifier),
        ("neither", Quantifier), ("no", Quantifier | Negation | Interjection), ("other", Quantifier), ("several", Quantifier),
        ("some", Quantifier), ("such", Quantifier),

        // Pronouns.
        ("i", SubjectPronoun), ("you", SubjectPronoun | ObjectPronoun), ("he", SubjectPronoun), ("she", SubjectPronoun),
        ("it", SubjectPronoun | ObjectPronoun), ("we", SubjectPronoun), ("they", SubjectPronoun), ("who", SubjectPronoun | Wh),
        ("me", ObjectPronoun), ("him", ObjectPronoun), ("us", ObjectPronoun), ("them", ObjectPronoun), ("whom", ObjectPronoun | Wh),
        ("mine", OtherPronoun), ("yours", OtherPronoun), ("hers", OtherPronoun), ("ours", OtherPronoun), ("theirs", OtherPronoun),
        ("myself", OtherPronoun), ("yourself", OtherPronoun), ("himself", OtherPronoun), ("herself", OtherPronoun),
        ("itself", OtherPronoun), ("ourselves", OtherPronoun), ("yourselves", OtherPronoun), ("themselves", OtherPronoun),
        ("anybody", OtherPronoun), ("anyone", OtherPronoun), ("anything", OtherPronoun), ("everyone", OtherPronoun),
        ("everything", OtherPronoun), ("nobody", OtherPronoun), ("nothing", OtherPronoun), ("someone", OtherPronoun),
        ("something", OtherPronoun), ("others", OtherPronoun), ("none", OtherPronoun | Negation),
        ("he'd", SubjectPronoun | Contraction), ("he'll", SubjectPronoun | Contraction), ("he's", SubjectPronoun | Contraction),
        ("i'd", SubjectPronoun | Contraction), ("i'll", SubjectPronoun | Contraction), ("i'm", SubjectPronoun | Contraction),
        ("i've", SubjectPronoun | Contraction), ("it's", SubjectPronoun | Contraction), ("she's", SubjectPronoun | Contraction),
        ("they're", SubjectPronoun | Contraction), ("we're", SubjectPronoun | Contraction), ("we've", SubjectPronoun | Contraction),
        ("that's", Demonstrative | Contraction), ("there's", Adverb | Contraction),

        // Question and relative words.
        ("what", Wh), ("which", Wh), ("why", Wh), ("how", Wh), ("where", Wh), ("when", Wh | Subordinator),
        ("whatever", Wh), ("whoever", Wh), ("whenever", Wh | Subordinator), ("whence", Wh), ("whither", Wh),
        ("whereby", Wh), ("wherein", Wh),

        // Prepositions.
        ("about", Preposition), ("above", Preposition), ("across", Preposition), ("after", Preposition | Subordinator),
        ("against", Preposition), ("along", Preposition), ("among", Preposition), ("amongst", Preposition), ("around", Preposition),
        ("as", Preposition | Subordinator), ("at", Preposition), ("before", Preposition | Subordinator), ("behind", Preposition),
        ("below", Preposition), ("beside", Preposition), ("besides", Preposition | Adverb), ("between", Preposition),
        ("beyond", Preposition), ("by", Preposition), ("despite", Preposition), ("down", Preposition), ("during", Preposition),
        ("except", Preposition), ("for", Preposition), ("from", Preposition), ("in", Preposition), ("into", Preposition),
        ("like", Preposition), ("of", Preposition), ("off", Preposition), ("on", Preposition), ("onto", Preposition),
        ("out", Preposition), ("over", Preposition), ("per", Preposition), ("since", Preposition | Subordinator),
        ("through", Preposition), ("throughout", Preposition), ("thru", Preposition), ("to", Preposition),
        ("toward", Preposition), ("towards", Preposition), ("under", Preposition), ("unlike", Preposition),
        ("until", Preposition | Subordinator), ("up", Preposition), ("upon", Preposition), ("via", Preposition),
        ("with", Preposition), ("within", Preposition), ("without", Preposition),

        // Conjunctions.
        ("and", Coordinator), ("or", Coordinator), ("but", Coordinator), ("nor", Coordinator | Negation), ("so", Coordinator | Adverb),
        ("yet", Coordinator | Adverb), ("&", Coordinator),
        ("although", Subordinator), ("because", Subordinator), ("if", Subordinator), ("though", Subordinator),
        ("whereas", Subordinator), ("whether", Subordinator | Wh), ("while", Subordinator), ("than", Subordinator),
        ("once", Subordinator | Adverb),

        // Auxiliaries and modals.
        ("am", BeVerb | NameParticle), ("is", BeVerb), ("are", BeVerb), ("was", BeVerb), ("were", BeVerb), ("be", BeVerb),
        ("been", BeVerb), ("being", BeVerb),
        ("has", HaveVerb), ("have", HaveVerb), ("had", HaveVerb), ("having", HaveVerb),
        ("do", DoVerb | NameParticle), ("does", DoVerb), ("did", DoVerb), ("doing", DoVerb), ("done", DoVerb),
        ("will", Modal), ("would", Modal), ("can", Modal), ("could", Modal), ("may", Modal), ("might", Modal), ("shall", Modal),
        ("should", Modal), ("must", Modal), ("cannot", Modal | Negation),

        // Negations.
        ("not", Negation), ("never", Negation | Adverb), ("n't", Negation),
        ("isn't", BeVerb | Negation), ("aren't", BeVerb | Negation), ("wasn't", BeVerb | Negation), ("weren't", BeVerb | Negation),
        ("hasn't", HaveVerb | Negation), ("haven't", HaveVerb | Negation), ("hadn't", HaveVerb | Negation),
        ("doesn't", DoVerb | Negation), ("don't", DoVerb | Negation), ("didn't", DoVerb | Negation), ("won't", Modal | Negation),
        ("wouldn't", Modal | Negation), ("can't", Modal | Negation), ("couldn't", Modal | Negation), ("shouldn't", Modal | Negation),

        // Function adverbs.
        ("afterwards", Adverb), ("again", Adverb), ("ago", Adverb), ("almost", Adverb), ("already", Adverb), ("also", Adverb),
        ("always", Adverb), ("anyway", Adverb), ("anywhere", Adverb), ("beforehand", Adverb), ("else", Adverb), ("elsewhere", Adverb),
        ("even", Adverb), ("ever", Adverb), ("everywhere", Adverb), ("further", Adverb), ("hence", Adverb), ("here", Adverb),
        ("however", Adverb), ("indeed", Adverb), ("instead", Adverb), ("just", Adverb), ("maybe", Adverb), ("meanwhile", Adverb),
        ("moreover", Adverb), ("mostly", Adverb), ("namely", Adverb), ("nevertheless", Adverb), ("now", Adverb), ("nowhere", Adverb),
        ("often", Adverb), ("only", Adverb), ("otherwise", Adverb), ("perhaps", Adverb), ("rather", Adverb), ("somehow", Adverb),
        ("sometime", Adverb), ("sometimes", Adverb), ("somewhere", Adverb), ("still", Adverb), ("then", Adverb), ("thence", Adverb),
        ("there", Adverb), ("thereafter", Adverb), ("thereby", Adverb), ("therefore", Adverb), ("therein", Adverb), ("thus", Adverb),
        ("together", Adverb), ("too", Adverb), ("very", Adverb),

        // Interjections.
        ("yes", Interjection), ("oh", Interjection), ("ok", Interjection), ("okay", Interjection), ("please", Interjection),
        ("well", Interjection | Adverb),

        // Particles inside names: Charles de Gaulle, Ursula von der Leyen, Mohammed bin Salman, Frankfurt am Main.
        ("de", NameParticle), ("du", NameParticle), ("des", NameParticle), ("la", NameParticle), ("le", NameParticle),
        ("les", NameParticle), ("el", NameParticle), ("al", NameParticle), ("der", NameParticle), ("den", NameParticle),
        ("da", NameParticle), ("dos", NameParticle), ("das", NameParticle), ("del", NameParticle), ("di", NameParticle),
        ("van", NameParticle), ("von", NameParticle), ("bin", NameParticle), ("ter", NameParticle), ("ten", NameParticle),
        ("y", NameParticle), ("e", NameParticle), ("en", NameParticle), ("im", NameParticle), ("sur", NameParticle),
    ]);

    /// <summary>Gets every function word with its kinds, in the order listed.</summary>
    public static WordTable<FunctionWordKinds> Words => s_table;

    /// <summary>The kinds of <paramref name="word"/> (any case), or <see cref="None"/> when it is no function word.
    /// Does not allocate.</summary>
    public static FunctionWordKinds Of(ReadOnlySpan<char> word) => s_table.GetValueOrDefault(word);

    /// <summary>Whether <paramref name="word"/> has any of the kinds <paramref name="any"/>.</summary>
    public static bool Is(ReadOnlySpan<char> word, FunctionWordKinds any) => (Of(word) & any) != 0;
}
