using System.Buffers;

namespace NewsNlp;

/// <summary>Scores the 17 IPTC subjects of a text with the embedded model: one calibrated score per subject (Platt
/// scaling fitted on held-out data, so a 0.6 is right about 60% of the time), several of which can be high on one
/// story, and the score from which each subject is reported. Thread-safe.</summary>
internal static class SubjectClassifier
{
    /// <summary>Embedded resource holding the default model (written by <c>NewsNlp.ModelBuilder topics</c>).</summary>
    public const string ResourceName = "NewsNlp.Models.topics.bin";

    /// <summary>Largest number of characters of a story given to the classifier.</summary>
    public const int MaxClassifiedChars = 20_000;

    /// <summary>Threshold of a subject the model does not calibrate (never the case for the shipped model).</summary>
    private const float UncalibratedThreshold = 0.5f;

    /// <summary>The best subject is reported from this calibrated score (the others from their own threshold, chosen
    /// on held-out data): below it the model is guessing.</summary>
    public const float MinTopScore = 0.1f;

    private static readonly Lazy<Loaded?> s_model = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the default model (null when the resource is absent), loading it on first use.</summary>
    public static TopicModel? DefaultModel => s_model.Value?.Model;

    /// <summary>Gets the calibrated score from which each subject is reported (index-aligned with
    /// <see cref="IptcSubjects.Codes"/>), chosen per subject on held-out data; empty without a model.</summary>
    public static ReadOnlySpan<float> Thresholds => s_model.Value is { } m ? m.Thresholds : [];

    /// <summary>Scores every subject for <paramref name="text"/>, a story given as a string (tests and training).</summary>
    /// <param name="text">Story text (headline and body).</param>
    /// <param name="scores">Receives the calibrated score per subject, in [0, 1].</param>
    /// <returns>The number of the text's features the model weighs (0: no evidence, every score is the prior).</returns>
    public static int Score(string text, Span<float> scores)
    {
        using TopicWordBuffer words = TopicWords.Of(text);
        return Score(text, words.Words, scores);
    }

    /// <summary>Scores every subject for the words of a story, into <paramref name="scores"/> (length 17).</summary>
    /// <param name="text">The text the words are spans of.</param>
    /// <param name="topicWords">The story's words (see <see cref="ContentWords"/>).</param>
    /// <param name="scores">Receives the calibrated score per subject, in [0, 1].</param>
    /// <returns>The number of the text's features the model weighs (0: no evidence).</returns>
    public static int Score(ReadOnlySpan<char> text, ReadOnlySpan<TopicWord> topicWords, Span<float> scores)
    {
        scores[..IptcSubjects.Count].Clear();
        if (s_model.Value is not { } m || topicWords.IsEmpty)
        {
            return 0;
        }

        Span<float> probs = stackalloc float[m.ToSubject.Length];
        int evidence = m.Model.PredictCalibrated(text, topicWords, probs);
        for (int i = 0; i < probs.Length; i++)
        {
            if (m.ToSubject[i] >= 0)
            {
                scores[m.ToSubject[i]] = probs[i];
            }
        }

        return evidence;
    }

    /// <summary>The subjects to report, best first: the best one from <see cref="MinTopScore"/>, each other one from
    /// its own threshold; at most <paramref name="chosen"/>.Length.</summary>
    /// <param name="scores">Calibrated score per subject.</param>
    /// <param name="thresholds">Reporting threshold per subject.</param>
    /// <param name="chosen">Receives the subject indices.</param>
    /// <returns>The number chosen.</returns>
    public static int Select(ReadOnlySpan<float> scores, ReadOnlySpan<float> thresholds, Span<int> chosen)
    {
        Span<int> order = stackalloc int[IptcSubjects.Count];
        for (int i = 0; i < order.Length; i++)
        {
            int x = i;
            int j = i - 1;
            while (j >= 0 && scores[order[j]] < scores[x])
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = x; // insertion sort by score, ties in code order
        }

        if (scores[order[0]] < MinTopScore)
        {
            return 0;
        }

        int n = 0;
        chosen[n++] = order[0];
        for (int i = 1; i < order.Length && n < chosen.Length; i++)
        {
            if (scores[order[i]] >= thresholds[order[i]])
            {
                chosen[n++] = order[i];
            }
        }

        return n;
    }

    /// <summary>The words of the story to classify: the headline, then every sentence outside excluded spans, read
    /// as if written one after the other (a line break after the headline, a space between sentences) and capped at
    /// <see cref="MaxClassifiedChars"/> characters so written.</summary>
    /// <param name="article">The article's text layer.</param>
    /// <param name="structure">Its page structure (headline and excluded spans).</param>
    /// <param name="hasTokens">Receives whether the story has any token at all (a story of punctuation alone has
    /// tokens but no words).</param>
    /// <returns>The words, in a pooled buffer to dispose.</returns>
    public static TopicWordBuffer ContentWords(ArticleText article, PageStructure structure, out bool hasTokens)
    {
        Token[] tokens = article.Tokens;
        TopicWord[] array = ArrayPool<TopicWord>.Shared.Rent(TopicWords.MaxWords(article.Text.Length));
        var reader = new TopicWordReader(article.Text, array);
        int written = 0; // characters of the story as written so far
        int read = 0; // tokens read
        if (structure.Headline is { } headline)
        {
            for (int i = article.TokenAt(headline.Span.Start); i < tokens.Length && tokens[i].End <= headline.Span.End; i++, read++)
            {
                reader.Add(tokens[i]);
            }

            reader.Break();
            written = headline.Text.Length + 1;
        }

        for (int s = 0; s < article.Sentences.Length && written < MaxClassifiedChars; s++)
        {
            TextSpan sentence = article.Sentences[s];
            if (structure.IsExcluded(sentence) || (structure.Headline is { } h && h.Span.Overlaps(sentence)))
            {
                continue;
            }

            int take = Math.Min(sentence.Length, MaxClassifiedChars - written);
            int end = sentence.Start + take;
            reader.StartPassage();
            for (int i = article.SentenceFirstToken[s]; i < article.SentenceFirstToken[s + 1] && tokens[i].Start < end; i++, read++)
            {
                Token t = tokens[i];
                reader.Add(t.End <= end ? t : new Token(t.Start, end - t.Start, t.Kind));
            }

            written += take + 1;
        }

        hasTokens = read > 0;
        return new TopicWordBuffer(array, reader.Finish());
    }

    private static Loaded? LoadDefault()
    {
        using Stream? stream = typeof(NewsAnalyzer).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return null;
        }

        TopicModel model = TopicModel.Load(stream);
        int[] map = new int[model.Labels.Count];
        float[] thresholds = new float[IptcSubjects.Count];
        Array.Fill(thresholds, UncalibratedThreshold);
        for (int i = 0; i < map.Length; i++)
        {
            map[i] = IptcSubjects.IndexOfCode(model.Labels[i]);
            if (map[i] >= 0 && model.IsCalibrated)
            {
                thresholds[map[i]] = model.Thresholds[i];
            }
        }

        return new Loaded(model, map, thresholds);
    }

    private sealed record Loaded(TopicModel Model, int[] ToSubject, float[] Thresholds);
}
