using System.Buffers.Binary;
using System.IO.Compression;
using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Internals;

/// <summary>Feature hashing is what ner.bin, ner2.bin and topics.bin store: its values are pinned here, and a model
/// hashed with another format must not load.</summary>
public sealed class FeatureHashTests
{
    /// <summary>The format the pinned values below belong to. Changing a hash value means: bump
    /// <see cref="FeatureHash.FormatVersion"/>, pin the new values with it, and train ner.bin, ner2.bin and topics.bin again.</summary>
    private const int PinnedFormat = 1;

    [Theory]
    [InlineData("Reuters", 0xAA979199638556BDUL, 0xB868AA4A9D14EE52UL, 0x0DA5AEC331A3A15CUL, 0xDBA945D02B1433CAUL, 0x6C6CC7AA69D8D72DUL, 0x537210DF4993C0E1UL)]
    [InlineData("Z\u00FCrich", 0x546EDB42AEAEA113UL, 0xE582EDEB6FDA10BDUL, 0x4F1285EA33C3366EUL, 0xDBA945D02B1433CAUL, 0x24135D774E3A47F9UL, 0x9802F35F031578B5UL)]
    [InlineData("S\u00E3o", 0x59D9F2BB79FFFBCCUL, 0xA7C197482959FEE1UL, 0x58BBE910A55275C3UL, 0xDBA945D02B1433CAUL, 0x20030E349F83991AUL, 0x83AFEE42D98B8C0BUL)]
    [InlineData("COVID-19", 0x4F90D411921A25EAUL, 0xC9D40B79F066B251UL, 0xB1334DDBD8DA811BUL, 0x5400CAD82D05A6CCUL, 0x2D2F749AE379A7CEUL, 0xE4C52D65975FB5C5UL)]
    [InlineData("China\u2019s", 0x2F8F3378F0CB5E27UL, 0x1C8C640973AFA37AUL, 0x9DB8E9EF13DCAE70UL, 0xCAD905C2EC33CECAUL, 0xD09C3778C2E219D2UL, 0xB377B35AED2BD2F1UL)]
    [InlineData("don't", 0xDC70291FF8088970UL, 0xA215B74881C723E8UL, 0xEE7081BC698B8EE8UL, 0x16A6C93D2189088AUL, 0x1484C411BB574F5BUL, 0xD0BB3EA95ED26FCAUL)]
    [InlineData("", 0xF52A15E9A9B5E89BUL, 0xA905DF7120769C11UL, 0xEFC770CCC88692BDUL, 0xEAD1605B642AB6FDUL, 0xED94A4756E62EE24UL, 0xB3B635CCCAEF19C2UL)]
    public void WordHashes_OfPinnedWords_MatchTheCurrentFormat(string word, ulong lower, ulong keepDigits, ulong exact, ulong shape, ulong prefix3, ulong suffix3)
    {
        FeatureHash.FormatVersion.Should().Be(PinnedFormat, "the pinned values are this format's; a new format pins its own");

        FeatureHash.Lower(word).Should().Be(lower);
        FeatureHash.LowerKeepDigits(word).Should().Be(keepDigits);
        FeatureHash.Exact(word).Should().Be(exact);
        FeatureHash.Shape(word).Should().Be(shape);
        FeatureHash.Prefix(word, 3).Should().Be(prefix3);
        FeatureHash.Suffix(word, 3).Should().Be(suffix3);
    }

    [Fact]
    public void CombineAndFeature_OfPinnedWords_MatchTheCurrentFormat()
    {
        FeatureHash.FormatVersion.Should().Be(PinnedFormat);

        FeatureHash.Combine(FeatureHash.Lower("prime"), FeatureHash.Lower("minister")).Should().Be(0xF3B2B30AF77D017AUL);
        FeatureHash.Feature(71, FeatureHash.Lower("election")).Should().Be(0x76CC83284E5ABB07UL);
    }

    [Theory]
    [InlineData("NewsNlp.Models.ner.bin")]
    [InlineData("NewsNlp.Models.ner2.bin")]
    public void EmbeddedNerModel_WasBuiltWithTheCurrentFormat_Loads(string resource)
    {
        using Stream stream = typeof(NewsAnalyzer).Assembly.GetManifestResourceStream(resource)!;

        Action load = () => NerModel.Load(stream);

        load.Should().NotThrow("the loader refuses a model of another feature-hash format");
    }

