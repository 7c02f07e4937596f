using System.Buffers;
using System.Numerics;

namespace NewsNlp;

/// <summary>Numbers 64-bit hash keys 0, 1, 2… in order of first sight, up to a capacity: an open-addressing table on
/// pooled arrays, for per-document tables (a story's distinct words, the tagger's word scores). Not thread-safe: one
/// per document; dispose it to return its arrays.</summary>
internal sealed class KeyNumbering : IDisposable
{
    /// <summary>Slots per key (a load factor of at most one half keeps probes short).</summary>
    private const int SlotsPerKey = 2;

    private readonly int[] _slots; // number + 1; 0 = empty
    private readonly ulong[] _keys;
    private readonly int _mask;

    /// <summary>A table for at most <paramref name="capacity"/> keys.</summary>
    public KeyNumbering(int capacity)
    {
        Capacity = Math.Max(1, capacity);
        int slots = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, Capacity * SlotsPerKey));
        _mask = slots - 1;
        _slots = ArrayPool<int>.Shared.Rent(slots);
        Array.Clear(_slots, 0, slots);
        _keys = ArrayPool<ulong>.Shared.Rent(Capacity);
    }

    /// <summary>Gets the most keys the table numbers.</summary>
    public int Capacity { get; }

    /// <summary>Gets the number of keys numbered so far.</summary>
    public int Count { get; private set; }

    /// <summary>The number of <paramref name="key"/>, giving it the next one when it is new.</summary>
    /// <param name="key">A well-mixed hash (its high bits pick the slot).</param>
    /// <param name="added">Receives whether the key was new.</param>
    /// <returns>The key's number, or -1 when it is new and the table is full.</returns>
    public int NumberOf(ulong key, out bool added)
    {
        int s = (int)(key >> 40) & _mask;
        while (true)
        {
            int number = _slots[s] - 1;
            if (number < 0)
            {
                added = Count < Capacity;
                if (!added)
                {
                    return -1;
                }

                _slots[s] = Count + 1;
                _keys[Count] = key;
                return Count++;
            }

            if (_keys[number] == key)
            {
                added = false;
                return number;
            }

            s = (s + 1) & _mask;
        }
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_slots);
        ArrayPool<ulong>.Shared.Return(_keys);
    }
}
