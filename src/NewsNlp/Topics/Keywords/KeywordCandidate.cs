namespace NewsNlp;

/// <summary>A candidate key phrase: its lower-cased words, how often it occurs, how it is written, and its score.</summary>
internal sealed class KeywordCandidate
{
    /// <summary>The phrase's words, lower-cased (the content-word table's strings).</summary>
    public required string[] Keys;

    /// <summary>The keys joined by spaces.</summary>
    public required string Id;

    /// <summary>The content words' stats, index-aligned with <see cref="Keys"/> (null for a stop word inside the phrase),
    /// so that scoring reads them without a lookup by string.</summary>
    public required KeywordWordStats?[] Stats;

    /// <summary>Occurrences in the story.</summary>
    public int Tf;

    /// <summary>How the phrase is written: each distinct surface (and whether it opened a sentence) with its count,
    /// as a span of the text, so that no string is made until <see cref="BestSurface(string)"/> needs one. Most phrases are
    /// written one way: <see cref="First"/> holds it, with no array.</summary>
    public Variant First;

    /// <summary>The surfaces after the first, or <see langword="null"/>.</summary>
    public Variant[]? More;

    /// <summary>Number of distinct surfaces.</summary>
    public int VariantCount;

    /// <summary>The entity the phrase names, if any.</summary>
    public Entity? Entity;

    /// <summary>The phrase's score (higher is better).</summary>
    public double Score;

    private string? _best;

    /// <summary>One way the phrase is written.</summary>
    public struct Variant
    {
        public int Start;
        public int Length;
        public int Count;
        public bool Initial;
    }

    public ref Variant VariantAt(int v) => ref v == 0 ? ref First : ref More![v - 1];

    /// <summary>Counts one occurrence written as <c>text[start..start + length]</c>, opening a sentence or not.</summary>
    public void AddVariant(string text, int start, int length, bool initial)
    {
        ReadOnlySpan<char> surface = text.AsSpan(start, length);
        for (int v = 0; v < VariantCount; v++)
        {
            ref Variant known = ref VariantAt(v);
            if (known.Initial == initial && text.AsSpan(known.Start, known.Length).SequenceEqual(surface))
            {
                known.Count++;
                return;
            }
        }

        var added = new Variant { Start = start, Length = length, Count = 1, Initial = initial };
        if (VariantCount == 0)
        {
            First = added;
        }
        else
        {
            if (More is null || VariantCount - 1 == More.Length)
            {
                Array.Resize(ref More, Math.Max(2, (More?.Length ?? 0) * 2));
            }

            More[VariantCount - 1] = added;
        }

        VariantCount++;
    }

    /// <summary>Characters of the buffer <see cref="BestSurface(string, Span{char})"/> may write a surface into.</summary>
    public const int SurfaceBufferChars = 256;

    /// <summary>How the phrase is usually written: the most frequent surface outside sentence openings (ties: the
    /// ordinally smallest), else the most frequent one at sentence openings, with a plain capitalised single word
    /// lower-cased; computed once.</summary>
    public string BestSurface(string text)
    {
        if (_best is not null)
        {
            return _best;
        }

        Span<char> buffer = stackalloc char[SurfaceBufferChars];
        return _best = BestSurface(text, buffer).ToString();
    }

    /// <summary>The same surface as <see cref="BestSurface(string)"/>, as a span of the text or of
    /// <paramref name="buffer"/>, without making a string (most candidates are never shown).</summary>
    /// <param name="text">The story.</param>
    /// <param name="buffer">Room for a lower-cased surface (<see cref="SurfaceBufferChars"/> characters).</param>
    public ReadOnlySpan<char> BestSurface(string text, Span<char> buffer)
    {
        if (_best is not null)
        {
            return _best;
        }

        int best = BestVariant(text, initial: false);
        if (best >= 0)
        {
            return text.AsSpan(VariantAt(best).Start, VariantAt(best).Length);
        }

        if ((best = BestVariant(text, initial: true)) >= 0)
        {
            ReadOnlySpan<char> surface = text.AsSpan(VariantAt(best).Start, VariantAt(best).Length);

            // Only seen at the start of sentences: lower-case a plain capitalised first word.
            if (surface.Length > 1 && char.IsUpper(surface[0]) && char.IsLower(surface[1]) && Keys.Length == 1)
            {
                if (surface.Length > buffer.Length)
                {
                    return _best = char.ToLowerInvariant(surface[0]) + surface[1..].ToString();
                }

                surface.CopyTo(buffer);
                buffer[0] = char.ToLowerInvariant(surface[0]);
                return buffer[..surface.Length];
            }

            return surface;
        }

        return _best = string.Join(' ', Keys);
    }

    private int BestVariant(string text, bool initial)
    {
        int best = -1;
        for (int v = 0; v < VariantCount; v++)
        {
            Variant x = VariantAt(v);
            if (x.Initial != initial)
            {
                continue;
            }

            if (best < 0 || x.Count > VariantAt(best).Count
                || (x.Count == VariantAt(best).Count
                    && text.AsSpan(x.Start, x.Length).SequenceCompareTo(text.AsSpan(VariantAt(best).Start, VariantAt(best).Length)) < 0))
            {
                best = v;
            }
        }

        return best;
    }
}
