using System.Runtime.CompilerServices;
using FluentAssertions;

namespace NewsNlp.Tests.Support;

/// <summary>Whole-output golden files in tests/NewsNlp.Tests/Golden. Set NEWSNLP_UPDATE_GOLDEN=1 to rewrite them on
/// purpose, then review the diff in git. A run in update mode never passes: a test that rewrote its golden file fails
/// and says so, so that an update can neither hide a regression nor slip into CI.</summary>
internal static class GoldenFile
{
    public static void Verify(string name, string actual, [CallerFilePath] string callerFile = "")
    {
        string sourceDir = Path.Combine(FindTestsRoot(callerFile), "Golden");
        string path = Path.Combine(sourceDir, name);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("NEWSNLP_UPDATE_GOLDEN") == "1")
        {
            bool changed = !File.Exists(path) || File.ReadAllText(path).ReplaceLineEndings("\n") != actual;
            File.WriteAllText(path, actual);
            throw new Xunit.Sdk.XunitException(changed
                ? $"{name} was rewritten (NEWSNLP_UPDATE_GOLDEN=1): review the diff in git, then run the tests again without the variable."
                : $"{name} is unchanged, but NEWSNLP_UPDATE_GOLDEN=1 is set: run the tests again without it for a real check.");
        }

        File.Exists(path).Should().BeTrue($"golden file {path} exists (create it with NEWSNLP_UPDATE_GOLDEN=1 and review it)");
        string expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            string[] e = expected.Split('\n');
            string[] a = actual.Split('\n');
            int line = 0;
            while (line < e.Length && line < a.Length && e[line] == a[line])
            {
                line++;
            }

            string exp = line < e.Length ? e[line] : "(end of file)";
            string act = line < a.Length ? a[line] : "(end of file)";
            throw new Xunit.Sdk.XunitException($"{name} differs from the golden file at line {line + 1}:\n  expected: {exp}\n  actual:   {act}\nIf the change is intended, rerun with NEWSNLP_UPDATE_GOLDEN=1 and review the diff.");
        }
    }

    /// <summary>The test project's source folder: from the caller's path, or (in a deterministic CI build, where
    /// source paths are mapped to /_/) by walking up from the test binaries to the repository.</summary>
    private static string FindTestsRoot(string callerFile)
    {
        string? callerDir = Path.GetDirectoryName(callerFile);
        for (var dir = callerDir is not null && Directory.Exists(callerDir) ? new DirectoryInfo(callerDir) : null; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsNlp.Tests.csproj")))
            {
                return dir.FullName;
            }
        }

        return Path.Combine(TestData.RepoRoot, "tests", "NewsNlp.Tests");
    }
}
