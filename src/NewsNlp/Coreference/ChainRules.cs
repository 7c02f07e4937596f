namespace NewsNlp;

/// <summary>The thresholds of the mention chains (<see cref="MentionChains"/>), each with its reason. Tuned on the GUM
/// training documents (news, interviews, biographies); measured on GUM dev and test with <c>ModelBuilder coref</c>.</summary>
internal static class ChainRules
{
    /// <summary>Sentences looked back from a pronoun for its antecedent (the pronoun's own sentence is 0): news keeps a
    /// person in focus over a few sentences, and a pronoun further from any name is usually about someone else.</summary>
    public const int PronounSentencesBack = 3;

    /// <summary>Characters looked back from a pronoun at most, whatever the sentences: bounds the work on a text with no
    /// sentence ends (a megabyte line), and is as far as any news sentence reaches.</summary>
    public const int MaxLookbackChars = 3000;
}
