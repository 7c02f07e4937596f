namespace NewsNlp.Tests.Quotes;

/// <summary>One row of Specs/Quotes.tsv: a passage and one quote the quote stage must find in it (or, when
/// <see cref="Quote"/> is null, the kinds it must not find).</summary>
public sealed record QuoteSpec(int Line, string Shape, string Input, string? Quote, string Kind, string? Speaker, string? Cue)
{
    public static List<QuoteSpec> Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Specs", "Quotes.tsv");
        var specs = new List<QuoteSpec>();
        string[] lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] f = line.Split('\t');
            if (f.Length != 6)
            {
                throw new InvalidDataException($"Quotes.tsv line {i + 1}: expected 6 tab-separated columns, got {f.Length}");
            }

            string? quote = f[2] == "none" ? null : Unescape(f[2]);
            specs.Add(new QuoteSpec(i + 1, f[0], Unescape(f[1]), quote, f[3], Null(f[4]), Null(f[5])));
        }

        return specs;
    }

    private static string Unescape(string s) => s.Replace("\\n", "\n", StringComparison.Ordinal);

    private static string? Null(string s) => s == "-" ? null : s;

    public override string ToString() => $"line {Line} ({Shape}): {(Input.Length > 50 ? Input[..50] + "…" : Input)}";
}
