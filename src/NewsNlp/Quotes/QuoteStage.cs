namespace NewsNlp;

/// <summary>Pipeline stage for quotes: direct, partial, multi-paragraph and reported speech, each with its
/// speaker and reporting cue. The rules: <see cref="QuoteFinder"/> (quotes), <see cref="CueFinder"/>,
/// <see cref="SubjectFinder"/>, <see cref="SpeakerResolver"/>, <see cref="ReportedSpeechFinder"/>; thresholds in
/// <see cref="QuoteRules"/>.</summary>
/// <remarks>
/// <para>Decisions on shapes:</para>
/// <list type="bullet">
/// <item>An interrupted quote (<c>“We will,” he said, “not now.”</c>) is ONE quote: one statement by one
/// speaker. Its span runs from the first opening mark to the last closing mark, so its text includes the
/// attribution words between the parts (the span stays a plain slice of the input).</item>
/// <item>A quote sentence with no cue right after a quote (<c>“A,” he said. “B.”</c>) goes on with that quote:
/// the earlier quote's span is extended over it (same paragraph or the next one; at most 4,000 characters).</item>
/// <item>A multi-paragraph quote (closing mark left off, next paragraph reopening) is one quote; a quote never
/// runs past its paragraph otherwise, and never over more than eight paragraphs.</item>
/// <item>Quoted fragments inside reported speech are partial quotes; the reported statement around them is
/// also returned as an indirect quote unless a single quote carries half of it.</item>
/// <item>Short cue-less fragments (four words or fewer) and title-case fragments (<c>“Star Wars”</c>) are
/// scare quotes or titles, not quotes.</item>
/// <item>A quote and its attribution share one sentence (<see cref="QuoteView"/>): a sentence never ends inside a
/// quote, a short attribution stays with a quote that ends with its own mark (<c>“Why?” Doe asked.</c>), and the
/// lines of a hard-wrapped paragraph are read as one text, so a quote wrapped over several lines is found whole.</item>
/// <item>The speaker is the subject of the cue, past auxiliaries, appositives, relative clauses, brackets and dash
/// pairs (<c>Sen. Jane Doe (D-Ore.) said</c>); a trailing participle or a second verb after <c>and</c>/<c>but</c>
/// takes the subject of the main clause; pronouns resolve to the person or organization named before.</item>
/// </list>
/// <para>Every example shape is pinned in tests/NewsNlp.Tests/Specs/Quotes.tsv.</para>
/// </remarks>
internal sealed class QuoteStage : AnalysisStage
{
    public override void LoadModels()
    {
        // The word lists the quote finder reads (ReportingLexicon's verbs, cues and nouns; QuoteWords' own lists and
        // the Lexicons titles, function, calendar and organization words, first names and agencies behind them), built
        // and compiled here rather than in the first article.
        _ = ReportingVerbs.Verbs.Contains("said") | ReportingVerbs.WeakVerbs.Contains("believes")
            | ReportingLexicon.Phrases.TryGetContinuations("according", out _) | ReportingLexicon.SpeakerNouns.Contains("officials")
            | ReportingLexicon.DocumentNouns.Contains("statement") | ReportingLexicon.HeadlineCues.Contains("Says")
            | ReportingLexicon.IsNamingVerb("called") | QuoteWords.IsNotName("The") | QuoteWords.IsOrganizationWord("Ministry")
            | QuoteWords.IsTitleHead("Sen.") | QuoteWords.IsTitleModifier("Chinese") | QuoteWords.GenderOf("Jane") == 'f'
            | QuoteWords.IsAuxiliary("has") | QuoteWords.IsTimeWord("Tuesday") | QuoteWords.IsOrganizationNoun("company")
            | QuoteWords.NounGender("spokeswoman") == 'f';
    }

    /// <summary>Finds the quotes of <paramref name="article"/>, outside the spans <paramref name="structure"/>
    /// excludes, with speakers resolved to <paramref name="entities"/> where they name one.</summary>
    public QuoteResult Find(ArticleText article, PageStructure structure, EntityResult entities)
    {
        if (string.IsNullOrWhiteSpace(article.Text))
        {
            return QuoteResult.None;
        }

        var document = new QuoteDocument(article, structure, entities);
        return new QuoteResult([.. QuoteFinder.Extract(document)], document);
    }
}
