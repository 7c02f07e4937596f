using Xunit;

namespace NewsNlp.Tests.Support;

/// <summary>Reads a spec table from Specs/: one case per line, tab-separated columns; blank lines and lines
/// starting with '#' are skipped. In the cells, "-" stands for null and \n for a line break.</summary>
internal static class SpecTable
{
    /// <summary>The rows of Specs/<paramref name="name"/>, each with its line number; throws on a row that does not
    /// have <paramref name="columns"/> columns.</summary>
    public static IEnumerable<(int Line, string[] Cells)> Read(string name, int columns)
    {
        string[] lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Specs", name));
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] cells = line.Split('\t');
            if (cells.Length != columns)
            {
                throw new InvalidDataException($"{name} line {i + 1}: expected {columns} tab-separated columns, got {cells.Length}");
            }

            yield return (i + 1, cells);
        }
    }

    /// <summary>The rows as xunit theory data.</summary>
    public static TheoryData<T> Cases<T>(IEnumerable<T> rows)
    {
        var data = new TheoryData<T>();
        foreach (T row in rows)
        {
            data.Add(row);
        }

        return data;
    }

    /// <summary>The cell, or null for "-".</summary>
    public static string? Null(string cell) => cell == "-" ? null : cell;

    /// <summary>The cell with each \n turned into a line break.</summary>
    public static string Unescape(string cell) => cell.Replace("\\n", "\n", StringComparison.Ordinal);

    /// <summary>A short name for a case in test output.</summary>
    public static string Describe(int line, string input) =>
        $"line {line}: {(input.Length > 50 ? input[..50] + "…" : input)}";
}
