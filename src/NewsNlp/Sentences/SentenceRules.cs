namespace NewsNlp;

/// <summary>Every threshold of the <see cref="SentenceSplitter"/>, each with the reason for its value. Change one here
/// and tests/NewsNlp.Tests/Specs/Sentences.tsv, the UD sentence floors and the development-set output say what it
/// moved.</summary>
internal static class SentenceRules
{
    /// <summary>A line shorter than this with no closing punctuation ends its sentence (headlines, list items), even
    /// where the line after it would not have fitted on it; longer ones are taken as hard-wrapped text.</summary>
    public const int ShortLineLength = 60;

    /// <summary>Most capitalized words between a closing quotation mark and a reporting verb for the words to be the
    /// quote's attribution, kept in its sentence (<c>“Why not?” Sen. Jane Doe asked.</c>): a titled name.</summary>
    public const int MaxAttributionNameWords = 4;
}
