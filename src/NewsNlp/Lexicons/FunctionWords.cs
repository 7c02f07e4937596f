using static NewsNlp.FunctionWordKinds;

namespace NewsNlp;

/// <summary>The English closed-class words (determiners, pronouns, prepositions, conjunctions, auxiliaries,
/// negations, function adverbs, interjections) and the particles inside names, each listed once with its
/// <see cref="FunctionWordKinds"/>.</summary>
/// <remarks>Words are listed lower case; lookups ignore case. Open-class filler a stage skips (reporting verbs,
/// "said", manner adverbs, numbers) is not here: it belongs to that stage's rules.</remarks>
internal static class FunctionWords
{
    private static readonly WordTable<FunctionWordKinds> s_table = WordTable<FunctionWordKinds>.Grouped(WordCasing.IgnoreCase,
    [
        // Determiners.
        (Article, "a the"), (Article | NameParticle, "an"), (Demonstrative, "this these those"),
        (Demonstrative | Subordinator, "that"), (Possessive, "my your its our their"), (Possessive | OtherPronoun, "his"),
        (Possessive | ObjectPronoun, "her"), (Possessive | Wh, "whose"),
        (Quantifier,
            "all any another both each either enough every few less least many more most much neither other " +
            "several some such"),
        (Quantifier | Negation | Interjection, "no"),

        // Pronouns.
        (SubjectPronoun, "i he she we they"), (SubjectPronoun | ObjectPronoun, "you it"), (SubjectPronoun | Wh, "who"),
        (ObjectPronoun, "me him us them"), (ObjectPronoun | Wh, "whom"),
        (OtherPronoun,
            "mine yours hers ours theirs myself yourself himself herself itself ourselves yourselves " +
            "themselves anybody anyone anything everyone everything nobody nothing someone something others"),
        (OtherPronoun | Negation, "none"),
        (SubjectPronoun | Contraction, "he'd he'll he's i'd i'll i'm i've it's she's they're we're we've"),
        (Demonstrative | Contraction, "that's"), (Adverb | Contraction, "there's"),

        // Question and relative words.
        (Wh, "what which why how where whatever whoever whence whither whereby wherein"),
        (Wh | Subordinator, "when whenever"),

        // Prepositions.
        (Preposition,
            "about above across against along among amongst around at behind below beside between beyond by " +
            "despite during except for from in into like of on onto per through throughout " +
            "thru to toward towards under unlike upon via with within without"),
        (Preposition | AdverbParticle, "down off out over up"),
        (Preposition | Subordinator, "after as before since until"), (Preposition | Adverb, "besides"),

        // Conjunctions.
        (Coordinator, "and or but &"), (Coordinator | Negation, "nor"), (Coordinator | Adverb, "so yet"),
        (Subordinator, "although because if though whereas while than"), (Subordinator | Wh, "whether"),
        (Subordinator | Adverb, "once"),

        // Auxiliaries and modals.
        (BeVerb | NameParticle, "am"), (BeVerb, "is are was were be been being"), (HaveVerb, "has have had having"),
        (DoVerb | NameParticle, "do"), (DoVerb, "does did doing done"),
        (Modal, "will would can could may might shall should must"), (Modal | Negation, "cannot"),

        // Negations.
        (Negation, "not n't"), (Negation | Adverb, "never"), (BeVerb | Negation, "isn't aren't wasn't weren't"),
        (HaveVerb | Negation, "hasn't haven't hadn't"), (DoVerb | Negation, "doesn't don't didn't"),
        (Modal | Negation, "won't wouldn't can't couldn't shouldn't"),

        // Function adverbs.
        (Adverb,
            "afterwards again ago almost already also always anyway anywhere beforehand else elsewhere even " +
            "ever everywhere further hence here however indeed instead just maybe meanwhile moreover mostly " +
            "namely nevertheless now nowhere often only otherwise perhaps rather somehow sometime sometimes " +
            "somewhere still then thence there thereafter thereby therefore therein thus together too very"),

        // Interjections.
        (Interjection, "yes oh ok okay please"), (Interjection | Adverb, "well"),

        // Particles inside names: Charles de Gaulle, Ursula von der Leyen, Mohammed bin Salman, Frankfurt am Main.
        (NameParticle, "de du des la le les el al der den da dos das del di van von bin ter ten y e en im sur"),
    ]);

    /// <summary>Gets every function word with its kinds, in the order listed.</summary>
    public static WordTable<FunctionWordKinds> Words => s_table;

    /// <summary>The kinds of <paramref name="word"/> (any case), or <see cref="None"/> when it is no function word.
    /// Does not allocate.</summary>
    public static FunctionWordKinds Of(ReadOnlySpan<char> word) => s_table.GetValueOrDefault(word);

    /// <summary>Whether <paramref name="word"/> has any of the kinds <paramref name="any"/>.</summary>
    public static bool Is(ReadOnlySpan<char> word, FunctionWordKinds any) => (Of(word) & any) != 0;
}
