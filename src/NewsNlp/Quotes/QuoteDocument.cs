using System.Runtime.InteropServices;

namespace NewsNlp;

/// <summary>The per-call working state of the quote finder: the words, sentences, paragraphs and quote regions of one
/// article, the names speakers resolve to, the quotes found so far, and who spoke last. Created per call, never
/// shared. The rules that read and update it are in <see cref="QuoteFinder"/>, <see cref="CueFinder"/>,
/// <see cref="SubjectFinder"/>, <see cref="SpeakerResolver"/> and <see cref="ReportedSpeechFinder"/>.</summary>
internal sealed class QuoteDocument
{
    public QuoteDocument(ArticleText article, PageStructure structure, EntityResult entities)
    {
        Structure = structure;
        Article = article;
        Text = article.Text;
        Paragraphs = article.Paragraphs;
        Regions = article.QuoteRegions;
        RegionUsed = new bool[Regions.Length];
        QuoteView.Build(article, out QuoteWord[] words, out (int Start, int End)[] sentences);
        Words = words;
        Sentences = sentences;
        LeadEnd = structure.Dateline?.Span.End ?? 0;
        Known = entities.Entities.Length > 0
            ? NameFinder.FromEntities(Text, Words, entities.Entities)
            : NameFinder.FromText(Text, Words, Sentences);
    }

    /// <summary>Gets the page structure (the spans quotes are not looked for in).</summary>
    public PageStructure Structure { get; }

    /// <summary>Gets where the dateline ends (0 when there is none). Reported content never starts before it: the first
    /// sentence runs from the dateline into the story, and reports the story's words, not the dateline. (Not the
    /// headline: a headline line run into the first sentence cannot be told from the first line of a hard-wrapped
    /// sentence, which the structure stage also takes for a headline.)</summary>
    public int LeadEnd { get; }

    /// <summary>Gets the article's text layer.</summary>
    public ArticleText Article { get; }

    /// <summary>Gets the article text.</summary>
    public string Text { get; }

    /// <summary>Gets the words and punctuation marks, in order (<see cref="QuoteView"/>).</summary>
    public QuoteWord[] Words { get; }

    /// <summary>Gets the sentences as half-open word ranges; a sentence never ends inside a quote region (<see cref="QuoteView"/>).</summary>
    public (int Start, int End)[] Sentences { get; }

    /// <summary>Gets the paragraphs, in order (<see cref="ArticleText.Paragraphs"/>).</summary>
    public TextSpan[] Paragraphs { get; }

    /// <summary>Gets the quote regions, in order (<see cref="ArticleText.QuoteRegions"/>).</summary>
    public QuoteRegion[] Regions { get; }

    /// <summary>Gets, for each quote region, whether a quote has taken it already.</summary>
    public bool[] RegionUsed { get; }

    /// <summary>Gets the names speakers resolve to, by start.</summary>
    public List<KnownMention> Known { get; }

    /// <summary>Gets the quotes found so far.</summary>
    public List<Quote> Quotes { get; } = [];

    /// <summary>Gets or sets the speaker of the last sentence that had one.</summary>
    public SpeakerInfo? LastSpeaker { get; set; }

    /// <summary>Gets or sets the paragraph of <see cref="LastSpeaker"/>.</summary>
    public int LastSpeakerParagraph { get; set; } = -100;

    /// <summary>Gets or sets the sentence of <see cref="LastSpeaker"/>.</summary>
    public int LastSpeakerSentence { get; set; } = -100;

    /// <summary>Gets or sets the index in <see cref="Quotes"/> of the last direct quote, or -1.</summary>
    public int LastQuoteIndex { get; set; } = -1;

    /// <summary>Gets or sets the sentence of the last direct quote.</summary>
    public int LastQuoteSentence { get; set; } = -10;

    /// <summary>Gets or sets the paragraph of the last direct quote.</summary>
    public int LastQuoteParagraph { get; set; } = -10;

