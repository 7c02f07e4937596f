using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Entities;

/// <summary>File names name no one (<see cref="FileNames"/>): in the analysis and in the tagging API.</summary>
public sealed class FileNamesTests
{
    [Theory]
    [InlineData("Lisa_resume.doc", true)]
    [InlineData("HeatingOilStocks.PDF", true)]
    [InlineData("TEXT.htm", true)]
    [InlineData("report2020.xlsx", true)]
    [InlineData(".doc", false)]
    [InlineData("Dr.", false)]
    [InlineData("St.Louis", false)]
    [InlineData("Amazon.com", false)]
    [InlineData("doc", false)]
    public void IsFileName_NeedsANameAPeriodAndAFileExtension(string word, bool expected) =>
        FileNames.IsFileName(word).Should().Be(expected);

    [Fact]
    public void TagDocument_TagsNoFileNameAsAName()
    {
        IReadOnlyList<IReadOnlyList<string>> tags = NewsAnalyzer.Default.TagDocument(
            [["Please", "see", "the", "attached", "files", "Lisa_coverletter.doc", "and", "Lisa_resume.doc", "."],
             ["Lisa", "Fuentes", "sent", "them", "on", "Monday", "."]]);
        tags[0][5].Should().Be("O");
        tags[0][7].Should().Be("O");
        tags[1][0].Should().Be("B-PER", "the person who sent them is still a person");
    }

    [Fact]
    public void Analyze_FindsNoEntityInAFileName()
    {
        NewsAnalysis analysis = NewsAnalyzer.Default.Analyze("Lisa Fuentes sent HeatingOilStocks.pdf and Lisa_resume.doc to the desk on Monday.");
        analysis.Entities.Should().NotContain(e => e.Mentions.Any(m => m.Text.Contains(".pdf") || m.Text.Contains(".doc")));
        analysis.Entities.Should().Contain(e => e.Name == "Lisa Fuentes" && e.Type == EntityType.Person);
    }
}
