namespace NewsNlp.Tests.Entities;

/// <summary>Locates ../shared (the read-only data folder beside the clone) for the entity tests.</summary>
internal static class EntityTestData
{
    private static readonly Lazy<string> s_shared = new(Find);

    public static string Shared => s_shared.Value;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Shared, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "data")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            "Could not find a 'shared/data' folder above " + AppContext.BaseDirectory + "; the entity tests need ../shared beside the clone.");
    }
}
