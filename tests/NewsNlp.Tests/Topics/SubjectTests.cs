using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Topics;

public sealed class SubjectTests
{
    [Fact]
    public void WorkedExample_TopSubject_IsPolitics_AndNotSport()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(TopicTestData.WorkedExample);

        a.Topics.Should().NotBeEmpty();
        a.Topics[0].Code.Should().Be("medtop:11000000");
        a.Topics[0].Label.Should().Be("politics");
        a.Topics.Should().NotContain(t => t.Code == "medtop:15000000");
    }

    [Fact]
    public void Topics_AreSortedAndInRange()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(TopicTestData.WorkedExample);

        a.Topics.Should().BeInDescendingOrder(t => t.Score);
        a.Topics.Should().OnlyContain(t => t.Score >= 0 && t.Score <= 1 && t.Code.StartsWith("medtop:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Manchester United beat Chelsea 2-1 at Old Trafford on Sunday, with the striker scoring twice in the second half as the league leaders stretched their unbeaten run to ten matches. The coach praised his players after the match.", "medtop:15000000")]
    [InlineData("Shares in the company fell 8% after it reported a drop in quarterly profits and warned that sales would slow, sending investors to the exits as analysts cut their forecasts for the year.", "medtop:04000000")]
    [InlineData("A magnitude 7.1 earthquake struck off the coast early on Tuesday, collapsing buildings and triggering a tsunami warning; rescuers searched the rubble for survivors as the death toll rose to 40.", "medtop:03000000")]
    [InlineData("Hospitals reported a surge in flu patients this winter, and doctors urged older people to get the vaccine as the outbreak spread; health officials said the disease was putting pressure on clinics.", "medtop:07000000")]
    [InlineData("Forecasters warned of heavy rain and snow across the north as a storm moved in, with temperatures falling below freezing and winds gusting to 70 mph; the weather service issued a blizzard warning.", "medtop:17000000")]
    [InlineData("Police arrested two men on suspicion of murder after a stabbing outside a nightclub; the suspects will appear in court on Monday, prosecutors said, and could face life in prison if convicted.", "medtop:02000000")]
    public void NewsSentences_GetTheirSubjectFirst(string text, string code)
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(text);

        a.Topics.Should().NotBeEmpty();
        a.Topics[0].Code.Should().Be(code);
    }

    [Fact]
    public void StoryAboutTwoThings_GetsSeveralSubjects()
    {
        const string text = "Striking teachers marched on parliament on Wednesday as the government's education bill, which would close "
            + "dozens of schools and cut university funding, faced a vote. The teachers' union said pupils and students would suffer, while "
            + "ministers said the reforms were needed. Opposition MPs vowed to vote against the bill.";

        NewsAnalysis a = NewsAnalyzer.Default.Analyze(text);

        a.Topics.Select(t => t.Code).Should().Contain("medtop:05000000").And.Contain("medtop:11000000");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"")]
    [InlineData("... --- !!! ??? 123 456")]
    public void NoWords_NoTopicsKeywordsOrRegions(string text)
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(text);

        a.Topics.Should().BeEmpty("there are no words to classify");
        a.Keywords.Should().BeEmpty();
        a.Regions.Should().BeEmpty();
    }

    [Theory]
    [InlineData("\uD800\uDC00\uDFFF\0\u0001<html><body>&amp;</body></html>")]
    [InlineData("\uDC00 lone \uD800 surrogates \uD800")]
    [InlineData("<script>var x = \"<p>\" + 'y';</script><div class=\"a\">Police arrested a man</div>")]
    public void HostileInput_DoesNotThrow(string text)
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(text);

        a.Topics.Should().NotContain(t => t.Score < 0 || t.Score > 1);
        a.Keywords.Should().NotContain(k => k.Text.Length == 0 || k.Score < 0 || k.Score > 1);
    }

    [Fact]
    public void LongLine_IsBounded()
    {
        string text = string.Concat(Enumerable.Repeat("Troops shelled the city while ministers met for peace talks. ", 20_000));

        NewsAnalysis a = NewsAnalyzer.Default.Analyze(text);

        a.Topics[0].Code.Should().BeOneOf("medtop:16000000", "medtop:11000000");
        a.Keywords.Should().NotBeEmpty();
    }

    [Fact]
    public void ParallelCalls_GiveTheSameSubjects()
    {
        string text = TopicTestData.WorkedExample;
        string expected = string.Join(';', NewsAnalyzer.Default.Analyze(text).Topics.Select(t => t.Code + t.Score));
        var results = new string[32];

        Parallel.For(0, results.Length, i => results[i] = string.Join(';', NewsAnalyzer.Default.Analyze(text).Topics.Select(t => t.Code + t.Score)));

        results.Should().AllBe(expected);
    }
}
