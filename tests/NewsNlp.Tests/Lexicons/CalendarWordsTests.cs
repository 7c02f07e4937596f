using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Lexicons;

/// <summary>Months and weekdays with their abbreviations and numbers, and the time words the quote finder skips.</summary>
public sealed class CalendarWordsTests
{
    [Theory]
    [InlineData("January", 1)]
    [InlineData("MAY", 5)]
    [InlineData("Sept", 9)]
    [InlineData("Sep", 9)]
    [InlineData("dec", 12)]
    public void TryGetMonth_ReadsNamesAndAbbreviations(string word, int month)
    {
        CalendarWords.TryGetMonth(word, out int found).Should().BeTrue();
        found.Should().Be(month);
    }

    [Theory]
    [InlineData("Sept.")]
    [InlineData("Monday")]
    [InlineData("Mayor")]
    public void TryGetMonth_RejectsOtherWords(string word)
    {
        CalendarWords.TryGetMonth(word, out int month).Should().BeFalse();
        month.Should().Be(0);
    }

    [Theory]
    [InlineData("Monday", DayOfWeek.Monday)]
    [InlineData("Thurs", DayOfWeek.Thursday)]
    [InlineData("SUNDAY", DayOfWeek.Sunday)]
    [InlineData("sun", DayOfWeek.Sunday)]
    public void TryGetWeekday_ReadsNamesAndAbbreviations(string word, DayOfWeek day)
    {
        CalendarWords.TryGetWeekday(word, out DayOfWeek found).Should().BeTrue();
        found.Should().Be(day);
    }

    [Fact]
    public void EveryMonthAndWeekday_IsListedOnceWithItsNumber()
    {
        var months = new List<int>();
        var days = new List<int>();
        foreach ((string _, CalendarWord w) in CalendarWords.Words.Entries)
        {
            if (w.Facets.HasFlag(CalendarFacets.Month))
            {
                months.Add(w.Number);
            }

            if (w.Facets.HasFlag(CalendarFacets.Weekday))
            {
                days.Add(w.Number);
            }
        }

        months.Should().Equal(Enumerable.Range(1, 12));
        days.Should().Equal(Enumerable.Range(1, 7));
    }

    [Theory]
    [InlineData("Jan", true)]
    [InlineData("Sept", true)]
    [InlineData("Sep", false)]
    [InlineData("Mar", false)]
    public void ApStyle_MarksTheStylebooksAbbreviations(string word, bool ap)
    {
        CalendarWords.Is(word, CalendarFacets.ApStyle).Should().Be(ap);
    }

    [Theory]
    [InlineData("May", true)]
    [InlineData("March", false)]
    public void AlsoName_MarksMonthsThatAreNames(string word, bool name)
    {
        CalendarWords.Is(word, CalendarFacets.AlsoName).Should().Be(name);
    }

    [Theory]
    [InlineData("Tuesday", (int)CalendarFacets.Weekday)]
    [InlineData("today", (int)CalendarFacets.RelativeDay)]
    [InlineData("evening", (int)CalendarFacets.DayPart)]
    [InlineData("week", (int)CalendarFacets.Period)]
    [InlineData("earlier", (int)CalendarFacets.TimeAdverb)]
    [InlineData("last", (int)CalendarFacets.TimeAdverb)]
    public void TimeWords_HaveTheirFacet(string word, int facetValue)
    {
        var facet = (CalendarFacets)facetValue;
        CalendarWords.Of(word).Should().Be(facet);
    }
}
