using System.Buffers;

namespace NewsNlp;

/// <summary>The topic classifier's features, shared by training and classification so both see the same vectors:
/// lower-cased words (numbers, stop words and possessive endings dropped) and adjacent-word bigrams within a clause,
/// each a 64-bit hash; a document is their TF-IDF vector over the model's vocabulary, L2-normalised. Words are
/// <see cref="TopicWord"/>s.</summary>
internal static class TopicFeatures
{
    /// <summary>Words longer than this are hashed on their first <see cref="MaxWordChars"/> characters.</summary>
    public const int MaxWordChars = 48;

    private const int UnigramTemplate = 71;
    private const int BigramTemplate = 72;

    /// <summary>An upper bound on the features of <paramref name="words"/> words (a unigram and a bigram each).</summary>
    public static int MaxFeatures(int words) => 2 * words;

    /// <summary>Writes the feature hashes of <paramref name="words"/> in text order.</summary>
    /// <param name="text">The text the words are spans of.</param>
    /// <param name="words">The words.</param>
    /// <param name="output">Receives the hashes; at least <see cref="MaxFeatures(int)"/> long.</param>
    /// <returns>The number written.</returns>
    public static int Extract(ReadOnlySpan<char> text, ReadOnlySpan<TopicWord> words, Span<ulong> output)
    {
        Span<char> lower = stackalloc char[MaxWordChars];
        int n = 0;
        ulong previous = 0;
        bool broken = true;
        foreach (TopicWord tw in words)
        {
            broken |= tw.Break;
            ReadOnlySpan<char> word = text.Slice(tw.Start, tw.Length);
            if (word.Length >= 3 && word[^1] is 's' or 'S' && word[^2] is '\'' or '\u2019')
            {
                word = word[..^2];
            }

            if (CharScan.ContainsDigit(word))
            {
                continue;
            }

            int take = Math.Min(word.Length, MaxWordChars);
            for (int i = 0; i < take; i++)
            {
                lower[i] = char.ToLowerInvariant(word[i]);
            }

            ReadOnlySpan<char> w = lower[..take];
            if (StopWords.Contains(w))
            {
                continue;
            }

            ulong h = FeatureHash.Lower(w);
            output[n++] = FeatureHash.Feature(UnigramTemplate, h);
            if (!broken)
            {
                output[n++] = FeatureHash.Feature(BigramTemplate, FeatureHash.Combine(previous, h));
            }

            previous = h;
            broken = false;
        }

        return n;
    }

    /// <summary>The normalised TF-IDF vector of a text over a vocabulary, as increasing vocabulary indices and values.</summary>
    /// <param name="text">The text.</param>
    /// <param name="words">Its words.</param>
    /// <param name="vocabulary">Vocabulary buckets; a feature's index is its bucket's rank.</param>
    /// <param name="idf">Inverse document frequency per vocabulary index.</param>
    /// <param name="indices">Receives the indices; at least <see cref="MaxFeatures(int)"/> long.</param>
    /// <param name="values">Receives the values; at least <see cref="MaxFeatures(int)"/> long.</param>
    /// <returns>The number of non-zero entries.</returns>
    public static int Vectorize(ReadOnlySpan<char> text, ReadOnlySpan<TopicWord> words, RankedBitmap vocabulary, ReadOnlySpan<float> idf, Span<int> indices, Span<float> values)
    {
        ulong[] rented = ArrayPool<ulong>.Shared.Rent(MaxFeatures(words.Length));
        try
        {
            int count = Extract(text, words, rented);
            int found = 0;
            for (int i = 0; i < count; i++)
            {
                if (vocabulary.TryRank(vocabulary.BucketOf(rented[i]), out int index))
                {
                    indices[found++] = index;
                }
            }

            Span<int> hits = indices[..found];
            hits.Sort();
            int m = 0;
            double norm = 0;
            for (int i = 0; i < hits.Length;)
            {
                int j = i + 1;
                while (j < hits.Length && hits[j] == hits[i])
                {
                    j++;
                }

                float value = (j - i) * idf[hits[i]];
                indices[m] = hits[i];
                values[m++] = value;
                norm += (double)value * value;
                i = j;
            }

            if (norm > 0)
            {
                float scale = (float)(1 / Math.Sqrt(norm));
                for (int i = 0; i < m; i++)
                {
                    values[i] *= scale;
                }
            }

            return m;
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(rented);
        }
    }

    /// <summary>Smoothed inverse document frequency: ln((1 + documents) / (1 + df)) + 1.</summary>
    public static float Idf(int documents, int documentFrequency) => (float)(Math.Log((1.0 + documents) / (1.0 + documentFrequency)) + 1.0);
}
