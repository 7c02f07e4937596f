namespace NewsNlp;

/// <summary>"Assembly of First Nations (AFN)": an acronym in brackets right after a mention, made of its initials,
/// names that mention; its later uses are mentions of the same entity even where the tagger missed them.</summary>
internal static class DefinedAcronyms
{
    /// <summary>The small words an acronym may skip (<see cref="FunctionWords"/>): "Assembly of First Nations" is AFN,
    /// "Committee to Protect Journalists" CPJ, "Students for a Democratic Society" SDS; it may also keep them:
    /// "Mothers Against Drunk Driving" is MADD.</summary>
    internal const FunctionWordKinds SkippableWords =
        FunctionWordKinds.Article | FunctionWordKinds.Preposition | FunctionWordKinds.Coordinator | FunctionWordKinds.NameParticle;

    /// <summary>Finds the defined acronyms and adds a mention for each later use the tagger missed (to
    /// <paramref name="mentions"/>, kept in text order, and to <paramref name="mentionAt"/>).</summary>
    /// <returns>Each acronym with the mention it names.</returns>
    public static Dictionary<string, EntityMention> Add(string text, TextSpan[] words, List<EntityMention> mentions, EntityMention?[] mentionAt)
    {
        var acronyms = new Dictionary<string, EntityMention>(StringComparer.Ordinal);
        int count = mentions.Count;
        for (int k = 0; k < count; k++)
        {
            EntityMention m = mentions[k];
            int p = m.EndWord;
            if (p + 2 >= words.Length || words[p].Slice(text) is not "(" || words[p + 2].Slice(text) is not ")")
            {
                continue;
            }

            ReadOnlySpan<char> acr = words[p + 1].Slice(text);
            if (acr.Length is < EntityRules.MinAcronymLength or > EntityRules.MaxAcronymLength || !IsInitialsOf(text, words, m, acr))
            {
                continue;
            }

            string key = acr.ToString();
            acronyms.TryAdd(key, m);
        }

        if (acronyms.Count == 0)
        {
            return acronyms;
        }

        var lookup = acronyms.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < words.Length; i++)
        {
            if (mentionAt[i] is not null || !lookup.TryGetValue(words[i].Slice(text), out EntityMention? target))
            {
                continue;
            }

            var added = new EntityMention(words[i], i, i + 1, target.Type, words[i].GetText(text));
            mentionAt[i] = added;
            mentions.Add(added);
        }

        mentions.Sort(static (x, y) => x.Span.Start.CompareTo(y.Span.Start));
        return acronyms;
    }

    /// <summary>Whether the letters of <paramref name="acronym"/> are the initials of the words of <paramref name="m"/>,
    /// each small word (<see cref="SkippableWords"/>) either skipped or counted, case ignored.</summary>
    private static bool IsInitialsOf(string text, TextSpan[] words, EntityMention m, ReadOnlySpan<char> acronym)
    {
        int letters = 0;
        Span<char> acr = stackalloc char[acronym.Length];
        foreach (char c in acronym)
        {
            if (char.IsLetter(c))
            {
                acr[letters++] = char.ToUpperInvariant(c);
            }
        }

        if (letters < EntityRules.MinAcronymLetters)
        {
            return false;
        }

        // matched[j]: the words read so far can give the first j letters. One step per word of the mention.
        Span<bool> matched = stackalloc bool[letters + 1];
        Span<bool> next = stackalloc bool[letters + 1];
        matched.Clear(); // stack memory is not zeroed (SkipLocalsInit)
        matched[0] = true;
        int end = Math.Min(m.EndWord, m.FirstWord + EntityRules.MaxAcronymInitials);
        for (int i = m.FirstWord; i < end; i++)
        {
            ReadOnlySpan<char> w = words[i].Slice(text);
            if (w.IsEmpty || !char.IsLetter(w[0]))
            {
                continue;
            }

            char initial = char.ToUpperInvariant(w[0]);
            bool skippable = FunctionWords.Is(w, SkippableWords);
            next.Clear();
            bool any = false;
            for (int j = 0; j <= letters; j++)
            {
                if (!matched[j])
                {
                    continue;
                }

                if (skippable)
                {
                    next[j] = any = true;
                }

                if (j < letters && acr[j] == initial)
                {
                    next[j + 1] = any = true;
                }
            }

            if (!any)
            {
                return false;
            }

            next.CopyTo(matched);
        }

        return matched[letters];
    }
}
