namespace NewsNlp;

/// <summary>Every threshold of the entity stage, each with the reason for its value. Change one here and the spec
/// table (tests/NewsNlp.Tests/Specs/Entities.tsv) and the development-set output say what it moved.</summary>
internal static class EntityRules
{
    // Tagger input (TaggerInput).

    /// <summary>A tagger sentence is cut after this many words: text without sentence marks (lists, tables, run-on
    /// captions) would otherwise make one huge sentence for the two-pass tagger.</summary>
    public const int MaxSentenceWords = 250;

    /// <summary>A table row (<see cref="FigureTables"/>) has at most this many words and numbers: "Oper shr loss two cts
    /// vs profit seven cts" has nine; a wrapped line of prose has more.</summary>
    public const int MaxFigureLineWords = 10;

    /// <summary>A row of figures holds at least this many numbers: this year's and last year's ("Net 4.5 mln vs 3.9 mln").</summary>
    public const int MinFigureLineNumbers = 2;

    /// <summary>A table has at least this many rows of figures: one short line with two numbers may be a headline.</summary>
    public const int MinTableFigureLines = 2;

    // Mention builder (MentionBuilder).

    /// <summary>A place or nationality joins the organization right after it ("U.S. State Department") only across
    /// at most this many spaces: a wider gap is layout (a table cell, a line of credits), not one name.</summary>
    public const int MaxSpacesBeforeOrganization = 2;

    /// <summary>A person's name after a title inside a mention of another type has at least this many words: a
    /// given name and a surname ("House Minority Leader Jane Roe"); one word after a title may be a place or a body.</summary>
    public const int MinNameWordsAfterTitle = 2;

    /// <summary>… and at most this many: given name, middle name or initial, surname.</summary>
    public const int MaxNameWordsAfterTitle = 3;

    /// <summary>"Florida Inc" after "Banks of" joins the name before it when it has at most this many words (place
    /// and suffix, "New South Wales Ltd"); a longer mention is a company of its own.</summary>
    public const int MaxCompanyPlaceWords = 4;

    // Defined acronyms (DefinedAcronyms).

    /// <summary>The shortest bracketed acronym read as a definition: one letter in brackets is a list marker, "(a)".</summary>
    public const int MinAcronymLength = 2;

    /// <summary>The longest bracketed acronym read as a definition: longer bracketed words are ordinary words.</summary>
    public const int MaxAcronymLength = 8;

    /// <summary>An acronym must have at least this many letters to match initials ("A-1" is no acronym of anything).</summary>
    public const int MinAcronymLetters = 2;

    /// <summary>Initials are read from at most this many words of the named mention: no acronym of at most
    /// <see cref="MaxAcronymLength"/> characters stands for a longer name.</summary>
    public const int MaxAcronymInitials = 16;

    // Folding (EntityFolder).

    /// <summary>A family name in the plural ("Clintons") is longer than this: "Us" and "As" are no families.</summary>
    public const int MinFamilyNameLength = 3;

    /// <summary>The number of entity types (<see cref="EntityType"/> values), for the folder's type vote.</summary>
    public const int EntityTypeCount = 5;

    /// <summary>A name the tagger typed otherwise is read as a person's with at least this many words: a given name
    /// and a surname; one word alone ("Jordan", "Ford") is as often a place or a company.</summary>
    public const int MinPersonNameWords = 2;

    /// <summary>… and at most this many (given name, middle name, surname: "Kathleen Hawk Sawyer"); a three-word name
    /// needs a middle initial or its surname used alone as a person, since "William Morris Endeavor" is a company.</summary>
    public const int MaxPersonNameWords = 3;

    /// <summary>A name whose first word is no known given name is still a person's when its surname is used alone as a
    /// person at least this many times ("Montell Figgins" … "Figgins said" … "Figgins added"): once may be a tagger slip.</summary>
    public const int MinSurnameMentionsAlone = 2;

    // Naming (EntityNaming).

    /// <summary>An all-caps name longer than this is title-cased ("JOHN SMITH" → "John Smith"); up to this length it
    /// is an acronym and stays as written (NATO, FIFA).</summary>
    public const int MaxAllCapsAcronymLength = 4;

    /// <summary>An organization's one all-caps word up to this length is an acronym and stays as written ("MSNBC",
    /// "NAACP", "UNESCO", "NASCAR"); a longer one is title-cased as other names are ("VERIZON", "SEMATECH"). Six letters
    /// keep every acronym of the development stories but "COMECON"/"EURATOM", which read as words anyway.</summary>
    public const int MaxOrganizationAcronymLength = 6;

    /// <summary>A title written after the name (an appositive, "Jane Roe, the finance minister of …,") is at most
    /// this many words: a longer run is a clause, not a title.</summary>
    public const int MaxAppositiveWords = 16;

    // Salience (EntitySalience).

    /// <summary>Each mention of a person or organization counts fully: they are what a story is about.</summary>
    public const double PersonOrOrganizationMentionWeight = 1.0;

    /// <summary>Each mention of a place, nationality or other name counts less: places recur as setting.</summary>
    public const double OtherMentionWeight = 0.7;

    /// <summary>Mentions count on a log scale, times this factor: the tenth mention adds less than the second.</summary>
    public const double MentionCountScale = 2;

    /// <summary>Added when the entity is named in the headline, the strongest sign of what the story is about.</summary>
    public const double HeadlineBonus = 3;

    /// <summary>Added when the entity is named in the lead (see <see cref="LeadSentences"/>, <see cref="LeadTextFraction"/>).</summary>
    public const double LeadBonus = 1.5;

    /// <summary>Added for people: news is about who did what, so a person edges out an equally named organization.</summary>
    public const double PersonBonus = 0.5;

    /// <summary>The lead is the first this many tagger sentences …</summary>
    public const int LeadSentences = 4;

    /// <summary>… and, of those, only what starts in the first 1/this of the text (a short story's fourth sentence is not lead).</summary>
    public const int LeadTextFraction = 3;

    /// <summary>Scores are reported with this many decimals: more would only show noise.</summary>
    public const int ScoreDecimals = 4;

    /// <summary>Without a headline from the page structure, the headline is guessed among the first this many tagger
    /// sentences: beyond them the text is body copy.</summary>
    public const int HeadlineSearchSentences = 5;

    /// <summary>A guessed headline has at least this many words: shorter first lines are labels ("Advertisement", "World").</summary>
    public const int MinHeadlineWords = 4;

    /// <summary>A headline is written in title case when at least this share of its words are capitalized or title
    /// small words ("Visa Program Up for Renewal Amid Allegations of Fraud"); sentence-case headlines have a few names
    /// and many lower-case words.</summary>
    public const double TitleCaseShare = 0.85;

    /// <summary>A title-case headline has at least this many words: two capitalized words are as often a name.</summary>
    public const int MinTitleCaseWords = 3;

    /// <summary>An acronym kept in a title-case headline is at most this long ("GOP", "NATO", "FEMA").</summary>
    public const int MaxHeadlineAcronymLength = 5;

    /// <summary>The most words of a name a state-body noun makes an institution ("the Hong Kong government", "the
    /// Democratic Progressive party"): longer names are already whole organizations.</summary>
    public const int MaxStateBodyNameWords = 3;

    /// <summary>The longest Roman numeral that ends a person's name as a generation ("III", "VIII"): "II" to "VIII";
    /// one letter ("V", "X") is an initial.</summary>
    public const int MaxGenerationNumeralLength = 4;
}
