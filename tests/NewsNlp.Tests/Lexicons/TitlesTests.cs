using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Lexicons;

/// <summary>The title words answer what their readers ask: the entity stage's heads, modifiers and honorifics, the
/// quote finder's title words and genders, the keyword extractor's phrase-openers.</summary>
public sealed class TitlesTests
{
    [Theory]
    [InlineData("president")]
    [InlineData("Sen.")]
    [InlineData("SEN")]
    [InlineData("secretary-general")]
    [InlineData("spokesmen")]
    [InlineData("Lt.")]
    [InlineData("MP")]
    public void Heads_IncludeOfficesAndTheirAbbreviations(string word)
    {
        Titles.Is(word, TitleFacets.Head).Should().BeTrue();
    }

    [Theory]
    [InlineData("deputy", (int)TitleFacets.Rank)]
    [InlineData("Foreign", (int)TitleFacets.Portfolio)]
    [InlineData("U.N.", (int)TitleFacets.Body)]
    [InlineData("House", (int)TitleFacets.Body)]
    [InlineData("acting", (int)TitleFacets.Tenure)]
    [InlineData("then", (int)TitleFacets.Tenure)]
    public void Modifiers_HaveTheirKind(string word, int kindValue)
    {
        var kind = (TitleFacets)kindValue;
        Titles.Of(word).Should().HaveFlag(kind);
        Titles.Is(word, TitleFacets.Modifier).Should().BeTrue();
        Titles.Is(word, TitleFacets.Head).Should().BeFalse();
    }

    [Theory]
    [InlineData("Mr.")]
    [InlineData("Mme.")]
    [InlineData("Madam")]
    [InlineData("Dr")]
    public void Honorifics_AreDroppedBeforeANameWhateverTheirPeriod(string word)
    {
        Titles.Is(word, TitleFacets.Honorific).Should().BeTrue();
    }

    [Theory]
    [InlineData("St.")]
    [InlineData("Jr.")]
    public void NameAffixes_AreNoHonorifics(string word)
    {
        // "St. Louis" must keep its first word when honorifics are dropped from a mention.
        Titles.Of(word).Should().HaveFlag(TitleFacets.NameAffix);
        Titles.Is(word, TitleFacets.Honorific | TitleFacets.Head).Should().BeFalse();
    }

    [Theory]
    [InlineData("Mr.", 'm')]
    [InlineData("congresswoman", 'f')]
    [InlineData("Spokesman", 'm')]
    [InlineData("wife", 'f')]
    [InlineData("Messrs.", 'm')]
    [InlineData("Dr.", '\0')]
    [InlineData("president", '\0')]
    [InlineData("Doe", '\0')]
    public void GenderOf_ComesFromTheWord(string word, char gender)
    {
        Titles.GenderOf(word).Should().Be(gender);
    }

    [Theory]
    [InlineData("actor")]
    [InlineData("striker")]
    [InlineData("counterpart")]
    public void Occupations_AreNoOffices(string word)
    {
        Titles.Of(word).Should().HaveFlag(TitleFacets.Occupation);
        Titles.Is(word, TitleFacets.Head).Should().BeFalse();
    }

    [Theory]
    [InlineData("Chinese")]
    [InlineData("U.S.")]
    [InlineData("Doe")]
    [InlineData(".")]
    [InlineData("")]
    public void Of_IsNoneForOtherWords(string word)
    {
        Titles.Of(word).Should().Be(TitleFacets.None);
    }

    [Fact]
    public void Words_AreLowerCaseWithoutTheirPeriodAndHaveAFacet()
    {
        foreach ((string word, TitleFacets facets) in Titles.Words.Entries)
        {
            word.Should().Be(word.ToLowerInvariant());
            word.Should().NotEndWith(".");
            facets.Should().NotBe(TitleFacets.None, word);
            (facets & (TitleFacets.Male | TitleFacets.Female)).Should().NotBe(TitleFacets.Male | TitleFacets.Female, word);
        }
    }

    [Fact]
    public void Phrases_EndInAHeadOrAnOccupation()
    {
        foreach (string phrase in Titles.Phrases.Phrases)
        {
            string[] words = phrase.Split(' ');
            words.Should().HaveCountGreaterThan(1, phrase);
            words.Any(w => Titles.Is(w, TitleFacets.Head | TitleFacets.Occupation)).Should().BeTrue(phrase);
        }
    }
}
