namespace NewsNlp.Tests.ArticleStructure;

/// <summary>One row of Specs/Datelines.tsv.</summary>
public sealed record DatelineSpec(int Line, string Input, string? Text, string? City, string? Region, string? Country, string? Agency, string? Date)
{
    public static List<DatelineSpec> Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Specs", "Datelines.tsv");
        var specs = new List<DatelineSpec>();
        string[] lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] f = line.Split('\t');
            if (f.Length != 7)
            {
                throw new InvalidDataException($"Datelines.tsv line {i + 1}: expected 7 tab-separated columns, got {f.Length}");
            }

            string input = f[0].Replace("\\n", "\n", StringComparison.Ordinal);
            specs.Add(f[1] == "none"
                ? new DatelineSpec(i + 1, input, null, null, null, null, null, null)
                : new DatelineSpec(i + 1, input, f[1], Null(f[2]), Null(f[3]), Null(f[4]), Null(f[5]), Null(f[6])));
        }

        return specs;
    }

    private static string? Null(string s) => s == "-" ? null : s;

    public override string ToString() => $"line {Line}: {(Input.Length > 50 ? Input[..50] + "…" : Input)}";
}
