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
            int words = PlainNameWords(name, gazetteer, out ReadOnlySpan<char> firstWord, out ReadOnlySpan<char> lastWord, out bool initial);
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
            bool known = c.Type != EntityType.Misc && FirstNames.Contains(firstWord) && !gazetteer.IsPlaceName(firstWord) &&
                (words == EntityRules.MinPersonNameWords || initial);
            // Its surname used alone as a person, and a given name first, or two words and the surname used alone
            // repeatedly ("Montell Figgins"; not "Floridians Jeb Bush", whose person is "Jeb Bush").
            bool confirmed = surname is not null && surname.Mentions.Count > 0 &&
                (m.GivenNameFirst || FirstNames.Contains(firstWord) ||
                 (words == EntityRules.MinPersonNameWords && surname.Mentions.Count >= EntityRules.MinSurnameMentionsAlone));
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

    /// <summary>The number of words of <paramref name="name"/> when every word could be part of a person's name
    /// (capitalized, no organization word, title, function word or place name; the whole no place name), else 0.</summary>
    private static int PlainNameWords(string name, Gazetteer gazetteer, out ReadOnlySpan<char> firstWord, out ReadOnlySpan<char> lastWord, out bool initial)
    {
        firstWord = default;
        lastWord = default;
        initial = false;
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
                FunctionWords.Of(w) != FunctionWordKinds.None || (words > 0 && gazetteer.IsPlaceName(w)))
            {
                return 0;
            }

            initial |= words > 0 && w.Length == 2 && w[1] == '.';
            firstWord = words == 0 ? w : firstWord;
            lastWord = w;
            words++;
        }

        return words;
    }
}
