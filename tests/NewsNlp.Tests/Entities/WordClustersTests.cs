using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Entities;

/// <summary>The word clusters the tagger reads (Models/clusters.bin): lookups by the tagger's word hash, the spelling
/// picked by case, and a table that refuses to load when it is not whole.</summary>
public sealed class WordClustersTests
{
    [Fact]
    public void Lookup_PicksTheSpellingByCase_AndFallsBackToTheOther()
    {
        WordClusters clusters = RoundTrip(new Dictionary<uint, (uint, uint)>
        {
            [Key("may")] = (WordClusters.Pack(1, 2, 3), WordClusters.Pack(4, 5, 6)),
            [Key("reuters")] = (WordClusters.None, WordClusters.Pack(7, 8, 9)),
        });

        clusters.Of(FeatureHash.Lower("may"), capitalized: false).Should().Be(WordClusters.Pack(1, 2, 3));
        clusters.Of(FeatureHash.Lower("May"), capitalized: true).Should().Be(WordClusters.Pack(4, 5, 6));
        clusters.Of(FeatureHash.Lower("reuters"), capitalized: false).Should().Be(WordClusters.Pack(7, 8, 9));
        clusters.Of(FeatureHash.Lower("Zyxwv"), capitalized: true).Should().Be(WordClusters.None);
    }

    [Fact]
    public void Embedded_Table_KnowsNewsWords_AndPutsSurnamesTogether()
    {
        WordClusters clusters = WordClusters.Default;

        clusters.Count.Should().BeGreaterThan(100_000);
        uint obama = clusters.Of(FeatureHash.Lower("Obama"), capitalized: true);
        uint clinton = clusters.Of(FeatureHash.Lower("Clinton"), capitalized: true);
        uint paris = clusters.Of(FeatureHash.Lower("Paris"), capitalized: true);
        obama.Should().NotBe(WordClusters.None);
        (obama >> 17).Should().Be(clinton >> 17, "two US presidents' surnames share a k1000 cluster");
        (obama >> 17).Should().NotBe(paris >> 17, "a city is not in the surnames' cluster");
        clusters.Of(FeatureHash.Lower("Berlin"), capitalized: true).Should().Be(paris, "two European capitals share all three clusters");
    }

    [Fact]
    public void TruncatedTable_FailsToLoad()
    {
        byte[] bytes = WordClusters.Save(new Dictionary<uint, (uint, uint)> { [1] = (WordClusters.Pack(1, 1, 1), 0), [2] = (0, WordClusters.Pack(2, 2, 2)) });

        Action load = () => WordClusters.Load(new MemoryStream(bytes[..^3]));

        load.Should().Throw<InvalidDataException>().WithMessage("clusters:*");
    }

    [Fact]
    public void Table_KeepsItsKeyWidth_AndRefusesAKeyWiderThanIt()
    {
        ulong hash = FeatureHash.Lower("Wielgus");
        var entries = new Dictionary<uint, (uint, uint)> { [WordClusters.KeyOf(hash, 20)] = (WordClusters.None, WordClusters.Pack(3, 4, 5)) };
        WordClusters narrow = WordClusters.Load(new MemoryStream(WordClusters.Save(entries, keyBits: 20)));

        narrow.Of(hash, capitalized: true).Should().Be(WordClusters.Pack(3, 4, 5), "a 20-bit table looks words up by their upper 20 hash bits");
        Action wide = () => WordClusters.Save(new Dictionary<uint, (uint, uint)> { [1u << 20] = (WordClusters.Pack(1, 1, 1), 0) }, keyBits: 20);
        wide.Should().Throw<ArgumentException>().WithMessage("*wider than 20 bits*");
    }

    private static uint Key(string word) => WordClusters.KeyOf(FeatureHash.Lower(word));

    private static WordClusters RoundTrip(Dictionary<uint, (uint, uint)> entries) => WordClusters.Load(new MemoryStream(WordClusters.Save(entries)));
}
