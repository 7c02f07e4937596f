using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Topics;

public sealed class StopWordsTests
{
    /// <summary>The words topics.bin was trained on without (TopicFeatures skips them): 440 words, pinned by an FNV-1a
    /// hash of the sorted list. Changing them means training topics.bin again, then pinning the new list here.</summary>
    [Fact]
    public void StopWords_AreTheOnesTopicsBinWasTrainedOn()
    {
        string[] words = [.. StopWords.Words.Order(StringComparer.Ordinal)];

        words.Should().HaveCount(440);
        Fnv1a(string.Join('\n', words)).Should().Be(0x6F923A026B632AE6UL);
    }

    private static ulong Fnv1a(string s)
    {
        ulong h = 0xCBF29CE484222325UL;
        foreach (char c in s)
        {
            h = (h ^ c) * 0x100000001B3UL;
        }

        return h;
    }
}
