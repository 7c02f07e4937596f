namespace NewsNlp.Tests.Support;

/// <summary>Locates the repository, the bundled golden files and the shared datasets (../shared beside the clone).
/// The one place the tests find files outside their own output folder.</summary>
internal static class TestData
{
    /// <summary>Points the tests at another shared folder (or, set to a folder that does not exist, runs them as on a
    /// machine without it).</summary>
    private const string SharedDirVariable = "NEWSNLP_SHARED_DIR";

    /// <summary>Set in CI (and by .ci/run): a test that needs ../shared fails instead of being skipped when it is absent.</summary>
    private const string RequireSharedVariable = "NEWSNLP_REQUIRE_SHARED";

    private static readonly Lazy<string?> s_sharedDirOrNull = new(FindShared);

    private static readonly Lazy<string> s_repoRoot = new(() => FindUp(
        dir => File.Exists(Path.Combine(dir, "NewsNlp.sln")) ? dir : null,
        "NewsNlp.sln not found above " + AppContext.BaseDirectory));

    /// <summary>The shared folder (with data/ and golden/).</summary>
    public static string SharedDir => s_sharedDirOrNull.Value ?? throw new DirectoryNotFoundException(
        "shared/data not found above " + AppContext.BaseDirectory + " (nor in $" + SharedDirVariable + "): the accuracy tests need ../shared (with data/ and golden/) beside the repository, as CI has it.");

    /// <summary>Whether ../shared is here.</summary>
    public static bool HasShared => s_sharedDirOrNull.Value is not null;

    /// <summary>Whether a test that needs ../shared must run (and fail without it) rather than be skipped: in CI.</summary>
    public static bool RequireShared =>
        Environment.GetEnvironmentVariable(RequireSharedVariable) is { Length: > 0 } || Environment.GetEnvironmentVariable("CI") is { Length: > 0 };

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

    private static string? FindShared()
    {
        if (Environment.GetEnvironmentVariable(SharedDirVariable) is { Length: > 0 } configured)
        {
            return Directory.Exists(Path.Combine(configured, "data")) ? configured : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "shared", "data")))
            {
                return Path.Combine(dir.FullName, "shared");
            }
        }

        return null;
    }

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
