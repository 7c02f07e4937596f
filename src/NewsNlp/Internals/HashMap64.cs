using System.Numerics;
using System.Runtime.CompilerServices;

namespace NewsNlp;

/// <summary>A map from 64-bit keys to 64-bit values for the large tables the tagger reads once per distinct word
/// (word clusters, gazetteer phrases): open addressing with the key and its value side by side, so a lookup is one
/// cache miss where <see cref="Dictionary{TKey, TValue}"/> takes two (its bucket array, then its entry array). Filled
/// while its owner builds it (<see cref="GetOrAdd"/>), then only read: safe for concurrent reads once published.</summary>
/// <remarks>Key 0 marks an empty slot and cannot be stored; the owners' keys are hashes (see each owner for how it
/// keeps 0 out).</remarks>
internal sealed class HashMap64
{
    /// <summary>Slots per key at most: a load factor of one half keeps linear probes within a cache line or two.</summary>
    private const int SlotsPerKey = 2;

    /// <summary>Fibonacci hashing multiplier (2^64 / golden ratio): spreads keys whose low bits are alike.</summary>
    private const ulong Spread = 0x9E37_79B9_7F4A_7C15UL;

    private readonly Slot[] _slots;
    private readonly int _shift;
    private readonly int _mask;

    /// <summary>An empty map with room for <paramref name="capacity"/> keys.</summary>
    public HashMap64(int capacity)
    {
        int slots = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * SlotsPerKey));
        _slots = new Slot[slots];
        _mask = slots - 1;
        _shift = 64 - BitOperations.Log2((uint)slots);
        Capacity = capacity;
    }

    /// <summary>Gets the most keys the map holds.</summary>
    public int Capacity { get; }

    /// <summary>Gets the number of keys.</summary>
    public int Count { get; private set; }

    /// <summary>The value of <paramref name="key"/>, or 0 when it is absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong GetValueOrDefault(ulong key)
    {
        Slot[] slots = _slots;
        int s = (int)((key * Spread) >> _shift);
        while (true)
        {
            ref Slot slot = ref slots[s];
            if (slot.Key == key)
            {
                return slot.Value;
            }

            if (slot.Key == 0)
            {
                return 0;
            }

            s = (s + 1) & _mask;
        }
    }

    /// <summary>The value slot of <paramref name="key"/>, added with value 0 when absent (building only).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The key is 0.</exception>
    /// <exception cref="InvalidOperationException">The map already holds <see cref="Capacity"/> keys.</exception>
    public ref ulong GetOrAdd(ulong key)
    {
        ArgumentOutOfRangeException.ThrowIfZero(key);
        int s = (int)((key * Spread) >> _shift);
        while (true)
        {
            ref Slot slot = ref _slots[s];
            if (slot.Key == key)
            {
                return ref slot.Value;
            }

            if (slot.Key == 0)
            {
                if (Count == Capacity)
                {
                    throw new InvalidOperationException("HashMap64: more keys than its capacity.");
                }

                Count++;
                slot.Key = key;
                return ref slot.Value;
            }

            s = (s + 1) & _mask;
        }
    }

    private struct Slot
    {
        public ulong Key;
        public ulong Value;
    }
}
