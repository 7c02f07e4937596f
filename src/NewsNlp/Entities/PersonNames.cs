namespace NewsNlp;

/// <summary>Document-level typing of names that look like people: an entity the tagger typed as an organization, place
/// or other name is a person when its name is a given name and a surname ("Mitt Romney"), or when its last word is used
/// alone as a person elsewhere in the story and its first word is a given name ("Montell Figgins" … "Figgins said").
/// The surname entity then folds into it. Names with an organization word, a title, a function word or a place name
/// ("Morgan Stanley Bank", "Virginia Beach", "Johnson &amp; Johnson") are left as typed.</summary>
internal static class PersonNames
{
    /// <summary>Retypes the entities of <paramref name="clusters"/> (after the type vote) and folds surname entities
    /// into the person they name; folded entities keep no mentions and are removed by the caller.</summary>
    public static void Retype(List<EntityCluster> clusters, Gazetteer gazetteer)
    {
        Dictionary<string, EntityCluster>? surnames = null;
        foreach (EntityCluster c in clusters)
        {
            if (c.Type == EntityType.Person && c.Mentions.Count > 0 && c.Canonical is null)
            {
                surnames ??= new Dictionary<string, EntityCluster>(NameKeyComparer.Instance);
                surnames.TryAdd(c.Mentions[0].Text, c); // "Figgins", or the tail "Hawk Sawyer"
            }
        }

        foreach (EntityCluster c in clusters)
        {
            if (c.Type == EntityType.Person || c.Canonical is not null || c.Mentions.Count == 0)
            {
                continue;
            }

            EntityMention m = c.Mentions[0];
            string name = EntityNaming.StripThe(m.Text);
            int words = PlainNameWords(name, gazetteer, out ReadOnlySpan<char> firstWord, out ReadOnlySpan<char> lastWord, out bool initial, out bool placeWord);
            if (words < EntityRules.MinPersonNameWords || words > EntityRules.MaxPersonNameWords)
            {
                continue;
            }

            EntityCluster? surname = null;
            if (surnames is not null)
            {
                Dictionary<string, EntityCluster>.AlternateLookup<ReadOnlySpan<char>> bySurname = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
                if (!bySurname.TryGetValue(name.AsSpan(firstWord.Length + 1), out surname))
                {
                    _ = bySurname.TryGetValue(lastWord, out surname);
                }
            }

            // A given name and surname, and the tagger's "other name" type is left alone ("Rose Bowl", "Christian Democrats").
            bool known = c.Type != EntityType.Misc && FirstNames.Contains(firstWord) && !gazetteer.IsPlaceName(firstWord) && !placeWord &&
                (words == EntityRules.MinPersonNameWords || initial);
            // Its surname used alone as a person, and a given name first, or two words and the surname used alone
            // repeatedly or a first word that is no English word ("Montell Figgins", "Kanye West" … "West said",
            // "Alexandria Ocasio-Cortez"; not "Floridians Jeb Bush", whose person is "Jeb Bush"). A surname that is also a
            // place's name counts only so.
            bool confirmed = surname is not null && surname.Mentions.Count > 0 && (!placeWord || IsSurnameWord(name, lastWord, gazetteer)) &&
                (m.GivenNameFirst || FirstNames.Contains(firstWord) ||
                 (words == EntityRules.MinPersonNameWords
                  && (surname.Mentions.Count >= EntityRules.MinSurnameMentionsAlone || (!IsCommonLowerWord(firstWord) && !gazetteer.Places.TryGetDemonym(firstWord, out _)))));
            if (!known && !confirmed)
            {
                continue;
            }

            c.Type = EntityType.Person;
            foreach (EntityMention x in c.Mentions)
            {
                x.Type = EntityType.Person;
            }

            if (surname is not null)
            {
                foreach (EntityMention x in surname.Mentions)
                {
                    c.Add(x);
                }

                surname.Mentions.Clear();
            }
        }
    }

    /// <summary>Retypes as an organization a one-word "person" that a relative <c>which</c> follows ("Easygroup, which
    /// includes a chain", "Cairn, which also operates in Nepal"): people take "who". Only a name of one word that is no
    /// given name: "which" may also follow a clause that ends with a person's name ("a trumpet which belonged to Dizzy
    /// Gillespie, which is expected to fetch"; on 624 development stories the names of two words or more it would have
    /// retyped were four people and five things).</summary>
    public static void RetypeThings(string text, List<EntityCluster> clusters)
    {
        foreach (EntityCluster c in clusters)
        {
            if (c.Type != EntityType.Person || c.Mentions.Count == 0)
            {
                continue;
            }

            bool which = false;
            foreach (EntityMention m in c.Mentions)
            {
                if (m.GivenNameFirst || m.WordCount > 1)
                {
                    which = false;
                    break;
                }

                which |= NonPersonShapes.IsFollowedByWhich(text, m.Span.End);
            }

            if (which)
            {
                c.Retype(EntityType.Organization);
            }
        }
    }

