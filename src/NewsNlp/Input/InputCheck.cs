namespace NewsNlp;

/// <summary>What the input is, told before any stage reads it: its language and the warnings a user needs when the
/// input is not an English article (other languages, binary data, a raw web page, a word or two). The pipeline reads
/// it to leave out the stages whose output would be confident garbage.</summary>
internal sealed class InputCheck
{
    private InputCheck(DetectedLanguage language, IReadOnlyList<AnalysisWarning> warnings, bool readsStructure, bool readsNames, bool classifiesTopics)
    {
        Language = language;
        Warnings = warnings;
        ReadsStructure = readsStructure;
        ReadsNames = readsNames;
        ClassifiesTopics = classifiesTopics;
    }

    /// <summary>Gets the language told.</summary>
    public DetectedLanguage Language { get; }

    /// <summary>Gets the warnings, in the order of <see cref="AnalysisWarning"/>; empty for an English article.</summary>
    public IReadOnlyList<AnalysisWarning> Warnings { get; }

    /// <summary>Gets whether headline, dateline, byline and boilerplate are read (not in binary data or a web page).</summary>
    public bool ReadsStructure { get; }

    /// <summary>Gets whether entities and quotes are read (English text only).</summary>
    public bool ReadsNames { get; }

    /// <summary>Gets whether topics, regions and keywords are read (English text with enough words).</summary>
    public bool ClassifiesTopics { get; }

    /// <summary>Checks the input of <paramref name="article"/>.</summary>
    public static InputCheck Read(ArticleText article)
    {
        LanguageEvidence.Verdict language = LanguageEvidence.Read(article);
        bool binary = InputScan.IsBinary(article.Text);
        (bool markup, bool page) = InputScan.Markup(article.Text);

        // The words of binary data or of a page's head (scripts, styles) tell no language.
        bool unreadable = binary || page;
        bool notEnglish = !language.IsEnglish && !unreadable;
        bool names = !unreadable && language.IsEnglish;
        bool tooShort = names && language.Words < InputRules.MinTopicWords; // the one reason an English text gets no topics
        AnalysisWarning[] warnings = [];
        if (notEnglish || markup || binary || tooShort)
        {
            var list = new List<AnalysisWarning>(2);
            AddIf(list, notEnglish, AnalysisWarning.NotEnglish);
            AddIf(list, markup, AnalysisWarning.Markup);
            AddIf(list, binary, AnalysisWarning.Binary);
            AddIf(list, tooShort, AnalysisWarning.TooShort);
            warnings = [.. list];
        }

        return new InputCheck(unreadable ? DetectedLanguage.Unknown : language.Language, warnings, !unreadable, names, names && !tooShort);
    }

    private static void AddIf(List<AnalysisWarning> warnings, bool condition, AnalysisWarning warning)
    {
        if (condition)
        {
            warnings.Add(warning);
        }
    }
}
