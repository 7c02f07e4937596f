namespace NewsNlp;

/// <summary>An immutable set of phrases of one or more words (<c>secretary of state</c>, <c>according to</c>), keyed by
/// their first word so that a reader looks up the word it stands on and then compares the few continuations.</summary>
/// <remarks>Phrases are written with single spaces between their words. The continuations of a first word come
/// longest first, so the first one that matches is the longest match. Lookups take spans and do not allocate. Safe
/// for concurrent reads.</remarks>
internal sealed class PhraseSet
{
    private static readonly string[][] s_none = [];

    private readonly string[] _phrases;
    private readonly SpanKeyTable _firstWords;
    private readonly string[][][] _continuations;
    private readonly StringComparison _comparison;

    /// <summary>Builds the set from <paramref name="phrases"/>, which must not repeat a phrase.</summary>
    /// <exception cref="ArgumentException">A phrase is empty, has an empty word (a double, leading or trailing
    /// space), or is repeated under <paramref name="casing"/>.</exception>
    public PhraseSet(WordCasing casing, params ReadOnlySpan<string> phrases)
    {
        StringComparer comparer = WordSet.Comparer(casing);
        var seen = new HashSet<string>(phrases.Length, comparer);
        var byFirst = new Dictionary<string, List<string[]>>(comparer);
        foreach (string phrase in phrases)
        {
            string[] words = phrase.Split(' ');
            if (Array.IndexOf(words, string.Empty) >= 0)
            {
                throw new ArgumentException($"The phrase \"{phrase}\" has an empty word.", nameof(phrases));
            }

            if (!seen.Add(phrase))
            {
                throw new ArgumentException($"The phrase list repeats \"{phrase}\".", nameof(phrases));
            }

            if (!byFirst.TryGetValue(words[0], out List<string[]>? rests))
            {
                rests = [];
                byFirst[words[0]] = rests;
            }

            rests.Add(words[1..]);
        }

        var firstWords = new string[byFirst.Count];
        _continuations = new string[byFirst.Count][][];
        int n = 0;
        foreach ((string first, List<string[]> rests) in byFirst)
        {
            string[][] array = [.. rests];
            Array.Sort(array, static (x, y) => y.Length.CompareTo(x.Length)); // longest first, stable enough: ties never both match
            firstWords[n] = first;
            _continuations[n++] = array;
        }

        _phrases = phrases.ToArray();
        _firstWords = new SpanKeyTable(firstWords, casing == WordCasing.IgnoreCase);
        _comparison = casing == WordCasing.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        Casing = casing;
    }

    /// <summary>Gets how the set compares words.</summary>
    public WordCasing Casing { get; }

    /// <summary>Gets the number of phrases.</summary>
    public int Count => _phrases.Length;

    /// <summary>Gets the phrases in the order they were listed.</summary>
    public ReadOnlySpan<string> Phrases => _phrases;

    /// <summary>The words that may follow <paramref name="firstWord"/> to complete a phrase, longest first; an empty
    /// continuation means <paramref name="firstWord"/> is a phrase by itself.</summary>
    public bool TryGetContinuations(ReadOnlySpan<char> firstWord, out string[][] continuations)
    {
        int index = _firstWords.IndexOf(firstWord);
        if (index >= 0)
        {
            continuations = _continuations[index];
            return true;
        }

        continuations = s_none;
        return false;
    }

    /// <summary>The number of words of the longest phrase that starts at <paramref name="words"/>[<paramref name="start"/>],
    /// or 0 when none does.</summary>
    /// <param name="text">The text the word spans point into.</param>
    /// <param name="words">The words, in order.</param>
    /// <param name="start">Index of the first word.</param>
    public int LongestMatch(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> words, int start)
    {
        if ((uint)start >= (uint)words.Length || !TryGetContinuations(words[start].Slice(text), out string[][] continuations))
        {
            return 0;
        }

        foreach (string[] rest in continuations)
        {
            if (start + rest.Length >= words.Length)
            {
                continue;
            }

            bool match = true;
            for (int k = 0; k < rest.Length && match; k++)
            {
                match = words[start + 1 + k].Slice(text).Equals(rest[k], _comparison);
            }

            if (match)
            {
                return rest.Length + 1;
            }
        }

        return 0;
    }
}
