using System.Collections.Frozen;

namespace NewsNlp;

/// <summary>An immutable set of words, frozen once when it is built and looked up by span without allocating.</summary>
/// <remarks>Built from a list that must not repeat a word (under the set's <see cref="WordCasing"/>): a repeated word
/// is a mistake in the list, so <see cref="Create(WordCasing, ReadOnlySpan{string})"/> throws. <see cref="Union"/>
/// combines lists that overlap on purpose. Safe for concurrent reads.</remarks>
internal sealed class WordSet
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordSet(FrozenSet<string> words, WordCasing casing)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Casing = casing;
    }

    /// <summary>Gets how the set compares words.</summary>
    public WordCasing Casing { get; }

    /// <summary>Gets the number of words.</summary>
    public int Count => _words.Count;

    /// <summary>Gets the words (in no particular order).</summary>
    public IReadOnlyCollection<string> Words => _words;

    /// <summary>Builds a set from <paramref name="words"/>, which must not repeat a word.</summary>
    /// <exception cref="ArgumentException">A word is empty, or repeated under <paramref name="casing"/>.</exception>
    public static WordSet Create(WordCasing casing, params ReadOnlySpan<string> words)
    {
        StringComparer comparer = Comparer(casing);
        var unique = new HashSet<string>(words.Length, comparer);
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
        }

        return new WordSet(unique.ToFrozenSet(comparer), casing);
    }

    /// <summary>The union of word lists that may overlap: the words of every part, once each.</summary>
    public static WordSet Union(WordCasing casing, params ReadOnlySpan<IEnumerable<string>> parts)
    {
        StringComparer comparer = Comparer(casing);
        var all = new HashSet<string>(comparer);
        foreach (IEnumerable<string> part in parts)
        {
            all.UnionWith(part);
        }

        return new WordSet(all.ToFrozenSet(comparer), casing);
    }

    /// <summary>The comparer for <paramref name="casing"/>.</summary>
    public static StringComparer Comparer(WordCasing casing) =>
        casing == WordCasing.IgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>Whether <paramref name="word"/> is in the set. Does not allocate.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
