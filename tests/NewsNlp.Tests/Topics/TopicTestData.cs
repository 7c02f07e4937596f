using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Topics;

internal static class TopicTestData
{
    public static string WorkedExample => TestData.ReadGolden("blinken-qin.txt");

    /// <summary>The shared datasets folder.</summary>
    public static string SharedData() => TestData.SharedData;
}
