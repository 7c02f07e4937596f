using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Entities;

/// <summary>The text shapes around a name that show it names a thing: a relative "which" after it
/// (<see cref="NonPersonShapes.IsFollowedByWhich"/>), a role and "at" before it (<see cref="NonPersonShapes.IsAfterRoleAt"/>),
/// an appositive naming a kind of organization after it (<see cref="NonPersonShapes.IsFollowedByKindAppositive"/>).</summary>
public sealed class NonPersonShapesTests
{
    [Theory]
    [InlineData("Shares of Tellgroup, which owns three airlines, rose.", "Tellgroup", true)]
    [InlineData("Shares of Tellgroup,  which owns three airlines, rose.", "Tellgroup", true)]
    [InlineData("The deal went to Tellgroup, which.", "Tellgroup", true)]
    [InlineData("The award went to Ann Roe, who runs the firm.", "Ann Roe", false)]
    [InlineData("The award went to Roe, whichever way the vote fell.", "Roe", false)]
    [InlineData("The award went to Roe which surprised many.", "Roe", false)]
    [InlineData("The award went to Roe", "Roe", false)]
    public void FollowedByWhich_NeedsACommaThenTheWholeWord(string text, string name, bool expected)
    {
        int end = text.IndexOf(name, StringComparison.Ordinal) + name.Length;

        NonPersonShapes.IsFollowedByWhich(text, end).Should().Be(expected);
    }

    [Theory]
    [InlineData("Matt Maley, equity strategist at Miller Tabak, says the stock could rise.", "Miller Tabak", true)]
    [InlineData("said Stuart Quint, an analyst at Gartmore.", "Gartmore", true)]
    [InlineData("there were 80 researchers at  Futurelab last year", "Futurelab", true)]
    [InlineData("a senior economist at the Harwood Pryce bank", "Harwood Pryce", true)]
    [InlineData("He met the analyst in Gartmore.", "Gartmore", false)]
    [InlineData("The talks at Gartmore ended.", "Gartmore", false)]
    [InlineData("She looked at Gartmore.", "Gartmore", false)]
    [InlineData("Gartmore", "Gartmore", false)]
    public void AfterRoleAt_NeedsARoleWordThenAt(string text, string name, bool expected)
    {
        int start = text.IndexOf(name, StringComparison.Ordinal);

        NonPersonShapes.IsAfterRoleAt(text, start).Should().Be(expected);
    }

    [Theory]
    [InlineData("Velmont, a global solutions provider focused on hospital software, announced", "Velmont", true)]
    [InlineData("a contract with Kessner, a global producer of medical and safety technology, to", "Kessner", true)]
    [InlineData("Crowdpac, a start-up that tracks donations.", "Crowdpac", true)]
    [InlineData("Sahlen, a private investigation company, said", "Sahlen", true)]
    [InlineData("Harlan Crow, a Texas real estate developer, who had supported", "Harlan Crow", false)]
    [InlineData("Virgil Rosendale, a pork producer from Illinois, said", "Virgil Rosendale", false)]
    [InlineData("Steven Reid, a company founder and president, said", "Steven Reid", false)]
    [InlineData("Gene Roe, a company's lawyer, said", "Gene Roe", false)]
    [InlineData("in Stora, the company said.", "Stora", false)]
    [InlineData("Gene Sperling, a longtime Democratic policy maker who", "Gene Sperling", false)]
    [InlineData("Kessner, a firm", "Kessner", true)]
    [InlineData("Kessner,", "Kessner", false)]
    public void FollowedByKindAppositive_NeedsAnIndefiniteArticleAndAnOrganizationNoun(string text, string name, bool expected)
    {
        int end = text.IndexOf(name, StringComparison.Ordinal) + name.Length;

        NonPersonShapes.IsFollowedByKindAppositive(text, end).Should().Be(expected);
    }
}