    [Fact]
    public void EmbeddedTopicModel_WasBuiltWithTheCurrentFormat_Loads()
    {
        using Stream stream = typeof(NewsAnalyzer).Assembly.GetManifestResourceStream(SubjectClassifier.ResourceName)!;

        Action load = () => TopicModel.Load(stream);

        load.Should().NotThrow("the loader refuses a model of another feature-hash format");
    }

    [Fact]
    public void NerModel_OfAnotherFormat_FailsToLoadWithAClearMessage()
    {
        using var saved = new MemoryStream();
        NerModel.Save(saved, 8, new float[(1 << 8) * NerWeights.TagCount]);
        byte[] header = Decompress(saved.ToArray(), 0);
        const int versionAt = 16; // an empty model is all header: magic, bits, scale, rows, feature-hash format, templates
        BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(versionAt)).Should().Be(FeatureHash.FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(versionAt), FeatureHash.FormatVersion + 1);

        Action load = () => NerModel.Load(new MemoryStream(Compress(header, [])));

        load.Should().Throw<InvalidDataException>().WithMessage("*feature-hash format " + (FeatureHash.FormatVersion + 1) + "*train the model again*");
    }

    [Fact]
    public void NerModel_OfOtherFeatureTemplates_FailsToLoadWithAClearMessage()
    {
        using var saved = new MemoryStream();
        NerModel.Save(saved, 8, new float[(1 << 8) * NerWeights.TagCount]);
        byte[] header = Decompress(saved.ToArray(), 0);
        BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(20)).Should().Be(NerFeatures.TemplateVersion);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(20), NerFeatures.TemplateVersion - 1);

        Action load = () => NerModel.Load(new MemoryStream(Compress(header, [])));

        load.Should().Throw<InvalidDataException>().WithMessage("*feature templates version " + (NerFeatures.TemplateVersion - 1) + "*train the model again*");
    }

    [Fact]
    public void NerModel_WrittenBeforeItRecordedItsTemplates_FailsToLoad()
    {
        using var saved = new MemoryStream();
        NerModel.Save(saved, 8, new float[(1 << 8) * NerWeights.TagCount]);
        byte[] header = Decompress(saved.ToArray(), 0);
        byte[] ner2 = header[..20]; // the NER2 header: no templates field; its models were built with templates version 1
        BinaryPrimitives.WriteUInt32LittleEndian(ner2, 0x3252454E);

        Action load = () => NerModel.Load(new MemoryStream(Compress(ner2, [])));

        load.Should().Throw<InvalidDataException>().WithMessage("*feature templates version 1*train the model again*");
    }

    [Fact]
    public void TopicModel_OfAnotherFormat_FailsToLoadWithAClearMessage()
    {
        TopicModel model = TopicTrainer.Train(
            [("Whisk the eggs and bake the cake.", "cooking"), ("Prune the roses and water the garden.", "gardening")],
            new TopicTrainingOptions { HoldOutFraction = 0 }).Model;
        using var saved = new MemoryStream();
        model.Save(saved);
        byte[] bytes = saved.ToArray();
        byte[] body = Decompress(bytes, 4); // after the 4-byte magic: file format, then feature-hash format
        BinaryPrimitives.ReadInt32LittleEndian(body.AsSpan(4)).Should().Be(FeatureHash.FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(body.AsSpan(4), FeatureHash.FormatVersion + 1);

        Action load = () => TopicModel.Load(new MemoryStream(Compress(body, bytes[..4])));

        load.Should().Throw<InvalidDataException>().WithMessage("*feature-hash format " + (FeatureHash.FormatVersion + 1) + "*train the model again*");
    }

    private static byte[] Decompress(byte[] file, int offset)
    {
        using var brotli = new BrotliStream(new MemoryStream(file, offset, file.Length - offset), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        brotli.CopyTo(plain);
        return plain.ToArray();
    }

    private static byte[] Compress(byte[] plain, byte[] prefix)
    {
        using var file = new MemoryStream();
        file.Write(prefix);
        using (var brotli = new BrotliStream(file, CompressionLevel.Fastest, leaveOpen: true))
        {
            brotli.Write(plain);
        }

        return file.ToArray();
    }
}
