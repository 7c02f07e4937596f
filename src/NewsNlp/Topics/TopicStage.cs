namespace NewsNlp;

/// <summary>Pipeline stage for subjects (IPTC Media Topics or a custom <see cref="TopicModel"/>), regions and keywords.
/// Stateless: safe to call from many threads.</summary>
internal sealed class TopicStage : AnalysisStage
{
    /// <summary>Subjects scoring below this are not reported (the best one always is).</summary>
    public const double MinSubjectScore = 0.2;

    /// <summary>Most subjects reported per story.</summary>
    public const int MaxSubjects = 5;

    public override void LoadModels(NewsAnalyzerOptions options)
    {
        if (options.TopicModel is null)
        {
            _ = SubjectClassifier.DefaultModel;
        }

        _ = RegionTable.Instance;
    }

    public override void Run(AnalysisContext context)
    {
        string content = SubjectClassifier.ContentText(context);
        if (!string.IsNullOrWhiteSpace(content))
        {
            if (context.Options.TopicModel is { } custom)
            {
                AddCustomSubjects(context, custom, content);
            }
            else
            {
                AddIptcSubjects(context, content);
            }
        }

        RegionScorer.Score(context);
        KeywordExtractor.Extract(context);
    }

    private static void AddIptcSubjects(AnalysisContext context, string content)
    {
        Span<float> scores = stackalloc float[IptcSubjects.Count];
        SubjectClassifier.Score(content, scores, []);
        var list = new List<TopicScore>(IptcSubjects.Count);
        for (int c = 0; c < IptcSubjects.Count; c++)
        {
            list.Add(new TopicScore(IptcSubjects.Codes[c], IptcSubjects.Labels[c], Math.Round(scores[c], 4)));
        }

        AddBest(context, list);
    }

    private static void AddCustomSubjects(AnalysisContext context, TopicModel model, string content)
    {
        IReadOnlyList<TopicScore> scores = model.Classify(content);
        var list = new List<TopicScore>(scores.Count);
        foreach (TopicScore s in scores)
        {
            list.Add(s with { Score = Math.Round(s.Score, 4) });
        }

        AddBest(context, list);
    }

    private static void AddBest(AnalysisContext context, List<TopicScore> list)
    {
        list.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Code, b.Code));
        for (int i = 0; i < list.Count && i < MaxSubjects; i++)
        {
            if (list[i].Score <= 0 || (i > 0 && list[i].Score < MinSubjectScore))
            {
                break;
            }

            context.Topics.Add(list[i]);
        }
    }
}
