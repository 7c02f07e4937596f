using System.Collections.Frozen;

namespace NewsNlp;

/// <summary>An immutable map from words to a value (typically the word's facets), frozen once when it is built and
/// looked up by span without allocating.</summary>
/// <typeparam name="TValue">The value stored with each word.</typeparam>
/// <remarks>The entries must not repeat a word (under the table's <see cref="WordCasing"/>): each word is listed once
/// with all its facets, so the constructor throws on a repeat. Safe for concurrent reads.
/// <para>The frozen map holds each value in a small object (<see cref="Entry"/>), not the value itself: a map whose
/// values are objects runs on the framework's shared, precompiled code, while a map per value type (one per list:
/// <see cref="TitleFacets"/>, <see cref="CalendarWord"/> …) would be compiled on first use, about 30 ms per list.</para></remarks>
internal sealed class WordTable<TValue>
{
    private readonly FrozenDictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly (string Word, TValue Value)[] _entries;

    /// <summary>Builds the table from <paramref name="entries"/>, in their order.</summary>
    /// <exception cref="ArgumentException">A word is empty, or repeated under <paramref name="casing"/>.</exception>
    public WordTable(WordCasing casing, ReadOnlySpan<(string Word, TValue Value)> entries)
    {
        StringComparer comparer = WordSet.Comparer(casing);
        var map = new Dictionary<string, Entry>(entries.Length, comparer);
        foreach ((string word, TValue value) in entries)
        {
            if (string.IsNullOrEmpty(word))
            {
                throw new ArgumentException("A word table holds an empty word.", nameof(entries));
            }

            if (!map.TryAdd(word, new Entry(value)))
            {
                throw new ArgumentException($"The word table repeats \"{word}\".", nameof(entries));
            }
        }

        _lookup = map.ToFrozenDictionary(comparer).GetAlternateLookup<ReadOnlySpan<char>>();
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
        if (_lookup.TryGetValue(word, out Entry? entry))
        {
            value = entry.Value;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>The value of <paramref name="word"/>, or <see langword="default"/> when it is not listed. Does not allocate.</summary>
    public TValue? GetValueOrDefault(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out Entry? entry) ? entry.Value : default;

    /// <summary>Whether <paramref name="word"/> is listed. Does not allocate.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);

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

    /// <summary>A value in the frozen map (an object, so that every table shares the map's code).</summary>
    private sealed class Entry(TValue value)
    {
        public TValue Value { get; } = value;
    }
}
