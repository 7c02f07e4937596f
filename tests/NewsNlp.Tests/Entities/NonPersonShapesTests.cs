using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Entities;

/// <summary>The text shapes after a name that show it names a thing (<see cref="NonPersonShapes.IsFollowedByWhich"/>),
/// read at the name's end.</summary>
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
}
