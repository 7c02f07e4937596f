using System.Text;

namespace NewsNlp;

/// <summary>Scores the 17 IPTC subjects of a text: the embedded ML.NET model's probabilities blended (noisy-or)
/// with seed-lexicon evidence, so that several subjects can score high on one story. Thread-safe.</summary>
internal static class SubjectClassifier
{
    /// <summary>Embedded resource holding the default model (written by <c>NewsNlp.Training topics</c>).</summary>
    public const string ResourceName = "NewsNlp.Models.topics.bin";

    /// <summary>Largest number of characters of a story given to the classifier.</summary>
    public const int MaxClassifiedChars = 20_000;

    /// <summary>How much lexicon evidence can add (noisy-or weight).</summary>
    public const float LexiconWeight = 0.6f;

    private static readonly Lazy<(TopicModel Model, int[] ToSubject)?> s_model = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the default model (null when the resource is absent), loading it on first use.</summary>
    public static TopicModel? DefaultModel => s_model.Value?.Model;

    /// <summary>Scores every subject for <paramref name="text"/>, into <paramref name="scores"/> (length 17).</summary>
    /// <param name="text">Story text (headline and body).</param>
    /// <param name="scores">Receives the blended score per subject, in [0, 1].</param>
    /// <param name="modelOnly">Receives the model's own probabilities, or empty to skip.</param>
    public static void Score(string text, Span<float> scores, Span<float> modelOnly)
    {
        Span<float> hits = stackalloc float[IptcSubjects.Count];
        Span<float> evidence = stackalloc float[IptcSubjects.Count];
        int words = TopicLexicon.Count(text, hits, [], null);
        TopicLexicon.ToEvidence(hits, words, evidence);
        Span<float> p = stackalloc float[IptcSubjects.Count];
        p.Clear();
        (TopicModel Model, int[] ToSubject)? loaded = s_model.Value;
        if (loaded is { } m && words > 0)
        {
            Span<float> probs = stackalloc float[m.ToSubject.Length];
            m.Model.Predict(text, probs);
            for (int i = 0; i < probs.Length; i++)
            {
                if (m.ToSubject[i] >= 0)
                {
                    p[m.ToSubject[i]] = probs[i];
                }
            }
        }

        for (int c = 0; c < IptcSubjects.Count; c++)
        {
            scores[c] = 1f - ((1f - p[c]) * (1f - (LexiconWeight * evidence[c])));
        }

        if (!modelOnly.IsEmpty)
        {
            p.CopyTo(modelOnly);
        }
    }

    /// <summary>The story text to classify: the headline and every sentence outside excluded spans, capped.</summary>
    public static string ContentText(ArticleText article, PageStructure structure)
    {
        string text = article.Text;
        var sb = new StringBuilder(Math.Min(text.Length, MaxClassifiedChars) + 16);
        if (structure.Headline is { } headline)
        {
            sb.Append(headline.Text).Append('\n');
        }

        if (article.Sentences.Length == 0)
        {
            sb.Append(text.AsSpan(0, Math.Min(text.Length, MaxClassifiedChars)));
            return sb.ToString();
        }

        foreach (TextSpan sentence in article.Sentences)
        {
            if (sb.Length >= MaxClassifiedChars)
            {
                break;
            }

            if (structure.IsExcluded(sentence) || (structure.Headline is { } h && h.Span.Overlaps(sentence)))
            {
                continue;
            }

            int take = Math.Min(sentence.Length, MaxClassifiedChars - sb.Length);
            sb.Append(text.AsSpan(sentence.Start, take)).Append(' ');
        }

        return sb.ToString();
    }

    private static (TopicModel Model, int[] ToSubject)? LoadDefault()
    {
        using Stream? stream = typeof(NewsAnalyzer).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return null;
        }

        TopicModel model = TopicModel.Load(stream);
        int[] map = new int[model.Labels.Count];
        for (int i = 0; i < map.Length; i++)
        {
            map[i] = IptcSubjects.IndexOfCode(model.Labels[i]);
        }

        return (model, map);
    }
}
