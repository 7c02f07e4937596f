namespace NewsNlp;

/// <summary>How sure a quote is: the share of quotes of its class (kind, and how its speaker was found) that were right
/// on the PolNeAR training articles, content and speaker both (<c>NewsNlp.ModelBuilder quotes --split train</c>
/// prints the table; the dev split is the check). A confidence of 0.8 means that about four in five such quotes were
/// a real attribution with the right speaker.</summary>
internal static class QuoteConfidence
{
    /// <summary>How the speaker of a quote was found.</summary>
    public enum SpeakerSource
    {
        /// <summary>An entity, named at the cue ("Doe said", "said Jane Doe").</summary>
        Name = 0,

        /// <summary>An entity, through a pronoun ("she said").</summary>
        Pronoun = 1,

        /// <summary>Words that are no entity ("prosecutors", "the ministry").</summary>
        Words = 2,

        /// <summary>No speaker.</summary>
        None = 3,
    }

    /// <summary>Number of classes: three kinds times four speaker sources.</summary>
    public const int ClassCount = 12;

    /// <summary>Share right per class (index <see cref="ClassOf"/>), measured on PolNeAR train; see the README's Quotes
    /// section for the table with counts and the dev-split check.</summary>
    private static readonly double[] s_table =
    [
        // direct: name, pronoun, words, none (2,743, 1,145, 346, 172 quotes)
        0.91, 0.93, 0.77, 0.08,
        // partial: name, pronoun, words, none (1,238, 467, 246, 282); right with the statement it sits in
        0.87, 0.87, 0.65, 0.11,
        // indirect: name, pronoun, words, none (3,131, 1,000, 1,318, 149)
        0.82, 0.83, 0.76, 0.64,
    ];

    /// <summary>The class of a quote: its kind and its <see cref="SpeakerSource"/>.</summary>
    public static int ClassOf(QuoteKind kind, string? speaker, int? speakerEntityId, Mention? speakerMention) =>
        (KindIndex(kind) * 4) + (int)SourceOf(speaker, speakerEntityId, speakerMention);

    /// <summary>How the speaker was found.</summary>
    public static SpeakerSource SourceOf(string? speaker, int? speakerEntityId, Mention? speakerMention) =>
        speaker is null ? SpeakerSource.None
        : speakerEntityId is null ? SpeakerSource.Words
        : speakerMention is { } m && QuoteWords.IsSpeakerPronoun(m.Text) ? SpeakerSource.Pronoun
        : SpeakerSource.Name;

    /// <summary>The confidence of a quote of this kind and speaker.</summary>
    public static double Of(QuoteKind kind, string? speaker, int? speakerEntityId, Mention? speakerMention) =>
        s_table[ClassOf(kind, speaker, speakerEntityId, speakerMention)];

    /// <summary>A readable name of a class ("indirect/pronoun").</summary>
    public static string NameOf(int cls) =>
        ((cls / 4) switch { 0 => "direct", 1 => "partial", _ => "indirect" }) + "/" + ((SpeakerSource)(cls % 4)).ToString().ToLowerInvariant();

    private static int KindIndex(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => 0,
        QuoteKind.Partial => 1,
        _ => 2,
    };
}
