namespace NewsNlp;

/// <summary>Finds the title or role written next to a person's full name: before it
/// (<c>U.S. Secretary of State Antony Blinken</c>) or as an appositive after it (<c>Daniel Kritenbrink, assistant U.S. secretary of state …,</c>).</summary>
internal static class EntityTitles
{
    /// <summary>The title around mention <paramref name="m"/>, or <see langword="null"/>.</summary>
    public static string? Find(string text, IReadOnlyList<TextSpan> words, int sentenceStart, int sentenceEnd, EntityMention m, EntityMention?[] mentionAt)
    {
        return Before(text, words, sentenceStart, m, mentionAt) ?? After(text, words, sentenceEnd, m, mentionAt);
    }

    private static string? Before(string text, IReadOnlyList<TextSpan> words, int sentenceStart, EntityMention m, EntityMention?[] mentionAt)
    {
        int left = m.FirstWord;
        int i = m.FirstWord - 1;
        while (i >= sentenceStart)
        {
            EntityMention? other = mentionAt[i];
            if (other is not null)
            {
                if (other.Type is EntityType.Location or EntityType.Nationality or EntityType.Organization)
                {
                    left = other.FirstWord;
                    i = other.FirstWord - 1;
                    continue;
                }

                break;
            }

            ReadOnlySpan<char> w = words[i].Slice(text);
            if (w.Length > 0 && IsWordLike(w) && (char.IsUpper(w[0]) || Titles.Is(w, TitleFacets.Head | TitleFacets.Modifier)))
            {
                left = i;
                i--;
                continue;
            }

            if (w is "of" or "for" or "and" or "&" or "to")
            {
                i--;
                continue;
            }

            break;
        }

        // Trim from the left until the title starts with a head, a modifier or a place.
        bool hasHead = false;
        while (left < m.FirstWord)
        {
            ReadOnlySpan<char> w = words[left].Slice(text);
            EntityMention? other = mentionAt[left];
            if (other is not null || IsHead(w) || (Titles.Is(w, TitleFacets.Modifier) && !FunctionWords.Is(w, FunctionWordKinds.Article | FunctionWordKinds.Adverb)))
            {
                break;
            }

            left++;
        }

        for (int k = left; k < m.FirstWord; k++)
        {
            if (mentionAt[k] is null && IsHead(words[k].Slice(text)))
            {
                hasHead = true;
            }
        }

        if (!hasHead)
        {
            return null;
        }

        // The last word before the name must not be a connector.
        int right = m.FirstWord - 1;
        while (right >= left && words[right].Slice(text) is "of" or "for" or "and" or "&")
        {
            right--;
        }

        return right < left ? null : text[words[left].Start..words[right].End];
    }

    private static string? After(string text, IReadOnlyList<TextSpan> words, int sentenceEnd, EntityMention m, EntityMention?[] mentionAt)
    {
        int i = m.EndWord;
        if (i >= sentenceEnd || words[i].Slice(text) is not ",")
        {
            return null;
        }

        int start = i + 1;
        int end = start;
        bool hasHead = false;
        while (end < sentenceEnd && end - start < EntityRules.MaxAppositiveWords)
        {
            ReadOnlySpan<char> w = words[end].Slice(text);
            if (w is "," or ";" or "." or ":" or "(" or "—" or "--" or "\"" or "“" or "”")
            {
                break;
            }

            if (mentionAt[end] is { Type: EntityType.Person })
            {
                return null;
            }

            if (mentionAt[end] is null && IsHead(w))
            {
                hasHead = true;
            }

            end++;
        }

        if (!hasHead || end == start || end >= sentenceEnd)
        {
            return null;
        }

        ReadOnlySpan<char> first = words[start].Slice(text);
        if (first is "who" or "which" or "that" or "said" or "says" or "and")
        {
            return null;
        }

        if (first is "the" or "a" or "an" && end - start > 2)
        {
            start++;
        }

        return text[words[start].Start..words[end - 1].End];
    }

    private static bool IsHead(ReadOnlySpan<char> w) => Titles.Is(w, TitleFacets.Head);

    private static bool IsWordLike(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (!char.IsLetter(c) && c is not '.' and not '-' and not '\'' and not '’')
            {
                return false;
            }
        }

        return true;
    }
}
