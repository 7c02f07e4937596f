namespace NewsNlp.Tests.Entities;

/// <summary>One row of Specs/Entities.tsv: a passage and one entity expected in it (or a name expected absent).</summary>
public sealed record EntitySpec(int Line, string Input, string Name, EntityType? Type, int MentionCount, string[]? Forms, string? Title, string? Note)
{
    private const int Columns = 7;

    /// <summary>Whether the row pins today's wrong output (its note says what is right).</summary>
    public bool KnownWrong => Note?.StartsWith("known-wrong:", StringComparison.Ordinal) == true;

    public static List<EntitySpec> Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Specs", "Entities.tsv");
        var specs = new List<EntitySpec>();
        string[] lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] f = line.Split('\t');
            if (f.Length != Columns)
            {
                throw new InvalidDataException($"Entities.tsv line {i + 1}: expected {Columns} tab-separated columns, got {f.Length}");
            }

            string input = f[0].Replace("\\n", "\n", StringComparison.Ordinal);
            EntityType? type = f[2] == "absent" ? null : Enum.Parse<EntityType>(f[2]);
            int count = type is null ? 0 : int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture);
            string[]? forms = Null(f[4])?.Split(" | ");
            specs.Add(new EntitySpec(i + 1, input, f[1], type, count, forms, Null(f[5]), Null(f[6])));
        }

        return specs;
    }

    private static string? Null(string s) => s == "-" ? null : s;

    public override string ToString() => $"line {Line}: {Name} in {(Input.Length > 40 ? Input[..40] + "…" : Input)}";
}
