using System.Runtime.CompilerServices;

namespace NewsNlp;

/// <summary>The one feature hashing of the library: 64-bit hashes of words and feature values computed straight from
/// spans (no strings), shared by the entity tagger (<c>ner.bin</c>, <c>ner2.bin</c>), the gazetteer's phrase keys and
/// the topic classifier (<c>topics.bin</c>, its seed lexicon).</summary>
/// <remarks>A trained model stores feature hashes, so any change here that moves a hash value invalidates every model.
/// Such a change must bump <see cref="FormatVersion"/> (a unit test pins the hash values of format
/// <see cref="FormatVersion"/>), and the models must be trained again: a model records the format it was built with
/// and <see cref="EnsureFormat"/> refuses to load it under another.</remarks>
internal static class FeatureHash
{
    /// <summary>The hashing format this library computes; written into every model it trains.</summary>
    public const int FormatVersion = 1;

    /// <summary>The format of models written before they recorded one (<c>NER1</c> headers, topic model format 2):
    /// all were hashed as format 1.</summary>
    public const int UnrecordedFormatVersion = 1;

    public const ulong Seed = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Throws unless a model built with feature-hash format <paramref name="version"/> can be read.</summary>
    /// <param name="version">The format the model records.</param>
    /// <param name="model">The model's name, for the message.</param>
    /// <exception cref="InvalidDataException">The model was hashed with another format.</exception>
    public static void EnsureFormat(int version, string model)
    {
        if (version != FormatVersion)
        {
            throw new InvalidDataException(
                model + " was built with feature-hash format " + version + ", but this library hashes features with format "
                + FormatVersion + "; train the model again.");
        }
    }

    /// <summary>Lower-cased word with digits folded to 0 and typographic quotes folded to ASCII.</summary>
    public static ulong Lower(ReadOnlySpan<char> word)
    {
        ulong h = Seed;
        foreach (char c in word)
        {
            h = (h ^ Fold(c)) * Prime;
        }

        return Mix(h);
    }

    /// <summary>Lower-cased word with typographic quotes folded to ASCII and digits kept (for lexicon lookups).</summary>
    public static ulong LowerKeepDigits(ReadOnlySpan<char> word)
    {
        ulong h = Seed ^ 0x27d4eb2fUL;
        foreach (char c in word)
        {
            h = (h ^ char.ToLowerInvariant(FoldQuote(c))) * Prime;
        }

        return Mix(h);
    }

    /// <summary>The word exactly as written (quotes folded).</summary>
    public static ulong Exact(ReadOnlySpan<char> word)
    {
        ulong h = Seed ^ 0x5bd1e995UL;
        foreach (char c in word)
        {
            h = (h ^ FoldQuote(c)) * Prime;
        }

        return Mix(h);
    }

    /// <summary>Compressed word shape: X for upper, x for lower, d for digit, other chars kept; runs collapsed.</summary>
    public static ulong Shape(ReadOnlySpan<char> word)
    {
        ulong h = Seed ^ 0x2545F4914F6CDD1DUL;
        char last = '\0';
        int run = 0;
        foreach (char c in word)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : FoldQuote(c);
            if (s == last)
            {
                run++;
                if (run >= 2)
                {
                    continue;
                }
            }
            else
            {
                run = 0;
            }

            last = s;
            h = (h ^ s) * Prime;
        }

        return Mix(h);
    }

    /// <summary>Hash of the first <paramref name="n"/> folded characters.</summary>
    public static ulong Prefix(ReadOnlySpan<char> word, int n)
    {
        ulong h = Seed ^ (ulong)n;
        for (int i = 0; i < n && i < word.Length; i++)
        {
            h = (h ^ Fold(word[i])) * Prime;
        }

        return Mix(h);
    }

    /// <summary>Hash of the last <paramref name="n"/> folded characters (read backwards).</summary>
    public static ulong Suffix(ReadOnlySpan<char> word, int n)
    {
        ulong h = Seed ^ ((ulong)n << 8);
        for (int i = word.Length - 1, k = 0; i >= 0 && k < n; i--, k++)
        {
            h = (h ^ Fold(word[i])) * Prime;
        }

        return Mix(h);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c)
    {
        if (c < 0x80)
        {
            // ASCII, nearly every character of English news: digits fold to 0, capitals to lower case, '`' to '\''.
            return c is >= '0' and <= '9' ? '0' : c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c == '`' ? '\'' : c;
        }

        return char.ToLowerInvariant(FoldQuote(c));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char FoldQuote(char c) => c < 0x60 ? c : FoldQuoteSlow(c);

    private static char FoldQuoteSlow(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u2032' or '`' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
        '\u2013' or '\u2014' or '\u2015' => '-',
        _ => c,
    };

    /// <summary>Combines two hashes (order matters).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong a, ulong b) => Mix((a * 0x9E3779B97F4A7C15UL) + b + 0x632BE59BD9B4E019UL);

    /// <summary>A feature hash from a template number and a value hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong value) => Mix(value ^ ((ulong)template * 0xD6E8FEB86659FD93UL));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }
}
