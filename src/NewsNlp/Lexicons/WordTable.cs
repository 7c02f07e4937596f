namespace NewsNlp;

/// <summary>An immutable map from words to a value (typically the word's facets), built once and looked up by span
/// without allocating (<see cref="SpanKeyTable"/>).</summary>
/// <typeparam name="TValue">The value stored with each word.</typeparam>
/// <remarks>The entries must not repeat a word (under the table's <see cref="WordCasing"/>): each word is listed once
/// with all its facets, so the constructor throws on a repeat. Safe for concurrent reads.</remarks>
internal sealed class WordTable<TValue>
{
    private readonly SpanKeyTable _lookup;
    private readonly (string Word, TValue Value)[] _entries;

    /// <summary>Builds the table from <paramref name="entries"/>, in their order.</summary>
    /// <exception cref="ArgumentException">A word is empty, or repeated under <paramref name="casing"/>.</exception>
    public WordTable(WordCasing casing, ReadOnlySpan<(string Word, TValue Value)> entries)
    {
        StringComparer comparer = WordSet.Comparer(casing);
        var seen = new HashSet<string>(entries.Length, comparer);
        var words = new string[entries.Length];
        int n = 0;
        foreach ((string word, TValue _) in entries)
        {
            if (string.IsNullOrEmpty(word))
            {
                throw new ArgumentException("A word table holds an empty word.", nameof(entries));
            }

            if (!seen.Add(word))
            {
                throw new ArgumentException($"The word table repeats \"{word}\".", nameof(entries));
            }

            words[n++] = word;
        }

        _lookup = new SpanKeyTable(words, casing == WordCasing.IgnoreCase);
        _entries = entries.ToArray();
        Casing = casing;
    }

    /// <summary>Builds the table from groups of words that share a value: each group's words written in one string,
    /// separated by single spaces (<c>(Preposition, "about above across")</c>).</summary>
    /// <remarks>A list written so compiles many times faster than one entry per word (an entry is a struct the
    /// JIT must build in the list's type initializer: about 40 µs each, 10 ms for 250 words), and compiling the
    /// initializer is most of a list's first-use cost.</remarks>
    /// <exception cref="ArgumentException">A word is empty (a double, leading or trailing space), or repeated under
    /// <paramref name="casing"/>.</exception>
    public static WordTable<TValue> Grouped(WordCasing casing, ReadOnlySpan<(TValue Value, string Words)> groups)
    {
        int count = 0;
        foreach ((TValue _, string words) in groups)
        {
            count += words.AsSpan().Count(' ') + 1;
        }

        var entries = new (string Word, TValue Value)[count];
        int n = 0;
        foreach ((TValue value, string words) in groups)
        {
            foreach (string word in words.Split(' '))
            {
                entries[n++] = (word, value);
            }
        }

        return new WordTable<TValue>(casing, entries);
    }

    /// <summary>Gets how the table compares words.</summary>
    public WordCasing Casing { get; }

    /// <summary>Gets the number of words.</summary>
    public int Count => _entries.Length;

    /// <summary>Gets the entries in the order they were listed.</summary>
    public ReadOnlySpan<(string Word, TValue Value)> Entries => _entries;

    /// <summary>Looks up <paramref name="word"/>. Does not allocate.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        int index = _lookup.IndexOf(word);
        if (index >= 0)
        {
            value = _entries[index].Value;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>The value of <paramref name="word"/>, or <see langword="default"/> when it is not listed. Does not allocate.</summary>
    public TValue? GetValueOrDefault(ReadOnlySpan<char> word)
    {
        int index = _lookup.IndexOf(word);
        return index >= 0 ? _entries[index].Value : default;
    }

    /// <summary>Whether <paramref name="word"/> is listed. Does not allocate.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>The words whose value satisfies <paramref name="predicate"/>, as a set with this table's casing.
    /// Meant to be built once and kept (a facet view), not per lookup.</summary>
    public WordSet Where(Func<TValue, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var words = new List<string>();
        foreach ((string word, TValue value) in _entries)
        {
            if (predicate(value))
            {
                words.Add(word);
            }
        }

        return WordSet.Create(Casing, [.. words]);
    }
}