    /// <summary>Gets or sets the speaker named by a sentence that ends with a colon after its cue (<c>Doe said:</c>),
    /// for the quote paragraph that follows it.</summary>
    public SpeakerInfo? ColonSpeaker { get; set; }

    /// <summary>Gets or sets the cue of <see cref="ColonSpeaker"/>.</summary>
    public string? ColonCue { get; set; }

    /// <summary>Gets or sets the sentence of <see cref="ColonSpeaker"/>.</summary>
    public int ColonSentence { get; set; } = -10;

    /// <summary>Gets or sets the person a sentence of narrative opened with (<c>Howard went on with his remarks.</c>), for
    /// a quote paragraph with no attribution of its own right after it.</summary>
    public SpeakerInfo? SubjectSpeaker { get; set; }

    /// <summary>Gets or sets the sentence of <see cref="SubjectSpeaker"/>.</summary>
    public int SubjectSentence { get; set; } = -10;

    /// <summary>Gets or sets the paragraph of <see cref="SubjectSpeaker"/>.</summary>
    public int SubjectParagraph { get; set; } = -10;

    /// <summary>Gets or sets the index of the sentence being read.</summary>
    public int SentenceOrdinal { get; set; }

    /// <summary>Gets or sets the first word of the sentence being read.</summary>
    public int SentenceStartWord { get; set; }

    /// <summary>Gets or sets the first character of the sentence being read.</summary>
    public int SentenceStartChar { get; set; }

    /// <summary>The characters of word <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> W(int i) => Words[i].Of(Text);

    /// <summary>Whether word <paramref name="i"/> is <paramref name="s"/>, ignoring case.</summary>
    public bool Is(int i, string s) => W(i).Equals(s, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether word <paramref name="i"/> is the punctuation mark <paramref name="c"/>.</summary>
    public bool IsPunct(int i, char c) => !Words[i].IsWord && Words[i].End - Words[i].Start == 1 && Text[Words[i].Start] == c;

    /// <summary>Whether word <paramref name="i"/> is a word outside quotation marks (the frame around the quotes).</summary>
    public bool IsFrameWord(int i) => Words[i].Region < 0 && Words[i].IsWord;

    /// <summary>Whether <paramref name="position"/> lies inside a quote region: a quote's own words, which name whom the
    /// speaker talks about, never who speaks or whom a pronoun of the narrative means.</summary>
    public bool IsQuoted(int position) => Article.QuoteRegionAt(position) >= 0;

    /// <summary>The mention of words [<paramref name="s"/>, <paramref name="e"/>).</summary>
    public Mention MentionOf(int s, int e)
    {
        var span = TextSpan.FromBounds(Words[s].Start, Words[e - 1].End);
        return new Mention(span.GetText(Text), span);
    }

    /// <summary>Whether the capitalized words [<paramref name="s"/>, <paramref name="e"/>) name one place: a known place
    /// mention covers them (<c>Ohio</c>, <c>New Jersey</c>), or, when no place, person or organization mention is there,
    /// the place index knows the words as written.</summary>
    public bool IsPlaceName(int s, int e)
    {
        int start = Words[s].Start, end = Words[e - 1].End;
        for (int k = KnownAt(start - QuoteRules.MentionOverlapLookback); k < Known.Count && Known[k].Start <= start; k++)
        {
            if (Known[k].End > start && (Known[k].IsPlace || Known[k].Kind is SpeakerKind.Person or SpeakerKind.Organization))
            {
                return Known[k].IsPlace && Known[k].End >= end;
            }
        }

        return PlaceIndex.Default.Find(Text.AsSpan(start, end - start)) >= 0;
    }

    /// <summary>The index of the first known name starting at or after <paramref name="position"/>.</summary>
    public int KnownAt(int position) =>
        StartOrder.FirstAtOrAfter<KnownMention>(CollectionsMarshal.AsSpan(Known), position, static m => m.Start);
}
