using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.ArticleStructure;

/// <summary>One row of Specs/Datelines.tsv.</summary>
public sealed record DatelineSpec(int Line, string Input, string? Text, string? City, string? Region, string? Country, string? Agency, string? Date)
{
    public static List<DatelineSpec> Load()
    {
        var specs = new List<DatelineSpec>();
        foreach ((int line, string[] f) in SpecTable.Read("Datelines.tsv", 7))
        {
            string input = f[0].Replace("\\n", "\n", StringComparison.Ordinal);
            specs.Add(f[1] == "none"
                ? new DatelineSpec(line, input, null, null, null, null, null, null)
                : new DatelineSpec(line, input, f[1], Null(f[2]), Null(f[3]), Null(f[4]), Null(f[5]), Null(f[6])));
        }

        return specs;
    }

    private static string? Null(string s) => s == "-" ? null : s;

    public override string ToString() => $"line {Line}: {(Input.Length > 50 ? Input[..50] + "…" : Input)}";
}
