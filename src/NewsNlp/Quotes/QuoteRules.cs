namespace NewsNlp;

/// <summary>Every threshold of the quote finder, each with the reason for its value. Word counts are counts of
/// <see cref="QuoteWord"/>s (a word or a punctuation mark); distances in characters say so.</summary>
internal static class QuoteRules
{
    // Quotes: regions, kinds, continuation and merging (QuoteFinder).

    /// <summary>Most paragraphs one quote region runs over: a longer chain of reopening paragraphs is more likely a
    /// run of separate quotes with a missing closing mark than one statement.</summary>
    public const int MaxQuoteParagraphs = 8;

    /// <summary>Longest a quote grows (characters) when cue-less quote sentences are merged into it, so that one
    /// unclosed mark cannot swallow the rest of a long story.</summary>
    public const int MaxMergedQuote = 4000;

    /// <summary>A cue-less quote sentence continues the previous quote, or inherits the last speaker, only this many
    /// paragraphs after it: news puts the continuation in the same or the next paragraph.</summary>
    public const int ContinuationParagraphs = 1;

    /// <summary>Most words between the two parts of an interrupted quote (<c>“A,” he said, “B.”</c>): room for a
    /// cue with a titled name, not for a clause.</summary>
    public const int MaxInterruptionWords = 10;

    /// <summary>A quote covering this share of its sentence's characters is direct even when nothing introduces it.</summary>
    public const double DirectShare = 0.6;

    /// <summary>A cue-less fragment of at most this many words is a scare quote, a nickname or a title.</summary>
    public const int MaxScareQuoteWords = 4;

    /// <summary>A title-case fragment of at most this many words is a title or a name (<c>“Star Wars”</c>);
    /// longer ones are headline-style quotes.</summary>
    public const int MaxTitleWords = 6;

    /// <summary>With a cue, a single capitalized word is a quote (<c>Clinton Says Trump ‘Unfit’</c>): a title needs two.</summary>
    public const int MinTitleWordsWithCue = 2;

    /// <summary>Furthest (in words from the sentence start) a colon may stand for <c>Name: “…”</c> to name the
    /// speaker: a name with its title, not a clause.</summary>
    public const int MaxColonSpeakerWords = 6;

    /// <summary>Words looked at before a <c>Name: “…”</c> speaker for a preposition that makes it a listener or a
    /// medium (<c>to the Dutch newspaper NRC Handelsblad:</c>): a name's modifiers, not the clause before them.</summary>
    public const int MaxColonNameModifiers = 4;

    // Cues (CueFinder).

    /// <summary>A weak verb (<c>continued</c>) is a cue when a quote ends within this many words before it.</summary>
    public const int AfterQuoteWindow = 5;

    /// <summary>Words looked back from a verb for a form of <c>be</c> (<c>was told</c>, <c>is expected to</c>).</summary>
    public const int PassiveLookback = 3;

    /// <summary>A naming verb (<c>called X “a liar”</c>) finds its quoted complement within this many words.</summary>
    public const int NamingComplementWindow = 10;

    /// <summary>A weak verb finds its complement (a quote, a colon, <c>that</c>) within this many words.</summary>
    public const int ComplementWindow = 3;

    /// <summary>Most words from a participle after "before", "after" or "while" to the quote it introduces ("before
    /// describing for the jury the horrific details of the “physical fight”"): such a participle takes the sentence's
    /// subject only when it introduces a quote; without one it is as often no speech ("while defending champion …",
    /// "while adding Democratic strongholds").</summary>
    public const int SequenceQuoteWindow = 12;

    /// <summary>Most words of a place's name read inside a speaker phrase: between "the" and a party member ("the North
    /// Carolina Democrat") or as a hometown ("Stacy Baker of Columbia, South Carolina"): a state's or city's name.</summary>
    public const int MaxPlaceNameWords = 3;

    /// <summary>Longest fronted adverbial clause (<c>Although no group claimed responsibility,</c>) whose cues are skipped:
    /// a clause up to its comma, not a sentence with a comma far into it.</summary>
    public const int MaxFrontedClauseWords = 20;

    // Subjects (SubjectFinder).

    /// <summary>Words looked back from a cue for its subject's head: a subject with modifiers, not a clause away.</summary>
    public const int SubjectWindow = 7;

    /// <summary>Longest appositive or relative clause skipped between a subject and its cue
    /// (<c>Daniel Kritenbrink, assistant secretary of state, said</c>).</summary>
    public const int MaxAppositive = 30;

    /// <summary>Commas passed while looking back over appositives: more is a list, not a subject.</summary>
    public const int MaxAppositiveCommas = 3;

    /// <summary>Longest bracket skipped between a subject and its cue (<c>Sen. Chuck Schumer (D-N.Y.) said</c>): a party
    /// and state, an acronym, an age.</summary>
    public const int MaxBracketWords = 6;

    /// <summary>Auxiliaries and adverbs skipped between a subject and its cue (<c>has also repeatedly said</c>).</summary>
    public const int MaxSkippedAuxiliaries = 4;

    /// <summary>Modifiers taken before a nominal head (<c>a senior State Department official</c>).</summary>
    public const int MaxNominalModifiers = 4;

    /// <summary>Words looked at after an inverted cue for a nominal subject (<c>said a senior official</c>).</summary>
    public const int MaxRightNominal = 6;

    /// <summary>Words after an inverted nominal taken as its name (<c>said party spokesman John Smith</c>); one less
    /// than this.</summary>
    public const int MaxNameAfterNominal = 4;

