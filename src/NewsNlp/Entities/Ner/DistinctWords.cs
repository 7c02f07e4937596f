namespace NewsNlp;

/// <summary>Numbers the distinct words of a document, so that what depends on the word alone (its clusters, its
/// gazetteer entry, whether it is written in lower case elsewhere) is looked up once per distinct word instead of once
/// per occurrence: news repeats its words, and each lookup in the large tables is a cache miss.</summary>
internal static class DistinctWords
{
    /// <summary>Numbers the distinct values of <paramref name="keys"/> in order of first occurrence.</summary>
    /// <param name="keys">The word hashes, one per word.</param>
    /// <param name="ids">Receives each word's number (same length as <paramref name="keys"/>).</param>
    /// <param name="first">Receives, per number, the position of its first occurrence (at least as long as <paramref name="keys"/>).</param>
    /// <returns>The number of distinct values.</returns>
    public static int Number(ReadOnlySpan<ulong> keys, Span<int> ids, Span<int> first)
    {
        using var numbering = new KeyNumbering(keys.Length);
        for (int i = 0; i < keys.Length; i++)
        {
            ids[i] = numbering.NumberOf(keys[i], out bool added);
            if (added)
            {
                first[ids[i]] = i;
            }
        }

        return numbering.Count;
    }
}
