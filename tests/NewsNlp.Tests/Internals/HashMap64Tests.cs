using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Internals;

public sealed class HashMap64Tests
{
    [Fact]
    public void HoldsWhatWasAdded_AndReadsZeroForAbsentKeys()
    {
        // Word hashes of the tagger's vocabulary, as the gazetteer stores them.
        var words = new[] { "Taipei", "Taiwan", "Blinken", "Qin", "Beijing", "said" };
        var map = new HashMap64(words.Length);
        for (int i = 0; i < words.Length; i++)
        {
            map.GetOrAdd(FeatureHash.Lower(words[i])) = (ulong)(i + 1);
        }

        map.Count.Should().Be(words.Length);
        for (int i = 0; i < words.Length; i++)
        {
            map.GetValueOrDefault(FeatureHash.Lower(words[i])).Should().Be((ulong)(i + 1));
        }

        map.GetValueOrDefault(FeatureHash.Lower("Washington")).Should().Be(0);
    }

    [Fact]
    public void GetOrAdd_UpdatesInPlace_WhenTheTableIsAsFullAsItGets()
    {
        // 1,000 keys in 2,048 slots (the most it holds): many keys probe past others to find their slot.
        const int n = 1000;
        var map = new HashMap64(n);
        for (ulong k = 1; k <= n; k++)
        {
            map.GetOrAdd(k * 0x1_0000_0001UL) |= k;
        }

        for (ulong k = 1; k <= n; k++)
        {
            map.GetOrAdd(k * 0x1_0000_0001UL) |= 1UL << 40;
        }

        map.Count.Should().Be(n);
        for (ulong k = 1; k <= n; k++)
        {
            map.GetValueOrDefault(k * 0x1_0000_0001UL).Should().Be(k | (1UL << 40));
        }

        map.GetValueOrDefault((n + 1) * 0x1_0000_0001UL).Should().Be(0);
    }

    [Fact]
    public void RefusesKeyZero_AndMoreKeysThanItsCapacity()
    {
        var map = new HashMap64(2);
        FluentActions.Invoking(() => map.GetOrAdd(0)).Should().Throw<ArgumentOutOfRangeException>();
        map.GetOrAdd(1) = 1;
        map.GetOrAdd(2) = 2;
        FluentActions.Invoking(() => map.GetOrAdd(3)).Should().Throw<InvalidOperationException>();
        map.GetValueOrDefault(3).Should().Be(0);
    }
}
