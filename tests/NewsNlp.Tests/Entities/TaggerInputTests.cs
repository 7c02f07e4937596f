using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Entities;

/// <summary>The tagger input: the words and sentences the NER model reads, as an adapter over the text layer.</summary>
public sealed class TaggerInputTests
{
    private static TaggerInput Read(string text) => TaggerInput.Build(ArticleText.Build(text), Gazetteer.Default);

    private static string[] Words(string text) => Read(text).Words.Select(w => w.GetText(text)).ToArray();

    [Fact]
    public void Clitics_OtherThanPossessiveSAndNt_SplitOffTheirApostrophe()
    {
        Words("They're sure Roe's team didn't win.").Should().Equal("They", "'", "re", "sure", "Roe", "'s", "team", "did", "n't", "win", ".");
        Words("We’d ask Roe’s aide.").Should().Equal("We", "’", "d", "ask", "Roe", "’s", "aide", ".");
    }

    [Fact]
    public void HyphenatedWords_OfPlacesAndDemonyms_SplitWhileOthersStayWhole()
    {
        Words("China-U.S. talks and Mexican-American voters backed a well-known mayor.")
            .Should().Equal("China", "-", "U.S.", "talks", "and", "Mexican", "-", "American", "voters", "backed", "a", "well-known", "mayor", ".");
    }

    [Fact]
    public void RunsOfMarks_SplitIntoSingleMarks_ButAnEllipsisStaysWhole()
    {
        Words("Wow!!! He said ''no'' and left...").Should().Equal("Wow", "!", "!", "!", "He", "said", "'", "'", "no", "'", "'", "and", "left", "...");
    }

    [Fact]
    public void AbbreviationsAndUrls_KeepTheirPeriods()
    {
        Words("Mr. Roe of Acme Inc. wrote to www.example.com on Jan. 5.").Should().Equal("Mr.", "Roe", "of", "Acme", "Inc.", "wrote", "to", "www.example.com", "on", "Jan.", "5", ".");
    }

    [Fact]
    public void TaggerSentences_AreTheTextLayersSentences()
    {
        const string text = "Storm Hits Coast\n\nThe storm hit Bardsley. Roads closed! “Stay home,” police said. “Why?” Ana Ruiz asked.";
        TaggerInput input = Read(text);
        string[] firstWords = input.SentenceStarts[..^1].Select(i => input.Words[i].GetText(text)).ToArray();
        firstWords.Should().Equal("Storm", "The", "Roads", "“", "“");
        input.SentenceStarts.Should().HaveCount(ArticleText.Build(text).Sentences.Length + 1);
        input.SentenceStarts[^1].Should().Be(input.Words.Length);
    }

    [Fact]
    public void TaggerSentences_AtALineBreakInsideAWrappedParagraph_RunOn()
    {
        const string text = "Shares of Harlan Dunmore\nIndustries rose on Monday after the\ncompany said profit would rise.";
        TaggerInput input = Read(text);
        input.SentenceStarts.Should().Equal(0, input.Words.Length);
    }

    [Fact]
    public void TaggerSentences_WithoutMarks_AreCutAfterTheMaximumNumberOfWords()
    {
        string text = string.Join(' ', Enumerable.Repeat("word", (2 * EntityRules.MaxSentenceWords) + 10));
        TaggerInput input = Read(text);
        input.SentenceStarts.Should().Equal(0, EntityRules.MaxSentenceWords, 2 * EntityRules.MaxSentenceWords, input.Words.Length);
        input.SentenceOfWords()[EntityRules.MaxSentenceWords].Should().Be(1);
    }
}
