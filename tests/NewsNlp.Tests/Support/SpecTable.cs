namespace NewsNlp.Tests.Support;

/// <summary>Reads a spec table under Specs/: tab-separated rows with a fixed number of columns; blank lines and lines
/// starting with <c>#</c> are comments.</summary>
internal static class SpecTable
{
    /// <summary>The rows of <paramref name="fileName"/> with their 1-based line numbers.</summary>
    public static IEnumerable<(int Line, string[] Fields)> Read(string fileName, int columns)
    {
        string[] lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Specs", fileName));
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] f = line.Split('\t');
            if (f.Length != columns)
            {
                throw new InvalidDataException($"{fileName} line {i + 1}: expected {columns} tab-separated columns, got {f.Length}");
            }

            yield return (i + 1, f);
        }
    }
}
