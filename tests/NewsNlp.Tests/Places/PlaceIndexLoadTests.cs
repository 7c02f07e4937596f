using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Places;

/// <summary>The place index and the NER name lists load from their embedded files, and refuse a truncated, garbled
/// or foreign stream with a clear <see cref="InvalidDataException"/> rather than a half-filled index.</summary>
public sealed class PlaceIndexLoadTests
{
    private static byte[] Embedded(string name)
    {
        using Stream stream = typeof(NewsAnalyzer).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException(name + " is not embedded");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public void Load_OfTheEmbeddedFile_SavesBackToTheSameBytes()
    {
        byte[] bytes = Embedded(PlaceIndex.ResourceName);
        PlaceIndex index = PlaceIndex.Load(new MemoryStream(bytes));
        using var saved = new MemoryStream();
        index.Save(saved);
        saved.ToArray().Should().Equal(bytes);
        index.Countries.Length.Should().BeGreaterThan(240);
        index.Entries.Length.Should().BeGreaterThan(40_000);
    }

    [Fact]
    public void LoadEmbedded_OfAMissingResource_ThrowsAndSaysHowToBuildIt()
    {
        Action places = () => PlaceIndex.LoadEmbedded("NewsNlp.Models.no-such-places.bin");
        places.Should().Throw<InvalidOperationException>().WithMessage("*no-such-places.bin is missing*NewsNlp.Training -- places*");
        Action names = () => NerNameLists.LoadEmbedded("NewsNlp.Models.no-such-names.bin");
        names.Should().Throw<InvalidOperationException>().WithMessage("*no-such-names.bin is missing*NewsNlp.Training -- ner*");
    }

    [Fact]
    public void Load_OfATruncatedFile_Throws()
    {
        byte[] bytes = Embedded(PlaceIndex.ResourceName);
        Action load = () => PlaceIndex.Load(new MemoryStream(bytes, 0, bytes.Length / 2));
        load.Should().Throw<InvalidDataException>().WithMessage("places:*");
    }

    [Fact]
    public void Load_OfAGarbledFile_Throws()
    {
        byte[] bytes = Embedded(PlaceIndex.ResourceName);
        for (int i = bytes.Length / 3; i < bytes.Length / 3 + 16; i++)
        {
            bytes[i] ^= 0x5A;
        }

        Action load = () => PlaceIndex.Load(new MemoryStream(bytes));
        load.Should().Throw<InvalidDataException>().WithMessage("places:*");
    }

    [Fact]
    public void Load_OfAnotherFileOrVersion_Throws()
    {
        Action foreign = () => PlaceIndex.Load(new MemoryStream("not a place index at all"u8.ToArray()));
        foreign.Should().Throw<InvalidDataException>().WithMessage("*NNPLACES*");
        byte[] bytes = Embedded(PlaceIndex.ResourceName);
        bytes[8]++;
        Action otherVersion = () => PlaceIndex.Load(new MemoryStream(bytes));
        otherVersion.Should().Throw<InvalidDataException>().WithMessage("*format version*");
    }

    [Fact]
    public void NerNameLists_OfATruncatedOrGarbledFile_Throw()
    {
        byte[] bytes = Embedded(NerNameLists.ResourceName);
        NerNameLists.Load(new MemoryStream(bytes)).FirstNames.Should().NotBeEmpty();
        Action truncated = () => NerNameLists.Load(new MemoryStream(bytes, 0, bytes.Length - 8));
        truncated.Should().Throw<InvalidDataException>().WithMessage("ner-names:*");
        byte[] garbled = (byte[])bytes.Clone();
        for (int i = garbled.Length / 2; i < garbled.Length / 2 + 8; i++)
        {
            garbled[i] ^= 0x5A;
        }

        Action load = () => NerNameLists.Load(new MemoryStream(garbled));
        load.Should().Throw<InvalidDataException>().WithMessage("ner-names:*");
    }

    [Theory]
    [InlineData("Paris", Gazetteer.City | Gazetteer.BigCity)]
    [InlineData("French", Gazetteer.Demonym)]
    [InlineData("U.S.", Gazetteer.Country)]
    [InlineData("California", Gazetteer.Region)]
    [InlineData("West Bank", Gazetteer.Region)]
    [InlineData("Calif.", 0)]
    [InlineData("Czechoslovakia", 0)]
    [InlineData("foreign minister", Gazetteer.Title)]
    [InlineData("corp.", Gazetteer.OrgSuffix)]
    public void NerGazetteer_GivesEachPhraseTheTypesTheTaggerWasTrainedWith(string phrase, int types)
    {
        ulong h = 0;
        string[] words = phrase.Split(' ');
        for (int k = 0; k < words.Length; k++)
        {
            h = Gazetteer.PhraseHash(h, FeatureHash.Lower(words[k]), k == 0);
        }

        Gazetteer.Default.TryPhrase(h, out ushort found);
        found.Should().Be((ushort)types);
    }
}
