using System.Collections.Frozen;

namespace NewsNlp;

/// <summary>Finds the title or role written next to a person's full name: before it
/// (<c>U.S. Secretary of State Antony Blinken</c>) or as an appositive after it (<c>Daniel Kritenbrink, assistant U.S. secretary of state …,</c>).</summary>
internal static class EntityTitles
{
    /// <summary>Words that head a title: one must be present.</summary>
    private static readonly FrozenSet<string> s_heads = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "president", "minister", "secretary", "senator", "sen.", "rep.", "representative", "gov.", "governor", "mayor", "chancellor",
        "premier", "king", "queen", "prince", "princess", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "chairman",
        "chairwoman", "chair", "ceo", "director", "judge", "justice", "general", "gen.", "commander", "leader", "pope", "attorney",
        "speaker", "commissioner", "coach", "manager", "admiral", "adm.", "lt.", "col.", "capt.", "sgt.", "adviser", "advisor", "chief",
        "head", "secretary-general", "officer", "emperor", "president-elect", "vice-president", "congressman", "congresswoman",
        "lawmaker", "diplomat", "founder", "economist", "analyst", "professor", "prof.", "sheikh", "cardinal", "archbishop", "bishop",
        "spokesmen", "executive", "prosecutor", "inspector", "superintendent", "colonel", "captain", "lieutenant", "sergeant", "major");

    /// <summary>Words that may start a pre-name title besides a head word or a place.</summary>
    private static readonly FrozenSet<string> s_modifiers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "vice", "prime", "foreign", "deputy", "assistant", "acting", "former", "senior", "state", "defense", "defence", "finance",
        "interior", "trade", "commerce", "treasury", "first", "white", "house", "press", "national", "security", "crown", "supreme",
        "chief", "executive", "economy", "health", "energy", "justice", "education", "labor", "labour", "transport", "agriculture",
        "homeland", "attorney", "u.n.", "un", "top", "special", "party", "army", "navy", "air", "police", "opposition", "majority", "minority");

    private static readonly FrozenSet<string> s_determiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "the", "a", "an", "then");

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
            if (w.Length > 0 && IsWordLike(w) && (char.IsUpper(w[0]) ||
                s_heads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w) || s_modifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w)))
            {
                left = i;
                i--;
                continue;
            }

            if (w is "of" or "for" or "and" or "&")
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
            if (other is not null || s_heads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w) || (s_modifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w) && !s_determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w)))
            {
                break;
            }

            left++;
        }

        for (int k = left; k < m.FirstWord; k++)
        {
            if (mentionAt[k] is null && s_heads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(words[k].Slice(text)))
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

            if (mentionAt[end] is null && s_heads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w))
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
