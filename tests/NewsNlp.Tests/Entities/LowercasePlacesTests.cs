using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Entities;

/// <summary>Places written in lower case in casual text are places (<see cref="LowercasePlaces"/>), in the tagging API
/// as in the analysis (the analysis rows are in Specs/Entities.tsv).</summary>
public sealed class LowercasePlacesTests
{
    [Fact]
    public void TagDocument_TagsLowerCasePlacesInACasualSentence()
    {
        IReadOnlyList<IReadOnlyList<string>> tags = NewsAnalyzer.Default.TagDocument(
            [["i", "wan", "na", "meet", "girls", "from", "san", "francisco", ",", "i", "am", "from", "mexico", "?"]]);
        tags[0].Skip(6).Take(2).Should().Equal("B-LOC", "I-LOC");
        tags[0][12].Should().Be("B-LOC");
    }

    [Fact]
    public void TagDocument_LeavesWordsThatAreAlsoPlacesAndEditedText()
    {
        IReadOnlyList<IReadOnlyList<string>> tags = NewsAnalyzer.Default.TagDocument(
            [["i", "had", "turkey", "in", "nice", "and", "the", "central", "bank", "paid", "."],
             ["Prices", "in", "mexico", "rose", ",", "lara", "said", "."]]);
        tags[0].Should().OnlyContain(t => t == "O", "turkey, nice and central are English words");
        tags[1][2].Should().Be("O", "an edited sentence that opens with a capital is not casual");
        tags[1][5].Should().Be("O");
    }
}
