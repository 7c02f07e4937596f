using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Places;

/// <summary>One row of Specs/Places.tsv.</summary>
public sealed record PlaceSpec(int Line, string Written, string[] Context, string? Expected, string Why)
{
    public static List<PlaceSpec> Load() =>
        [.. SpecTable.Read("Places.tsv", 4).Select(r => new PlaceSpec(r.Line, r.Cells[0], r.Cells[1] == "-" ? [] : r.Cells[1].Split(','), r.Cells[2] == "-" ? null : r.Cells[2], r.Cells[3]))];

    public override string ToString() => $"line {Line}: {Written}" + (Context.Length > 0 ? $" [{string.Join(',', Context)}]" : string.Empty);
}
