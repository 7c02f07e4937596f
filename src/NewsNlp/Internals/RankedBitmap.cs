using System.Numerics;
using System.Runtime.CompilerServices;

namespace NewsNlp;

/// <summary>A set of hash buckets that also numbers its members densely: the rank of a bucket is how many members come
/// before it. Sixteen bytes per 64 buckets (512 KiB for 2^21 buckets), so a lookup is one cached read and a popcount
/// where a bucket-to-row array would be a random read into megabytes. Immutable once built; thread-safe.</summary>
/// <remarks>Used by the models that map hashed features to rows of weights (<see cref="NerModel"/>, <see cref="TopicModel"/>).</remarks>
internal sealed class RankedBitmap
{
    private readonly Word[] _words;

    /// <summary>Builds the set from buckets given in strictly increasing order.</summary>
    /// <param name="bits">Number of bucket bits (buckets are in [0, 2^bits)).</param>
    /// <param name="increasingBuckets">The members, strictly increasing.</param>
    /// <exception cref="InvalidDataException">A bucket is out of range or out of order.</exception>
    public RankedBitmap(int bits, IEnumerable<int> increasingBuckets)
    {
        if (bits is < 6 or > 28)
        {
            throw new InvalidDataException("Bucket bits must be in [6, 28]; got " + bits + ".");
        }

        Bits = bits;
        _words = new Word[(1 << bits) >> 6];
        int previous = -1;
        foreach (int bucket in increasingBuckets)
        {
            if (bucket <= previous || bucket >= 1 << bits)
            {
                throw new InvalidDataException("Buckets must be increasing and below 2^" + bits + "; got " + bucket + " after " + previous + ".");
            }

            _words[bucket >> 6].Bits |= 1UL << bucket;
            previous = bucket;
        }

        int rank = 0;
        for (int k = 0; k < _words.Length; k++)
        {
            _words[k].Rank = rank;
            rank += BitOperations.PopCount(_words[k].Bits);
        }

        Count = rank;
    }

    /// <summary>Gets the number of bucket bits.</summary>
    public int Bits { get; }

    /// <summary>Gets the number of members.</summary>
    public int Count { get; }

    /// <summary>The bucket of a 64-bit feature hash: its top <see cref="Bits"/> bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int BucketOf(ulong hash) => (int)(hash >> (64 - Bits));

    /// <summary>Finds a bucket's rank.</summary>
    /// <param name="bucket">A bucket in [0, 2^<see cref="Bits"/>).</param>
    /// <param name="rank">The number of members below <paramref name="bucket"/> (its row when it is a member).</param>
    /// <returns>Whether <paramref name="bucket"/> is a member.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryRank(int bucket, out int rank)
    {
        Word word = _words[bucket >> 6];
        ulong bit = 1UL << bucket;
        rank = word.Rank + BitOperations.PopCount(word.Bits & (bit - 1));
        return (word.Bits & bit) != 0;
    }

    /// <summary>Lists the members in increasing order.</summary>
    public IEnumerable<int> Members()
    {
        for (int k = 0; k < _words.Length; k++)
        {
            ulong bits = _words[k].Bits;
            while (bits != 0)
            {
                yield return (k << 6) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
            }
        }
    }

    private struct Word
    {
        public ulong Bits;
        public int Rank;
    }
}
