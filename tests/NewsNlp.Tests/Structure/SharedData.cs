namespace NewsNlp.Tests.ArticleStructure;

/// <summary>Finds ../shared (with data/) by walking up from the test binaries.</summary>
internal static class SharedData
{
    public static string? TryFindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "data")))
            {
                return candidate;
            }
        }

        return null;
    }

    public static string DataDir(string name)
    {
        string? shared = TryFindShared();
        if (shared is null)
        {
            throw new DirectoryNotFoundException(
                $"shared/data not found above {AppContext.BaseDirectory}; CI needs a copy of shared/ beside the clone (../shared).");
        }

        string dir = Path.Combine(shared, "data", name);
        return Directory.Exists(dir) ? dir : throw new DirectoryNotFoundException($"{dir} is missing");
    }
}
