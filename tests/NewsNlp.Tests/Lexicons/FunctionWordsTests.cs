using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Lexicons;

/// <summary>Closed-class words with the kinds the quote finder, name finder, entity stage and dateline reader ask for.</summary>
public sealed class FunctionWordsTests
{
    [Theory]
    [InlineData("her", (int)(FunctionWordKinds.Possessive | FunctionWordKinds.ObjectPronoun))]
    [InlineData("after", (int)(FunctionWordKinds.Preposition | FunctionWordKinds.Subordinator))]
    [InlineData("who", (int)(FunctionWordKinds.SubjectPronoun | FunctionWordKinds.Wh))]
    [InlineData("isn't", (int)(FunctionWordKinds.BeVerb | FunctionWordKinds.Negation))]
    [InlineData("The", (int)FunctionWordKinds.Article)]
    public void Of_GivesEveryKindOfTheWord(string word, int kindsValue)
    {
        var kinds = (FunctionWordKinds)kindsValue;
        FunctionWords.Of(word).Should().Be(kinds);
    }

    [Theory]
    [InlineData("he")]
    [InlineData("she")]
    [InlineData("they")]
    [InlineData("it")]
    [InlineData("we")]
    [InlineData("I")]
    [InlineData("you")]
    [InlineData("who")]
    public void SubjectPronouns_AreTheSpeakerPronouns(string word)
    {
        FunctionWords.Is(word, FunctionWordKinds.SubjectPronoun).Should().BeTrue();
    }

    [Theory]
    [InlineData("was", (int)FunctionWordKinds.BeVerb)]
    [InlineData("Been", (int)FunctionWordKinds.BeVerb)]
    [InlineData("had", (int)FunctionWordKinds.HaveVerb)]
    [InlineData("would", (int)FunctionWordKinds.Modal)]
    [InlineData("didn't", (int)FunctionWordKinds.DoVerb)]
    public void Auxiliaries_HaveTheirVerb(string word, int kindValue)
    {
        var kind = (FunctionWordKinds)kindValue;
        FunctionWords.Of(word).Should().HaveFlag(kind);
        FunctionWords.Is(word, FunctionWordKinds.Auxiliary).Should().BeTrue();
    }

    [Theory]
    [InlineData("von")]
    [InlineData("bin")]
    [InlineData("de")]
    [InlineData("am")]
    public void NameParticles_AreMarked(string word)
    {
        FunctionWords.Is(word, FunctionWordKinds.NameParticle).Should().BeTrue();
    }

    [Theory]
    [InlineData("said")]
    [InlineData("Monday")]
    [InlineData("quickly")]
    [InlineData("two")]
    public void OpenClassWords_AreNone(string word)
    {
        FunctionWords.Of(word).Should().Be(FunctionWordKinds.None);
    }

    [Fact]
    public void Words_AreLowerCaseAndHaveAKind()
    {
        foreach ((string word, FunctionWordKinds kinds) in FunctionWords.Words.Entries)
        {
            word.Should().Be(word.ToLowerInvariant());
            kinds.Should().NotBe(FunctionWordKinds.None, word);
        }
    }
}
