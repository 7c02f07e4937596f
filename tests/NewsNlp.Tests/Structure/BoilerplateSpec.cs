using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.ArticleStructure;

/// <summary>One row of Specs/Boilerplate.tsv: a line and what of it is boilerplate.</summary>
/// <param name="Line">The row's line number in the table.</param>
/// <param name="Input">The line.</param>
/// <param name="Taken">The boilerplate text: the whole line, a label at its start, or null when nothing is taken.</param>
/// <param name="Note">A remark, or null.</param>
public sealed record BoilerplateSpec(int Line, string Input, string? Taken, string? Note)
{
    /// <summary>Gets whether the row pins an output known to be wrong.</summary>
    public bool KnownWrong => Note?.StartsWith("known-wrong:", StringComparison.Ordinal) == true;

    public static List<BoilerplateSpec> Load()
    {
        var specs = new List<BoilerplateSpec>();
        foreach ((int line, string[] f) in SpecTable.Read("Boilerplate.tsv", 3))
        {
            string? taken = f[1] switch
            {
                "whole" => f[0],
                "none" => null,
                _ => f[1],
            };
            specs.Add(new BoilerplateSpec(line, f[0], taken, SpecTable.Null(f[2])));
        }

        return specs;
    }

    public override string ToString() => SpecTable.Describe(Line, Input);
}
