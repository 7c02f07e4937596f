namespace NewsNlp;

/// <summary>The grammatical kinds of a word of <see cref="FunctionWords"/>; a word can have several
/// (<c>her</c> is <see cref="Possessive"/> and <see cref="ObjectPronoun"/>, <c>after</c> is
/// <see cref="Preposition"/> and <see cref="Subordinator"/>).</summary>
[Flags]
internal enum FunctionWordKinds
{
    /// <summary>Not a function word.</summary>
    None = 0,

    /// <summary>a, an, the.</summary>
    Article = 1 << 0,

    /// <summary>this, that, these, those.</summary>
    Demonstrative = 1 << 1,

    /// <summary>A possessive determiner: my, his, her, its, their, whose.</summary>
    Possessive = 1 << 2,

    /// <summary>A quantifying determiner: some, any, every, each, no, all, both, many.</summary>
    Quantifier = 1 << 3,

    /// <summary>A pronoun that can be the subject of a verb: I, you, he, she, it, we, they, who.</summary>
    SubjectPronoun = 1 << 4,

    /// <summary>A pronoun in object form: me, you, him, her, it, us, them, whom.</summary>
    ObjectPronoun = 1 << 5,

    /// <summary>A possessive, reflexive or indefinite pronoun: mine, himself, someone, nothing, others.</summary>
    OtherPronoun = 1 << 6,

    /// <summary>A question or relative word: what, which, who, whom, whose, why, how, where, when.</summary>
    Wh = 1 << 7,

    /// <summary>of, in, on, at, for, with, by, from, to, about, over, under, between, without.</summary>
    Preposition = 1 << 8,

    /// <summary>A coordinating conjunction: and, or, but, nor, so, yet, &amp;.</summary>
    Coordinator = 1 << 9,

    /// <summary>A subordinating conjunction: if, because, although, while, when, since, that, whether.</summary>
    Subordinator = 1 << 10,

    /// <summary>A form of "be": am, is, are, was, were, be, been, being.</summary>
    BeVerb = 1 << 11,

    /// <summary>A form of "have": has, have, had, having.</summary>
    HaveVerb = 1 << 12,

    /// <summary>A form of "do": do, does, did, doing, done.</summary>
    DoVerb = 1 << 13,

    /// <summary>will, would, can, could, may, might, shall, should, must.</summary>
    Modal = 1 << 14,

    /// <summary>not, never, no, none, n't and the negated auxiliaries: isn't, don't, won't.</summary>
    Negation = 1 << 15,

    /// <summary>A function adverb: also, then, now, still, however, meanwhile, even, only.</summary>
    Adverb = 1 << 16,

    /// <summary>yes, no, oh, ok, okay, please, well.</summary>
    Interjection = 1 << 17,

    /// <summary>A pronoun or auxiliary joined with a clitic: he's, it's, I'm, they're, that's.</summary>
    Contraction = 1 << 18,

    /// <summary>A lower-case particle inside a person's or a place's name: de, van, von, al, bin, la, del, am.</summary>
    NameParticle = 1 << 19,

    /// <summary>A preposition that is also an adverb particle and starts names as one: Down Syndrome, Up Close, Out
    /// Magazine, Off Broadway, Over Easy.</summary>
    AdverbParticle = 1 << 20,

    /// <summary>Any determiner.</summary>
    Determiner = Article | Demonstrative | Possessive | Quantifier,

    /// <summary>Any pronoun.</summary>
    Pronoun = SubjectPronoun | ObjectPronoun | OtherPronoun,

    /// <summary>Any conjunction.</summary>
    Conjunction = Coordinator | Subordinator,

    /// <summary>Any auxiliary or modal verb.</summary>
    Auxiliary = BeVerb | HaveVerb | DoVerb | Modal,
}
