using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Entities;

/// <summary>Weekdays tagged alone are no names in the tagging API (<see cref="WeekdayNames"/>; the analysis rows are in
/// Specs/Entities.tsv).</summary>
public sealed class WeekdayNamesTests
{
    [Fact]
    public void TagDocument_UntagsWeekdaysAndSunInAListOfThem()
    {
        IReadOnlyList<IReadOnlyList<string>> tags = NewsAnalyzer.Default.TagDocument(
            [["The", "games", "will", "have", "to", "take", "place", "on", "Fri", ",", "Sat", ",", "or", "Sun", "."]]);
        tags[0].Should().OnlyContain(t => t == "O");
    }
}
