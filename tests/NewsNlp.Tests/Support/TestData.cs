namespace NewsNlp.Tests.Support;

/// <summary>Locates the repository, the bundled golden files and the shared datasets (../shared beside the clone).
/// The one place the tests find files outside their own output folder.</summary>
internal static class TestData
{
    private static readonly Lazy<string> s_sharedDir = new(() => FindUp(
        dir => Directory.Exists(Path.Combine(dir, "shared", "data")) ? Path.Combine(dir, "shared") : null,
        "shared/data not found above " + AppContext.BaseDirectory + ": the accuracy tests need ../shared (with data/ and golden/) beside the repository, as CI has it."));

    private static readonly Lazy<string> s_repoRoot = new(() => FindUp(
        dir => File.Exists(Path.Combine(dir, "NewsNlp.sln")) ? dir : null,
        "NewsNlp.sln not found above " + AppContext.BaseDirectory));

    /// <summary>The shared folder (with data/ and golden/).</summary>
    public static string SharedDir => s_sharedDir.Value;

    /// <summary>The shared datasets folder.</summary>
    public static string SharedData => Path.Combine(SharedDir, "data");

    /// <summary>The repository root (the folder of NewsNlp.sln).</summary>
    public static string RepoRoot => s_repoRoot.Value;

    /// <summary>One dataset's folder under shared/data; throws when it is missing.</summary>
    public static string DataDir(string name)
    {
        string dir = Path.Combine(SharedData, name);
        return Directory.Exists(dir) ? dir : throw new DirectoryNotFoundException($"{dir} is missing");
    }

    public static string GoldenPath(string name) => Path.Combine(AppContext.BaseDirectory, "Golden", name);

    public static string ReadGolden(string name) => File.ReadAllText(GoldenPath(name));

    private static string FindUp(Func<string, string?> match, string error)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (match(dir.FullName) is { } found)
            {
                return found;
            }
        }

        throw new DirectoryNotFoundException(error);
    }
}
