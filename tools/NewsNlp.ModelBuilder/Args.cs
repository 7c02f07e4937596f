namespace NewsNlp.ModelBuilder;

internal static class Args
{
    public static string? Option(string[] args, string name)
    {
        for (int i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }

    public static bool Flag(string[] args, string name) => Array.IndexOf(args, name) >= 0;

    /// <summary>Finds ../shared/data walking up from the current directory.</summary>
    public static string FindSharedData()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("Could not find shared/data above the current directory; pass --data DIR.");
    }

    /// <summary>Finds src/NewsNlp/Models walking up from the current directory.</summary>
    public static string FindModelDir()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "src", "NewsNlp", "Models");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine(Directory.GetCurrentDirectory(), "src", "NewsNlp", "Models");
    }
}