    /// <summary>A word in capitals at least this long opening the sentence is taken for a dateline city
    /// (<c>WASHINGTON —</c>), not the subject of a trailing participle; shorter ones (<c>UN</c>, <c>FBI</c>) can be.</summary>
    public const int MinDatelineCapsLength = 4;

    /// <summary>Most words of a fronted time phrase before its comma (<c>Hours later,</c>, <c>Late on Tuesday night,</c>):
    /// a time adverbial, not a clause that happens to end in a time word.</summary>
    public const int MaxTimePhraseWords = 4;

    /// <summary>Most words of a dateline before its dash (<c>PARIS, Aug 31 (Reuters) -</c> is eight): a city, a date
    /// and an agency.</summary>
    public const int MaxDatelineWords = 10;

    /// <summary>Longest source phrase after <c>according to</c>.</summary>
    public const int MaxPhrase = 15;

    // Speakers (SpeakerResolver, NameFinder).

    /// <summary>Known names scanned back (and forward) for a surname's full name: enough for a long story, bounded for
    /// a pathological one.</summary>
    public const int MaxNameLookback = 400;

    /// <summary>Characters looked back for a known mention overlapping a speaker phrase (a mention starts before the
    /// phrase when the phrase is a trimmed part of it).</summary>
    public const int MentionOverlapLookback = 200;

    /// <summary>A <c>he</c>/<c>she</c> resolves to the last speaker only this many paragraphs later.</summary>
    public const int PersonPronounParagraphs = 2;

    /// <summary>An <c>it</c> resolves to the last organization speaker this many paragraphs later: statements by
    /// organizations are reported over longer stretches.</summary>
    public const int OrganizationPronounParagraphs = 3;

    /// <summary>A <c>they</c>/<c>we</c> resolves to the last group or organization speaker this many paragraphs later.</summary>
    public const int GroupPronounParagraphs = 2;

    /// <summary>How many paragraphs after a speaker "the statement said" (a document noun with "the") is still that
    /// speaker's statement: the next paragraph, as news writes it.</summary>
    public const int DocumentSpeakerParagraphs = 1;

    /// <summary>A <c>he</c>/<c>she</c> resolves to the person a sentence of narrative opened with (rather than the last
    /// speaker) only this many sentences later: the person the story just turned to, not one it left behind.</summary>
    public const int SubjectPronounSentences = 2;

    /// <summary>Characters looked back from <c>he</c>/<c>she</c> for the nearest named person.</summary>
    public const int PersonPronounLookback = 3000;

    /// <summary>Characters looked back from <c>it</c> for the nearest named organization.</summary>
    public const int OrganizationPronounLookback = 1500;

    /// <summary>A capitalized run with a title before it is a person's name when it has at most this many words.</summary>
    public const int MaxTitledNameWords = 3;

    /// <summary>Longest definite nominal linked to an entity (<c>the former deputy prime minister</c>): a title or a kind
    /// of organization with its modifiers, not a described group or a clause.</summary>
    public const int MaxLinkedNominalWords = 5;

    /// <summary>Fewest words, its article aside, of a nominal speaker linked forward to the person named later after the
    /// same words ("China's ambassador" … "China's ambassador to Britain Liu Xiaming"): "the president" alone is too
    /// common a phrase to name one person ahead.</summary>
    public const int MinCataphoraWords = 2;

    /// <summary>Most words of the title between the nominal's words and the name ("to Britain").</summary>
    public const int MaxCataphoraGapWords = 3;

    /// <summary>How far before a later name the nominal's words are looked for beyond their own length (the gap's
    /// characters).</summary>
    public const int MaxCataphoraGapChars = 40;

    /// <summary>Most words a short name's full form adds before it (<c>Kathleen</c> to <c>Hawk Sawyer</c>, <c>Mary Ann</c>
    /// to <c>Lee</c>): given names, not a headline run into the name (<c>Warren Hammers Wells Fargo</c>).</summary>
    public const int MaxGivenNameWords = 2;

    /// <summary>Furthest back (characters) <c>the company</c> or <c>the ministry</c> looks for its organization: the one
    /// the story is talking about now, a few paragraphs up, not one named in passing long before.</summary>
    public const int OrganizationNominalLookback = 3000;

    // Reported speech (ReportedSpeechFinder).

    /// <summary>Cues of one sentence tried for reported speech: the outermost wins, and a sentence with more cues is
    /// a list of them.</summary>
    public const int MaxIndirectCues = 16;

    /// <summary>Fewest words of reported content: fewer is a fragment (<c>he said so</c>).</summary>
    public const int MinIndirectWords = 3;

    /// <summary>Reported content already carried by a quote covering this share of it is not returned again.</summary>
    public const double IndirectQuotedShare = 0.5;

    /// <summary>Most words after a postposed cue (<c>…, officials said on Tuesday.</c>); more is a clause of its own.</summary>
    public const int MaxPostposedTail = 6;

    /// <summary>Words after a cue looked at for <c>that</c> opening the reported clause (<c>told reporters that</c>).</summary>
    public const int ThatWindow = 8;

    /// <summary>Longest adjunct skipped between a cue and its content (<c>said in a statement on Tuesday,</c>).</summary>
    public const int MaxAdjunctWords = 12;

    /// <summary>The words after a person's mention read for the pronouns that tell its gender (<see cref="NameFinder"/>):
    /// about a clause ("Swift got support last week, after accusing them of trying to stop her").</summary>
    public const int PronounGenderWindow = 16;

    /// <summary>The pronouns that must agree, with none disagreeing, before they give a person a gender: one "her" may
    /// be someone else's.</summary>
    public const int MinPronounGenderEvidence = 2;
}
