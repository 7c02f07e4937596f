using NewsNlp.Tests.Support;
using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Entities;

public sealed class AllCapsTests
{
    [Fact]
    public void AllCapsHeadlineAndDateline_AreTagged()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(
            "BIDEN AND XI MEET IN BALI AS U.S.-CHINA TENSIONS SIMMER\n\n" +
            "NUSA DUA, Indonesia (AP) — President Joe Biden and Chinese leader Xi Jinping met on Monday on the Indonesian island of Bali, their first talks since Biden took office.");
        Entity biden = a.Entities.Single(e => e.Name == "Joe Biden");
        biden.NameMentions().Select(m => m.Text).Should().Equal("BIDEN", "Joe Biden", "Biden");
        a.Entities.Single(e => e.Name == "Xi Jinping").Mentions.Select(m => m.Text).Should().Contain("XI");
        a.Entities.Single(e => e.Name == "Bali").Mentions.Select(m => m.Text).Should().Contain("BALI");
        a.Entities.Single(e => e.Name == "China").Mentions.Select(m => m.Text).Should().Contain("CHINA");
    }

    [Fact]
    public void AllCapsConllStyleSentence_IsTagged()
    {
        IReadOnlyList<string> tags = NewsAnalyzer.Default.TagWords(
            ["SOCCER", "-", "JAPAN", "GET", "LUCKY", "WIN", ",", "CHINA", "IN", "SURPRISE", "DEFEAT", "."]);
        tags[2].Should().Be("B-LOC");
        tags[7].Should().Be("B-LOC");
        tags[0].Should().Be("O");
        tags[3].Should().Be("O");
    }

    [Fact]
    public void Tagging_HostileInput_DoesNotCrash()
    {
        NewsAnalyzer.Default.TagWords([]).Should().BeEmpty();
        NewsAnalyzer.Default.TagWords(["\uD800", "", " ", new string('A', 100_000), "\"\"\"\""]).Should().HaveCount(5);
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(string.Concat(Enumerable.Repeat("“ ” ( ) ' ’s . - ", 2000)) + "\uDC00\0<b>HTML</b>");
        a.Entities.SelectMany(e => e.Mentions).All(m => m.Span.End <= a.Text.Length && m.Span.Start >= 0).Should().BeTrue();
    }

    [Fact]
    public void ManyDistinctNames_InOneLongLine_AreHandled()
    {
        // About 60,000 capitalized words on one line: folding must stay near-linear.
        var rng = new Random(7);
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < 20_000; i++)
        {
            sb.Append("Mr. ").Append((char)('A' + rng.Next(26))).Append((char)('a' + rng.Next(26))).Append((char)('a' + rng.Next(26)))
              .Append(" Corp met ").Append((char)('A' + rng.Next(26))).Append((char)('a' + rng.Next(26))).Append(" Ministry (").Append((char)('A' + rng.Next(26))).Append("M) ");
        }

        NewsAnalysis a = NewsAnalyzer.Default.Analyze(sb.ToString());
        a.Entities.Should().NotBeEmpty();
        a.Entities.SelectMany(e => e.Mentions).Should().OnlyContain(m => m.Span.End <= a.Text.Length);
    }
}
