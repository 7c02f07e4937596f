using System.Numerics;

namespace NewsNlp;

/// <summary>Numbers the distinct words of a document, so that what depends on the word alone (its clusters, its
/// gazetteer entry, whether it is written in lower case elsewhere) is looked up once per distinct word instead of once
/// per occurrence: news repeats its words, and each lookup in the large tables is a cache miss.</summary>
internal static class DistinctWords
{
    /// <summary>Slots per key in the open-addressing table (a load factor of at most one half keeps probes short).</summary>
    private const int SlotsPerKey = 2;

    /// <summary>Numbers the distinct values of <paramref name="keys"/> in order of first occurrence.</summary>
    /// <param name="keys">The word hashes, one per word.</param>
    /// <param name="ids">Receives each word's number (same length as <paramref name="keys"/>).</param>
    /// <param name="first">Receives, per number, the position of its first occurrence (at least as long as <paramref name="keys"/>).</param>
    /// <returns>The number of distinct values.</returns>
    public static int Number(ReadOnlySpan<ulong> keys, Span<int> ids, Span<int> first)
    {
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * SlotsPerKey));
        int mask = capacity - 1;
        var slots = new int[capacity];
        Array.Fill(slots, -1);
        int distinct = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            ulong key = keys[i];
            int s = (int)(key >> 40) & mask;
            while (true)
            {
                int id = slots[s];
                if (id < 0)
                {
                    slots[s] = distinct;
                    first[distinct] = i;
                    ids[i] = distinct++;
                    break;
                }

                if (keys[first[id]] == key)
                {
                    ids[i] = id;
                    break;
                }

                s = (s + 1) & mask;
            }
        }

        return distinct;
    }
}
