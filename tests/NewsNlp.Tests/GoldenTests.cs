using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests;

/// <summary>The whole analysis of the worked example, compared with a reviewed golden file.</summary>
public sealed class GoldenTests
{
    [Fact]
    public void Analyze_WorkedExample_MatchesGoldenOutput()
    {
        string text = TestData.ReadGolden("blinken-qin.txt");
        string json = NewsAnalyzer.Default.Analyze(text).ToJson(indented: true);
        GoldenFile.Verify("blinken-qin.analysis.json", json + "\n");
    }
}
