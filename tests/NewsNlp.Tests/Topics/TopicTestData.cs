namespace NewsNlp.Tests.Topics;

internal static class TopicTestData
{
    public static string WorkedExample => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "blinken-qin.txt"));

    /// <summary>Finds shared/data by walking up from the test binaries (CI keeps shared/ beside the clone).</summary>
    public static string SharedData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            "shared/data not found above " + AppContext.BaseDirectory + "; put a copy of shared/ beside the repository clone.");
    }
}
