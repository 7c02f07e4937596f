using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Lexicons;

/// <summary>Given names with the gender they tell.</summary>
public sealed class FirstNamesTests
{
    [Theory]
    [InlineData("Donald", 'm')]
    [InlineData("HILLARY", 'f')]
    [InlineData("Nancy", 'f')]
    [InlineData("Elizabeth", 'f')]
    [InlineData("Kirsten", 'f')]
    [InlineData("Jean", '\0')]
    [InlineData("Doe", '\0')]
    public void GenderOf_ComesFromTheName(string name, char gender)
    {
        FirstNames.GenderOf(name).Should().Be(gender);
    }

    [Fact]
    public void Jean_IsListedButTellsNoGender()
    {
        FirstNames.Contains("Jean").Should().BeTrue();
        FirstNames.Contains("Doe").Should().BeFalse();
    }

    [Fact]
    public void Names_AreLowerCaseLetters()
    {
        FirstNames.Words.Count.Should().BeGreaterThan(300);
        foreach ((string name, char _) in FirstNames.Words.Entries)
        {
            name.Should().MatchRegex("^[a-z]+$");
        }
    }
}
