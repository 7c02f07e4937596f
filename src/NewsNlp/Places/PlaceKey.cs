namespace NewsNlp;

/// <summary>The one key normalization of the place index: every name is stored, and every lookup is made, under
/// this key. Lower-cases, drops periods (<c>U.S.</c> = <c>US</c>, <c>Calif.</c> = <c>calif</c>), folds the curly
/// apostrophe to the straight one and collapses runs of white space to one space.</summary>
internal static class PlaceKey
{
    /// <summary>The longest key; longer names are not indexed (the longest real place name is under 60).</summary>
    public const int MaxLength = 96;

    /// <summary>Writes the key of <paramref name="source"/> into <paramref name="destination"/>.</summary>
    /// <returns>The key length, 0 for a name with no key characters, or -1 when the key would not fit.</returns>
    public static int Normalize(ReadOnlySpan<char> source, Span<char> destination)
    {
        int n = 0;
        bool pendingSpace = false;
        foreach (char c in source)
        {
            if (c == '.')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = n > 0;
                continue;
            }

            if (n + (pendingSpace ? 2 : 1) > destination.Length)
            {
                return -1;
            }

            if (pendingSpace)
            {
                destination[n++] = ' ';
                pendingSpace = false;
            }

            destination[n++] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
        }

        return n;
    }

    /// <summary>The key of <paramref name="name"/> as a string, or <see langword="null"/> when it has none or is too long.</summary>
    public static string? Of(ReadOnlySpan<char> name)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        int n = Normalize(name, buffer);
        return n <= 0 ? null : new string(buffer[..n]);
    }

    /// <summary>Whether a name is written without lower-case letters (<c>US</c>, <c>U.K.</c>, <c>IN</c>, <c>NSW</c>):
    /// such a name counts only where the text writes it without lower-case letters too, so that the pronoun "us"
    /// is not the United States and "In" is not Indiana.</summary>
    public static bool HasNoLowerCase(ReadOnlySpan<char> written)
    {
        foreach (char c in written)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
