namespace NewsNlp;

/// <summary>An immutable set of words, built once and looked up by span without allocating (<see cref="SpanKeyTable"/>).</summary>
/// <remarks>Built from a list that must not repeat a word (under the set's <see cref="WordCasing"/>): a repeated word
/// is a mistake in the list, so <see cref="Create(WordCasing, ReadOnlySpan{string})"/> throws. <see cref="Union"/>
/// combines lists that overlap on purpose. Safe for concurrent reads.</remarks>
internal sealed class WordSet
{
    private readonly SpanKeyTable _words;

    private WordSet(string[] words, WordCasing casing)
    {
        _words = new SpanKeyTable(words, casing == WordCasing.IgnoreCase);
        Casing = casing;
    }

    /// <summary>Gets how the set compares words.</summary>
    public WordCasing Casing { get; }

    /// <summary>Gets the number of words.</summary>
    public int Count => _words.Keys.Length;

    /// <summary>Gets the words, in the order first listed.</summary>
    public IReadOnlyCollection<string> Words => _words.Keys;

    /// <summary>Builds a set from <paramref name="words"/>, which must not repeat a word.</summary>
    /// <exception cref="ArgumentException">A word is empty, or repeated under <paramref name="casing"/>.</exception>
    public static WordSet Create(WordCasing casing, params ReadOnlySpan<string> words)
    {
        StringComparer comparer = Comparer(casing);
        var unique = new HashSet<string>(words.Length, comparer);
        var inOrder = new string[words.Length];
        int n = 0;
        foreach (string word in words)
        {
            if (string.IsNullOrEmpty(word))
            {
                throw new ArgumentException("A word list holds an empty word.", nameof(words));
            }

            if (!unique.Add(word))
            {
                throw new ArgumentException($"The word list repeats \"{word}\".", nameof(words));
            }

            inOrder[n++] = word;
        }

        return new WordSet(inOrder, casing);
    }

    /// <summary>The union of word lists that may overlap: the words of every part, once each.</summary>
    public static WordSet Union(WordCasing casing, params ReadOnlySpan<IEnumerable<string>> parts)
    {
        StringComparer comparer = Comparer(casing);
        var all = new HashSet<string>(comparer);
        var inOrder = new List<string>();
        foreach (IEnumerable<string> part in parts)
        {
            foreach (string word in part)
            {
                if (all.Add(word))
                {
                    inOrder.Add(word);
                }
            }
        }

        return new WordSet([.. inOrder], casing);
    }

    /// <summary>The comparer for <paramref name="casing"/>.</summary>
    public static StringComparer Comparer(WordCasing casing) =>
        casing == WordCasing.IgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>Whether <paramref name="word"/> is in the set. Does not allocate.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _words.Contains(word);
}
