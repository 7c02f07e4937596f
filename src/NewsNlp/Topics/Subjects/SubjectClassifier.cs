using System.Buffers;

namespace NewsNlp;

/// <summary>Scores the 17 IPTC subjects of a text: the embedded ML.NET model's probabilities blended (noisy-or)
/// with seed-lexicon evidence, so that several subjects can score high on one story. Thread-safe.</summary>
internal static class SubjectClassifier
{
    /// <summary>Embedded resource holding the default model (written by <c>NewsNlp.ModelBuilder topics</c>).</summary>
    public const string ResourceName = "NewsNlp.Models.topics.bin";

    /// <summary>Largest number of characters of a story given to the classifier.</summary>
    public const int MaxClassifiedChars = 20_000;

    /// <summary>How much lexicon evidence can add (noisy-or weight).</summary>
    public const float LexiconWeight = 0.6f;

    private static readonly Lazy<(TopicModel Model, int[] ToSubject)?> s_model = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the default model (null when the resource is absent), loading it on first use.</summary>
    public static TopicModel? DefaultModel => s_model.Value?.Model;

    /// <summary>Scores every subject for <paramref name="text"/>, a story given as a string (tests and training).</summary>
    /// <param name="text">Story text (headline and body).</param>
    /// <param name="scores">Receives the blended score per subject, in [0, 1].</param>
    /// <param name="modelOnly">Receives the model's own probabilities, or empty to skip.</param>
    public static void Score(string text, Span<float> scores, Span<float> modelOnly)
    {
        using TopicWordBuffer words = TopicWords.Of(text);
        Score(text, words.Words, scores, modelOnly);
    }

    /// <summary>Scores every subject for the words of a story, into <paramref name="scores"/> (length 17).</summary>
    /// <param name="text">The text the words are spans of.</param>
    /// <param name="topicWords">The story's words (see <see cref="ContentWords"/>).</param>
    /// <param name="scores">Receives the blended score per subject, in [0, 1].</param>
    /// <param name="modelOnly">Receives the model's own probabilities, or empty to skip.</param>
    public static void Score(ReadOnlySpan<char> text, ReadOnlySpan<TopicWord> topicWords, Span<float> scores, Span<float> modelOnly)
    {
        Span<float> hits = stackalloc float[IptcSubjects.Count];
        Span<float> evidence = stackalloc float[IptcSubjects.Count];
        int words = TopicLexicon.Count(text, topicWords, hits, []);
        TopicLexicon.ToEvidence(hits, words, evidence);
        Span<float> p = stackalloc float[IptcSubjects.Count];
        p.Clear();
        (TopicModel Model, int[] ToSubject)? loaded = s_model.Value;
        if (loaded is { } m && words > 0)
        {
            Span<float> probs = stackalloc float[m.ToSubject.Length];
            m.Model.Predict(text, topicWords, probs);
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
