using System.Buffers;
using System.Numerics;

namespace NewsNlp;

/// <summary>The summed quantized weights of each distinct word's <see cref="NerFeatureParts.Word"/> features, for one
/// document and one pass: a name repeated through a story is scored from its own features once, and each occurrence
/// adds only its context features. The sums are integers, so adding them in another grouping gives exactly the same
/// scores.</summary>
internal sealed class WordScoreCache : IDisposable
{
    /// <summary>Slots per entry of the open-addressing table (a load factor of at most one half keeps probes short).</summary>
    private const int SlotsPerEntry = 2;

    private readonly int[] _slots; // entry + 1; 0 = empty
    private readonly ulong[] _keys;
    private readonly int[] _sums;
    private readonly int _mask;
    private readonly int _capacity;
    private int _count;

    /// <summary>A cache for a document of <paramref name="words"/> words (at most that many entries).</summary>
    public WordScoreCache(int words)
    {
        _capacity = Math.Max(1, words);
        int slots = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, _capacity * SlotsPerEntry));
        _mask = slots - 1;
        _slots = ArrayPool<int>.Shared.Rent(slots);
        Array.Clear(_slots, 0, slots);
        _keys = ArrayPool<ulong>.Shared.Rent(_capacity);
        _sums = ArrayPool<int>.Shared.Rent(_capacity * NerWeights.TagCount);
    }

    /// <summary>Finds the entry of <paramref name="key"/>, or adds one (with its sums to fill) when there is room.</summary>
    /// <param name="key">The word's <see cref="NerFeatures.WordKey"/>.</param>
    /// <param name="sums">Receives the entry's sums, or an empty span when the table is full.</param>
    /// <returns>Whether the entry was there (its sums are filled); false when it is new (fill <paramref name="sums"/>).</returns>
    public bool TryGet(ulong key, out Span<int> sums)
    {
        int s = (int)(key >> 40) & _mask;
        while (true)
        {
            int entry = _slots[s] - 1;
            if (entry < 0)
            {
                if (_count == _capacity)
                {
                    sums = [];
                    return false;
                }

                entry = _count++;
                _slots[s] = entry + 1;
                _keys[entry] = key;
                sums = _sums.AsSpan(entry * NerWeights.TagCount, NerWeights.TagCount);
                return false;
            }

            if (_keys[entry] == key)
            {
                sums = _sums.AsSpan(entry * NerWeights.TagCount, NerWeights.TagCount);
                return true;
            }

            s = (s + 1) & _mask;
        }
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_slots);
        ArrayPool<ulong>.Shared.Return(_keys);
        ArrayPool<int>.Shared.Return(_sums);
    }
}
