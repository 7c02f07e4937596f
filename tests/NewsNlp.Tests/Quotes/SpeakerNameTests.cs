using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Quotes;

/// <summary>Speakers named by an organization whose name holds a place or nationality, read by the whole analyzer (the
/// entity stage types the place; the speaker must still be the organization).</summary>
public sealed class SpeakerNameTests
{
    [Theory]
    [InlineData("The British Foreign Office said on Monday that the new settlements were illegal under international law.", "British Foreign Office")]
    [InlineData("Ohio Mattress Co said on Tuesday that it would buy back two million of its shares.", "Ohio Mattress Co")]
    [InlineData("The Scottish Borders Council found that the school buildings needed urgent repairs, a report said on Friday.", "Scottish Borders Council")]
    public void OrganizationNamedAfterAPlace_IsTheSpeaker_NotThePlace(string text, string speaker)
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(text);
        a.Quotes.Should().Contain(q => q.Speaker == speaker, "quotes: {0}", string.Join("; ", a.Quotes.Select(q => q.Speaker + " / " + q.Cue)));
    }
}
