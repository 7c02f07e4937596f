using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Lexicons;

/// <summary>The frozen word set and word table every lexicon is built on: span lookups in the casing chosen at
/// construction, no repeated words, no allocation per lookup.</summary>
public sealed class WordSetTests
{
    private const string Sentence = "Sen. Jane Doe told the MINISTRY of Finance on Monday.";

    [Fact]
    public void Contains_FindsWordsAsSlicesOfText()
    {
        WordSet set = WordSet.Create(WordCasing.Ordinal, "told", "Monday");

        set.Contains(Slice("told")).Should().BeTrue();
        set.Contains(Slice("Monday")).Should().BeTrue();
        set.Contains(Slice("the")).Should().BeFalse();
        set.Contains(Slice("Monday").Slice(0, 3)).Should().BeFalse(); // "Mon": a prefix is not the word
    }

    [Fact]
    public void Ordinal_TellsCaseApart()
    {
        WordSet set = WordSet.Create(WordCasing.Ordinal, "ministry");

        set.Casing.Should().Be(WordCasing.Ordinal);
        set.Contains("ministry").Should().BeTrue();
        set.Contains(Slice("MINISTRY")).Should().BeFalse();
    }

    [Fact]
    public void IgnoreCase_TakesAnyCase()
    {
        WordSet set = WordSet.Create(WordCasing.IgnoreCase, "ministry");

        set.Contains(Slice("MINISTRY")).Should().BeTrue();
        set.Contains("Ministry").Should().BeTrue();
        set.Contains("ministries").Should().BeFalse();
    }

    [Theory]
    [InlineData(false, "Sunday", "Sunday")]
    [InlineData(true, "Sunday", "SUNDAY")]
    public void Create_RejectsARepeatedWord(bool ignoreCase, string first, string second)
    {
        WordCasing casing = ignoreCase ? WordCasing.IgnoreCase : WordCasing.Ordinal;
        Action build = () => WordSet.Create(casing, "Monday", first, second);

        build.Should().Throw<ArgumentException>().WithMessage($"*{second}*");
    }

    [Fact]
    public void Create_KeepsWordsThatDifferOnlyInCaseWhenOrdinal()
    {
        WordSet.Create(WordCasing.Ordinal, "Mr", "MR").Count.Should().Be(2);
    }

    [Fact]
    public void Create_RejectsAnEmptyWord()
    {
        Action build = () => WordSet.Create(WordCasing.Ordinal, "of", string.Empty);

        build.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Union_TakesOverlappingListsOnce()
    {
        WordSet set = WordSet.Union(WordCasing.IgnoreCase, ["the", "a"], ["The", "of"]);

        set.Count.Should().Be(3);
        set.Contains("OF").Should().BeTrue();
    }

    [Fact]
    public void Table_GivesEachWordItsValueAndKeepsTheListedOrder()
    {
        var table = new WordTable<int>(WordCasing.IgnoreCase, [("march", 3), ("may", 5)]);

        table.TryGetValue(Slice("Monday").Slice(0, 3), out _).Should().BeFalse();
        table.TryGetValue("MAY", out int month).Should().BeTrue();
        month.Should().Be(5);
        table.GetValueOrDefault("june").Should().Be(0);
        table.Entries.ToArray().Select(e => e.Word).Should().Equal("march", "may");
        table.Where(v => v > 4).Words.Should().BeEquivalentTo(["may"]);
    }

    [Fact]
    public void Table_RejectsARepeatedWord()
    {
        Action build = () => _ = new WordTable<int>(WordCasing.IgnoreCase, [("sunday", 7), ("Sunday", 7)]);

        build.Should().Throw<ArgumentException>().WithMessage("*Sunday*");
    }

    [Fact]
    public void GroupedTable_GivesEachWordOfAGroupItsValue()
    {
        var table = WordTable<int>.Grouped(WordCasing.IgnoreCase, [(3, "march"), (5, "may june")]);

        table.Entries.ToArray().Should().Equal(("march", 3), ("may", 5), ("june", 5));
        table.GetValueOrDefault("JUNE").Should().Be(5);
    }

    [Theory]
    [InlineData("may  june")]
    [InlineData("may june ")]
    [InlineData("may May")]
    public void GroupedTable_RejectsAnEmptyOrRepeatedWord(string words)
    {
        Action build = () => _ = WordTable<int>.Grouped(WordCasing.IgnoreCase, [(5, words)]);

        build.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Lookups_DoNotAllocate()
    {
        WordSet set = WordSet.Create(WordCasing.IgnoreCase, "ministry", "finance", "monday");
        var table = new WordTable<int>(WordCasing.IgnoreCase, [("ministry", 1)]);
        int hits = Lookups(set, table); // warm up: JIT and every list's one-time initialization
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            hits += Lookups(set, table);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        hits.Should().Be(1001 * 10);
        allocated.Should().Be(0);
    }

    /// <summary>Ten hits: four from the sentence's words, one from each list.</summary>
    private static int Lookups(WordSet set, WordTable<int> table)
    {
        ReadOnlySpan<char> text = Sentence;
        int hits = 0;
        foreach (Range r in text.Split(' '))
        {
            ReadOnlySpan<char> word = text[r].TrimEnd('.');
            hits += set.Contains(word) ? 1 : 0;
            hits += table.Contains(word) ? 1 : 0;
        }

        hits += Titles.Is(text[..4], TitleFacets.Head) ? 1 : 0;
        hits += CalendarWords.TryGetMonth("Sept", out int _) ? 1 : 0;
        hits += FunctionWords.Is("The", FunctionWordKinds.Article) ? 1 : 0;
        hits += OrganizationWords.Is("Corp.", OrganizationFacets.CompanySuffix) ? 1 : 0;
        hits += FirstNames.GenderOf("Jane") == 'f' ? 1 : 0;
        hits += Agencies.Normalize(" The Associated Press ") is null ? 0 : 1;
        return hits;
    }

    private static ReadOnlySpan<char> Slice(string word) => Sentence.AsSpan(Sentence.IndexOf(word, StringComparison.Ordinal), word.Length);
}
