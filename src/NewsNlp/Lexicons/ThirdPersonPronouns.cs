namespace NewsNlp;

/// <summary>The third-person singular pronouns of people a mention chain links, with the gender each tells: 'm'
/// (<c>he</c>, <c>him</c>, <c>his</c>, <c>himself</c>) and 'f' (<c>she</c>, <c>her</c>, <c>hers</c>, <c>herself</c>).
/// <c>it</c> and <c>its</c> are left out: linked to the organization named last they were right 5 times in 26 on the GUM
/// training documents; they are far more often a thing or the dummy subject (<c>it is expected</c>). Lookups ignore
/// case.</summary>
internal static class ThirdPersonPronouns
{
    private static readonly WordTable<char> s_table = WordTable<char>.Grouped(WordCasing.IgnoreCase,
    [
        ('m', "he him his himself"),
        ('f', "she her hers herself"),
    ]);

    /// <summary>The gender <paramref name="word"/> tells ('m', 'f'), or '\0' when it is no such pronoun.</summary>
    public static char GenderOf(ReadOnlySpan<char> word) => word.Length is >= 2 and <= 7 ? s_table.GetValueOrDefault(word) : '\0';
}
