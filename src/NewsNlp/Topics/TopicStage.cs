namespace NewsNlp;

/// <summary>Pipeline stage for subjects (IPTC Media Topics or a custom <see cref="TopicModel"/>), regions and keywords.
/// Stateless: safe to call from many threads.</summary>
internal sealed class TopicStage : AnalysisStage
{
    private readonly NewsAnalyzerOptions _options;

    public TopicStage(NewsAnalyzerOptions options) => _options = options;

    /// <summary>Custom-model subjects scoring below this are not reported (the best one always is).</summary>
    public const double MinSubjectScore = 0.2;

    /// <summary>Most subjects reported per story.</summary>
    public const int MaxSubjects = 5;

    public override void LoadModels()
    {
        // The keyword rules' word lists (Lexicons titles, stop words), built and compiled here rather than in the
        // first article.
        _ = KeywordRules.IsTitle("minister", period: false) | Titles.Phrases.TryGetContinuations("prime", out _) | StopWords.Contains("the");
        if (_options.TopicModel is null)
        {
            _ = SubjectClassifier.DefaultModel;
        }

        _ = PlaceIndex.Default;
    }

    /// <summary>Classifies the story's subjects and finds its regions and keywords.</summary>
    public TopicResult Classify(ArticleText article, PageStructure structure, EntityResult entities)
    {
        var topics = new List<TopicScore>();
        using (TopicWordBuffer content = SubjectClassifier.ContentWords(article, structure, out bool hasTokens))
        {
            if (hasTokens)
            {
                if (_options.TopicModel is { } custom)
                {
                    AddCustomSubjects(topics, custom.Classify(article.Text, content.Words));
                }
                else
                {
                    AddIptcSubjects(topics, article.Text, content.Words);
                }
            }
        }

        RegionScore[] regions = RegionScorer.Score(article, structure, entities);
        Keyword[] keywords = KeywordExtractor.Extract(article, structure, entities, _options.MaxKeywords);
        return new TopicResult([.. topics], regions, keywords);
    }

    private static void AddIptcSubjects(List<TopicScore> topics, string text, ReadOnlySpan<TopicWord> content)
    {
        Span<float> scores = stackalloc float[IptcSubjects.Count];
        if (SubjectClassifier.Score(text, content, scores) == 0)
        {
            return; // no word the model weighs: no subject from thin air
        }

        Span<int> chosen = stackalloc int[MaxSubjects];
        int n = SubjectClassifier.Select(scores, SubjectClassifier.Thresholds, chosen);
        foreach (int c in chosen[..n])
        {
            topics.Add(new TopicScore(IptcSubjects.Codes[c], IptcSubjects.Labels[c], Math.Round(scores[c], 4)));
        }
    }

    private static void AddCustomSubjects(List<TopicScore> topics, IReadOnlyList<TopicScore> scores)
    {
        var list = new List<TopicScore>(scores.Count);
        foreach (TopicScore s in scores)
        {
            list.Add(s with { Score = Math.Round(s.Score, 4) });
        }

        AddBest(topics, list);
    }

    private static void AddBest(List<TopicScore> topics, List<TopicScore> list)
    {
        list.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Code, b.Code));
        for (int i = 0; i < list.Count && i < MaxSubjects; i++)
        {
            if (list[i].Score <= 0 || (i > 0 && list[i].Score < MinSubjectScore))
            {
                break;
            }

            topics.Add(list[i]);
        }
    }
}
