using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Sentences;

/// <summary>One row of Specs/Sentences.tsv: a text and the sentences it splits into.</summary>
public sealed record SentenceSpec(int Line, string Rule, string Input, string[] Sentences)
{
    public static List<SentenceSpec> Load()
    {
        var specs = new List<SentenceSpec>();
        foreach ((int line, string[] f) in SpecTable.Read("Sentences.tsv", 3))
        {
            string[] sentences = [.. f[2].Split(" | ").Select(SpecTable.Unescape)];
            specs.Add(new SentenceSpec(line, f[0], SpecTable.Unescape(f[1]), sentences));
        }

        return specs;
    }

    public override string ToString() => $"line {Line} ({Rule})";
}
