using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.ArticleStructure;

/// <summary>One row of Specs/Bylines.tsv: an article head or credit line and the byline found in it, if any.</summary>
public sealed record BylineSpec(int Line, string Input, string? Text, string[] Authors, string? Agency, string? Note)
{
    /// <summary>Gets whether the row pins an output known to be wrong.</summary>
    public bool KnownWrong => Note?.StartsWith("known-wrong:", StringComparison.Ordinal) == true;

    public static List<BylineSpec> Load()
    {
        var specs = new List<BylineSpec>();
        foreach ((int line, string[] f) in SpecTable.Read("Bylines.tsv", 5))
        {
            string[] authors = f[2] == "-" ? [] : f[2].Split("; ");
            specs.Add(new BylineSpec(line, SpecTable.Unescape(f[0]), f[1] == "none" ? null : f[1], authors, SpecTable.Null(f[3]), SpecTable.Null(f[4])));
        }

        return specs;
    }

    public override string ToString() => SpecTable.Describe(Line, Input);
}
