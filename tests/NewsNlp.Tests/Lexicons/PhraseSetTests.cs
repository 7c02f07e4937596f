using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Lexicons;

/// <summary>Multi-word lookups keyed by the first word: the longest phrase wins.</summary>
public sealed class PhraseSetTests
{
    [Fact]
    public void TryGetContinuations_ListsTheLongestFirst()
    {
        var set = new PhraseSet(WordCasing.IgnoreCase, "made clear", "made it clear", "expressed");

        set.TryGetContinuations("Made", out string[][] rests).Should().BeTrue();
        rests.Select(r => string.Join(' ', r)).Should().Equal("it clear", "clear");
        set.TryGetContinuations("expressed", out rests).Should().BeTrue();
        rests.Should().ContainSingle().Which.Should().BeEmpty(); // a one-word phrase
        set.TryGetContinuations("said", out rests).Should().BeFalse();
        rests.Should().BeEmpty();
    }

    [Fact]
    public void LongestMatch_ReadsWordSpansOfTheText()
    {
        const string text = "Former U.S. Secretary of State Jane Doe met the prime minister.";
        TextSpan[] words = Words(text);
        int secretary = IndexOfWord(text, words, "Secretary");
        int prime = IndexOfWord(text, words, "prime");

        Titles.Phrases.LongestMatch(text, words, secretary).Should().Be(3);
        Titles.Phrases.LongestMatch(text, words, prime).Should().Be(2);
        Titles.Phrases.LongestMatch(text, words, IndexOfWord(text, words, "Jane")).Should().Be(0);
    }

    [Fact]
    public void LongestMatch_StopsAtTheLastWord()
    {
        const string text = "He spoke to the secretary of";
        TextSpan[] words = Words(text);

        Titles.Phrases.LongestMatch(text, words, IndexOfWord(text, words, "secretary")).Should().Be(0);
        Titles.Phrases.LongestMatch(text, words, words.Length).Should().Be(0);
    }

    [Fact]
    public void Ordinal_TellsCaseApart()
    {
        var set = new PhraseSet(WordCasing.Ordinal, "according to");

        set.TryGetContinuations("According", out _).Should().BeFalse();
        set.TryGetContinuations("according", out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("prime  minister")]
    [InlineData(" prime minister")]
    [InlineData("")]
    public void Constructor_RejectsAnEmptyWord(string phrase)
    {
        Action build = () => _ = new PhraseSet(WordCasing.IgnoreCase, phrase);

        build.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Constructor_RejectsARepeatedPhrase()
    {
        Action build = () => _ = new PhraseSet(WordCasing.IgnoreCase, "prime minister", "Prime Minister");

        build.Should().Throw<ArgumentException>().WithMessage("*Prime Minister*");
    }

    /// <summary>Words split at spaces; the sentence's final period is not part of the last word.</summary>
    private static TextSpan[] Words(string text)
    {
        var words = new List<TextSpan>();
        int start = 0;
        foreach (string w in text.Split(' '))
        {
            int length = start + w.Length == text.Length && w.EndsWith('.') ? w.Length - 1 : w.Length;
            words.Add(new TextSpan(start, length));
            start += w.Length + 1;
        }

        return [.. words];
    }

    private static int IndexOfWord(string text, TextSpan[] words, string word) =>
        Array.FindIndex(words, w => w.Slice(text).SequenceEqual(word));
}
