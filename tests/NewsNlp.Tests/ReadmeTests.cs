using FluentAssertions;
using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests;

/// <summary>The README's quick start, run as written, prints what the README says it prints.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void QuickStart_PrintsWhatTheReadmeShows()
    {
        var output = new StringWriter();
        string text = TestData.ReadGolden("blinken-qin.txt");

        NewsAnalysis a = NewsAnalyzer.Default.Analyze(text);
        output.WriteLine($"{a.Dateline?.City}, {a.Dateline?.Country} ({a.Dateline?.Agency})");
        foreach (Entity e in a.Entities.Where(e => e.Type == EntityType.Person).Take(2))
        {
            output.WriteLine($"{e.Name} ({e.Title}), {e.Mentions.Count} mentions");
        }

        foreach (Quote q in a.Quotes.Where(q => q.Speaker == "Qin Gang" && q.Kind == QuoteKind.Partial))
        {
            output.WriteLine($"{q.Speaker} {q.Cue}: {q.Text}");
        }

        string[] lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(6);
        lines[0].Should().Be("Taipei, TW (AP)");
        lines[1].Should().Be("Antony Blinken (U.S. Secretary of State), 5 mentions");
        lines[2].Should().Be("Qin Gang (Chinese Foreign Minister), 3 mentions");
        lines[3].Should().Be("Qin Gang urged: “China’s core concerns,”");
        lines[4].Should().StartWith("Qin Gang urged: “stop interfering in China’s internal affairs,").And.EndWith("in the name of competition.”");
        lines[5].Should().Be("Qin Gang noted: “have encountered new difficulties and challenges”");

        string readme = File.ReadAllText(Path.Combine(TestData.RepoRoot, "README.md"));
        readme.Should().Contain("// Taipei, TW (AP)").And.Contain("// " + lines[1]).And.Contain("// " + lines[3]).And.Contain("// " + lines[5]);
    }

    [Fact]
    public void BundledSample_IsTheWorkedExampleTheTestsRead()
    {
        // The README's run command analyzes the sample copy; the tests read Golden/ (their one path to it).
        string sample = File.ReadAllText(Path.Combine(TestData.RepoRoot, "samples", "NewsNlp.Cli", "blinken-qin.txt"));

        sample.Should().Be(TestData.ReadGolden("blinken-qin.txt"));
    }
}
