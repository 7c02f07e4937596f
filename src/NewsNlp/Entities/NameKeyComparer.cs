namespace NewsNlp;

/// <summary>Compares names as a reader does when folding them: case and diacritics aside ("Müller" is "Muller",
/// "ŁUKASZ" is "Lukasz"). Soft hyphens are already gone from mention texts (<see cref="CharScan.OneLine"/>). Looks up
/// by span without allocating; safe for concurrent use.</summary>
internal sealed class NameKeyComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    /// <summary>The first character this table folds; below it only case folds.</summary>
    private const char FirstFolded = '\u00C0';

    /// <summary>One past the last character the table folds: Latin-1 Supplement and Latin Extended-A, the letters of
    /// European names.</summary>
    private const char EndFolded = '\u0180';

    /// <summary>The upper-case base letter of each character from <see cref="FirstFolded"/> (À → A, ñ → N, Ł → L, ő →
    /// O); letters with no base (Æ, ß, Œ) and signs stay. Written out rather than read from Unicode decomposition,
    /// which ignores Ø and Ł and needs globalization data the native build leaves out.</summary>
    private const string BaseLetters =
        "AAAAAAÆCEEEEIIIIÐNOOOOO×OUUUUYÞß" + "AAAAAAÆCEEEEIIIIÐNOOOOO÷OUUUUYÞY" +
        "AAAAAA" + "CCCCCCCC" + "DDDD" + "EEEEEEEEEE" + "GGGGGGGG" + "HHHH" + "IIIIIIIIII" + "ĲĲ" + "JJ" + "KKĸ" +
        "LLLLLLLLLL" + "NNNNNNNNN" + "OOOOOO" + "ŒŒ" + "RRRRRR" + "SSSSSSSS" + "TTTTTT" + "UUUUUUUUUUUU" + "WW" + "YYY" +
        "ZZZZZZ" + "S";

    private static readonly char[] s_base = BuildBaseLetters();

    private NameKeyComparer()
    {
    }

    /// <summary>Gets the one instance.</summary>
    public static NameKeyComparer Instance { get; } = new();

    /// <inheritdoc/>
    public bool Equals(string? x, string? y) => ReferenceEquals(x, y) || (x is not null && y is not null && Equals(x.AsSpan(), y.AsSpan()));

    /// <inheritdoc/>
    public int GetHashCode(string obj) => GetHashCode(obj.AsSpan());

    /// <inheritdoc/>
    public bool Equals(ReadOnlySpan<char> alternate, string other) => Equals(alternate, other.AsSpan());

    /// <inheritdoc/>
    public int GetHashCode(ReadOnlySpan<char> alternate)
    {
        var hash = default(HashCode);
        foreach (char c in alternate)
        {
            hash.Add(Fold(c));
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();

    private static bool Equals(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        if (x.Length != y.Length)
        {
            return false;
        }

        for (int i = 0; i < x.Length; i++)
        {
            if (Fold(x[i]) != Fold(y[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static char Fold(char c) =>
        c < FirstFolded ? char.ToUpperInvariant(c) : c < EndFolded ? s_base[c - FirstFolded] : char.ToUpperInvariant(c);

    private static char[] BuildBaseLetters() =>
        BaseLetters.Length == EndFolded - FirstFolded ? BaseLetters.ToCharArray()
        : throw new InvalidOperationException("The base-letter table does not cover its range.");
}
