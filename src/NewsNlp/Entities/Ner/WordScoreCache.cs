using System.Buffers;

namespace NewsNlp;

/// <summary>The summed quantized weights of each distinct word's <see cref="NerFeatureParts.Word"/> features, for one
/// document and one pass: a name repeated through a story is scored from its own features once, and each occurrence
/// adds only its context features. The sums are integers, so adding them in another grouping gives exactly the same
/// scores.</summary>
internal sealed class WordScoreCache : IDisposable
{
    private readonly KeyNumbering _entries;
    private readonly int[] _sums;

    /// <summary>A cache for a document of <paramref name="words"/> words (at most that many entries).</summary>
    public WordScoreCache(int words)
    {
        _entries = new KeyNumbering(words);
        _sums = ArrayPool<int>.Shared.Rent(_entries.Capacity * NerWeights.TagCount);
    }

    /// <summary>Finds the entry of <paramref name="key"/>, or adds one (with its sums to fill) when there is room.</summary>
    /// <param name="key">The word's <see cref="NerFeatures.WordKey"/>.</param>
    /// <param name="sums">Receives the entry's sums, or an empty span when the table is full.</param>
    /// <returns>Whether the entry was there (its sums are filled); false when it is new (fill <paramref name="sums"/>).</returns>
    public bool TryGet(ulong key, out Span<int> sums)
    {
        int entry = _entries.NumberOf(key, out bool added);
        sums = entry < 0 ? [] : _sums.AsSpan(entry * NerWeights.TagCount, NerWeights.TagCount);
        return entry >= 0 && !added;
    }

    public void Dispose()
    {
        _entries.Dispose();
        ArrayPool<int>.Shared.Return(_sums);
    }
}
