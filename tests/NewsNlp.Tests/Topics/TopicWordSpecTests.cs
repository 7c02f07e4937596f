using System.Text;
using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Topics;

/// <summary>Runs every case of Specs/TopicWords.tsv: the words the topic features, the seed lexicon and the keywords
/// read off the tokens.</summary>
public sealed class TopicWordSpecTests
{
    public static TheoryData<int, string, string> Cases()
    {
        var data = new TheoryData<int, string, string>();
        string[] lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Specs", "TopicWords.tsv"));
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }

            string[] f = lines[i].Split('\t');
            if (f.Length != 2)
            {
                throw new InvalidDataException($"TopicWords.tsv line {i + 1}: expected 2 tab-separated columns, got {f.Length}");
            }

            data.Add(i + 1, f[0].Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\u200B", "\u200B", StringComparison.Ordinal), f[1]);
        }

        return data;
    }

    [Fact]
    public void SpecTable_HasCasesForEveryRule()
    {
        Cases().Count.Should().BeGreaterThanOrEqualTo(25);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void WordsOfAString_MatchSpec(int line, string input, string expected)
    {
        using TopicWordBuffer words = TopicWords.Of(input);

        Render(input, words.Words).Should().Be(expected, "line {0} of TopicWords.tsv", line);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void WordsOfAnArticlePassage_AreTheWordsOfTheString(int line, string input, string expected)
    {
        ArticleText article = ArticleText.Build(input);
        var output = new TopicWord[TopicWords.MaxWords(input.Length)];

        int n = TopicWords.Read(article, 0, article.Tokens.Length, output);

        Render(input, output.AsSpan(0, n)).Should().Be(expected, "line {0} of TopicWords.tsv", line);
    }

    private static string Render(string text, ReadOnlySpan<TopicWord> words)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(words[i].Break ? " | " : " ");
            }

            sb.Append(text.AsSpan(words[i].Start, words[i].Length));
        }

        return sb.ToString();
    }
}
