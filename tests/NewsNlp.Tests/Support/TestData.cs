namespace NewsNlp.Tests.Support;

/// <summary>Locates the bundled golden files and the shared datasets (../shared/data beside the repository).</summary>
internal static class TestData
{
    public static string GoldenPath(string name) => Path.Combine(AppContext.BaseDirectory, "Golden", name);

    public static string ReadGolden(string name) => File.ReadAllText(GoldenPath(name));

    /// <summary>The shared data folder; CI and developers have ../shared beside the clone.</summary>
    public static string SharedData
    {
        get
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
                "shared/data not found above " + AppContext.BaseDirectory + ": the accuracy tests need the datasets in ../shared/data beside the repository.");
        }
    }
}
