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
            string input = SpecTable.Unescape(f[0]);
            specs.Add(f[1] == "none"
                ? new DatelineSpec(line, input, null, null, null, null, null, null)
                : new DatelineSpec(line, input, f[1], SpecTable.Null(f[2]), SpecTable.Null(f[3]), SpecTable.Null(f[4]), SpecTable.Null(f[5]), SpecTable.Null(f[6])));
        }

        return specs;
    }

    public override string ToString() => SpecTable.Describe(Line, Input);
}
