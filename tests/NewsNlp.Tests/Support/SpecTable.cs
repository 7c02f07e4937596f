namespace NewsNlp.Tests.Support;

/// <summary>Reads a spec table (Specs/*.tsv): tab-separated rows, <c>#</c> comment lines and blank lines skipped,
/// <c>\n</c> in a cell standing for a line break.</summary>
internal static class SpecTable
{
    /// <summary>The rows of Specs/<paramref name="name"/>, each with its line number, checked to have
    /// <paramref name="columns"/> cells.</summary>
    public static List<(int Line, string[] Cells)> Read(string name, int columns)
    {
        string[] lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Specs", name));
        var rows = new List<(int Line, string[] Cells)>();
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

            rows.Add((i + 1, cells));
        }

        return rows;
    }

    /// <summary>A cell with <c>\n</c> turned into line breaks.</summary>
    public static string Unescape(string cell) => cell.Replace("\\n", "\n", StringComparison.Ordinal);

    /// <summary>A cell, or null for <c>-</c>.</summary>
    public static string? Null(string cell) => cell == "-" ? null : cell;
}