    /// <summary>Retypes as people the names the tagger typed otherwise that are listed with a person named in full
    /// ("Eric Robinson and Boone Jenner also scored", "stars Jude Law and Nicole Kidman"): a name of two or three plain
    /// name words (<see cref="PlainNameWords"/>; a place's name only as the last word after a given name of the lists:
    /// "Rand Paul and Ted Cruz", not "Nintendo Europe" nor "Kanye West") starting with a given
    /// name of the lists or a word that is no frequent lower-case word ("Boone", "Keanu"), joined by "and" or a comma to
    /// a person's full name that starts with a given name of the lists (a neighbour the tagger alone calls a person is
    /// no evidence: "Alton Towers, Windsor Castle").</summary>
    public static void RetypeListed(string text, TextSpan[] words, EntityMention?[] mentionAt, List<EntityMention> mentions, Gazetteer gazetteer)
    {
        foreach (EntityMention m in mentions)
        {
            if (m.Type is EntityType.Person or EntityType.Nationality || m.WordCount > EntityRules.MaxPersonNameWords
                || EntityAliases.TryGet(m.Text, out _, out _, out _))
            {
                continue;
            }

            if ((ListedPerson(text, words, mentionAt, m.FirstWord - 1, -1) || ListedPerson(text, words, mentionAt, m.EndWord, 1))
                && PlainNameWords(m.Text, gazetteer, out _, out ReadOnlySpan<char> last, out _, out bool place) >= EntityRules.MinPersonNameWords
                && (!place || (m.GivenNameFirst && IsSurnameWord(m.Text, last, gazetteer)))
                && (m.GivenNameFirst || !IsCommonLowerWord(words[m.FirstWord].Slice(text))))
            {
                m.Type = EntityType.Person;
            }
        }
    }

    /// <summary>Whether <paramref name="word"/> is also a frequent lower-case word (its lower-case spelling is in the word
    /// clusters: "Spotless Mind", "Emotional Rescue" are titles, not people).</summary>
    private static bool IsCommonLowerWord(ReadOnlySpan<char> word) =>
        (uint)WordClusters.Default.Entry(FeatureHash.Lower(word)) != WordClusters.None;

    /// <summary>Whether the word at <paramref name="i"/> is "and" or a comma (or ", and") with a person's full name
    /// beyond it, in the direction <paramref name="step"/>.</summary>
    private static bool ListedPerson(string text, TextSpan[] words, EntityMention?[] mentionAt, int i, int step)
    {
        int k = i;
        if (k >= 0 && k < words.Length && words[k].Slice(text) is ",")
        {
            k += step;
        }

        if (k >= 0 && k < words.Length && words[k].Slice(text) is "and")
        {
            k += step;
        }

        return k != i && k >= 0 && k < words.Length && mentionAt[k] is { Type: EntityType.Person } other
            && other.WordCount >= EntityRules.MinPersonNameWords && other.GivenNameFirst;
    }

    /// <summary>Whether the only place word of <paramref name="name"/> is its last word (<c>Kanye West</c>, not
    /// <c>West Virginia Smith</c>).</summary>
    private static bool IsSurnameWord(string name, ReadOnlySpan<char> lastWord, Gazetteer gazetteer)
    {
        ReadOnlySpan<char> before = name.AsSpan(0, name.Length - lastWord.Length).TrimEnd(' ');
        foreach (Range r in before.Split(' '))
        {
            if (gazetteer.IsPlaceName(before[r]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The number of words of <paramref name="name"/> when every word could be part of a person's name
    /// (capitalized, no organization word, title or function word; the whole no place name), else 0;
    /// <paramref name="placeWord"/> tells whether a word after the first is a place's name ("West").</summary>
    private static int PlainNameWords(string name, Gazetteer gazetteer, out ReadOnlySpan<char> firstWord, out ReadOnlySpan<char> lastWord, out bool initial, out bool placeWord)
    {
        firstWord = default;
        lastWord = default;
        initial = false;
        placeWord = false;
        if (gazetteer.IsPlaceName(name))
        {
            return 0;
        }

        int words = 0;
        foreach (Range r in name.AsSpan().Split(' '))
        {
            ReadOnlySpan<char> w = name.AsSpan(r);
            if (w.IsEmpty)
            {
                continue;
            }

            if (!char.IsUpper(w[0]) || (!char.IsLetterOrDigit(w[^1]) && w[^1] != '.') || OrganizationWords.Of(w) != OrganizationFacets.None || Titles.Of(w) != TitleFacets.None ||
                FunctionWords.Of(w) != FunctionWordKinds.None)
            {
                return 0;
            }

            placeWord |= words > 0 && gazetteer.IsPlaceName(w);

            initial |= words > 0 && w.Length == 2 && w[1] == '.';
            firstWord = words == 0 ? w : firstWord;
            lastWord = w;
            words++;
        }

        return words;
    }
}
