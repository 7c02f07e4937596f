using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Quotes;

/// <summary>One row of Specs/Quotes.tsv: a passage and one quote the quote stage must find in it (or, when
/// <see cref="Quote"/> is null, the kinds it must not find).</summary>
public sealed record QuoteSpec(int Line, string Shape, string Input, string? Quote, string Kind, string? Speaker, string? Cue)
{
    public static List<QuoteSpec> Load()
    {
        var specs = new List<QuoteSpec>();
        foreach ((int line, string[] f) in SpecTable.Read("Quotes.tsv", 6))
        {
            string? quote = f[2] == "none" ? null : SpecTable.Unescape(f[2]);
            specs.Add(new QuoteSpec(line, f[0], SpecTable.Unescape(f[1]), quote, f[3], SpecTable.Null(f[4]), SpecTable.Null(f[5])));
        }

        return specs;
    }

    public override string ToString() => $"line {Line} ({Shape}): {(Input.Length > 50 ? Input[..50] + "…" : Input)}";
}
