namespace NewsNlp;

/// <summary>Folds mentions into entities: the same name (or known alias) is one entity; a one-word name is a defined
/// acronym, or the surname or first name of a person named in full, or the first word of a company named in full
/// ("Whittaker" of "Whittaker Corp"), or an entity of its own; a person's last words
/// ("Woodhouse Nepinak") are that person, and so is a one-word "place" that is no place ("Sanders"), a name part of a
/// person named in full with a known first name; the plural of such a name ("the Clintons") is a person (the family); a shorter organization name
/// that ends a longer one is that organization. A name of several words is one entity whatever the tagger typed each
/// mention; it takes the type of most of its mentions, on a tie a person ("Mitt Romney" typed ORG once, PERSON once)
/// unless it is a well-known place ("North Carolina").</summary>
internal static class EntityFolder
{
    /// <summary>Folds <paramref name="mentions"/> (in text order) into entities, each with its mentions in text order.</summary>
    public static List<EntityCluster> Fold(List<EntityMention> mentions, Dictionary<string, EntityMention> acronyms, Gazetteer gazetteer)
    {
        var clusters = new List<EntityCluster>();
        var byKey = new Dictionary<string, EntityCluster>(NameKeyComparer.Instance);
        var byNamePart = new Dictionary<string, EntityCluster>(NameKeyComparer.Instance);
        var later = new List<EntityMention>();
        var personTails = new Dictionary<string, EntityCluster>(NameKeyComparer.Instance);
        var companies = new Dictionary<string, EntityCluster>(NameKeyComparer.Instance);

        // Full names and everything but one-word names first, in text order.
        foreach (EntityMention m in mentions)
        {
            bool single = m.WordCount == 1 || !m.Text.Contains(' ', StringComparison.Ordinal);
            bool foldable = m.Type is EntityType.Person or EntityType.Organization or EntityType.Misc ||
                (m.Type == EntityType.Location && !gazetteer.IsPlaceName(m.Text));
            if (single && foldable && !EntityAliases.TryGet(m.Text, out _, out _, out _))
            {
                if (m.Type == EntityType.Organization && IsWebSite(m.Text))
                {
                    Join(m, clusters, byKey); // "Edmunds.com": its entity exists before the one-word names that may be it
                    AddCompanyName(m, companies);
                    continue;
                }

                later.Add(m);
                continue;
            }

            if (m.Type == EntityType.Person && personTails.TryGetValue(m.Text, out EntityCluster? longer))
            {
                longer.Add(m); // "Woodhouse Nepinak" after "Cindy Woodhouse Nepinak"
                continue;
            }

            Join(m, clusters, byKey);
            if (m.Type == EntityType.Person)
            {
                AddNameParts(m, byNamePart, personTails);
            }
            else if (m.Type == EntityType.Organization)
            {
                AddCompanyName(m, companies);
            }
        }

        // One-word names: a defined acronym, a surname or first name of a person named in full, or their own entity.
        foreach (EntityMention m in later)
        {
            if (acronyms.TryGetValue(m.Text, out EntityMention? full) && full.Cluster is not null)
            {
                m.Type = full.Cluster.Type;
                full.Cluster.Add(m);
                continue;
            }

            if (byNamePart.TryGetValue(m.Text, out EntityCluster? person) && (m.Type != EntityType.Location || StartsWithFirstName(person)))
            {
                m.Type = EntityType.Person;
                person.Add(m);
                continue;
            }

            if (m.Type != EntityType.Location && companies.TryGetValue(m.Text, out EntityCluster? company))
            {
                m.Type = EntityType.Organization; // "Whittaker said" after "Whittaker Corp"
                company.Add(m);
                continue;
            }

            if (IsFamilyName(m.Text, byNamePart))
            {
                m.Type = EntityType.Person; // "the Clintons": a family, its own entity
            }

            Join(m, clusters, byKey);
        }

        MergeOrganizationSuffixes(clusters);
        foreach (EntityCluster c in clusters)
        {
            VoteType(c, gazetteer);
        }

        PersonNames.Retype(clusters, gazetteer);
        AcronymFolding.Fold(clusters);

        clusters.RemoveAll(c => c.Mentions.Count == 0);
        foreach (EntityCluster c in clusters)
        {
            c.Mentions.Sort(static (x, y) => x.Span.Start.CompareTo(y.Span.Start));
        }

        return clusters;
    }

    /// <summary>A person named in full is found later by surname and first name (the last one named wins a surname,
    /// the first a first name), and by its last two or more words.</summary>
    private static void AddNameParts(EntityMention m, Dictionary<string, EntityCluster> byNamePart, Dictionary<string, EntityCluster> personTails)
    {
        string[] parts = m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int last = parts.Length - 1;
        while (last > 1 && IsNameSuffix(parts[last]))
        {
            last--; // "Patrick W. Carlin Jr." is Carlin
        }

        byNamePart[parts[last].TrimEnd(',')] = m.Cluster!;
        byNamePart.TryAdd(parts[0], m.Cluster!);
        for (int sp = m.Text.IndexOf(' ', StringComparison.Ordinal); sp > 0; sp = m.Text.IndexOf(' ', sp + 1))
        {
            string tail = m.Text[(sp + 1)..];
            if (tail.Contains(' ', StringComparison.Ordinal))
            {
                personTails.TryAdd(tail, m.Cluster!);
            }
        }
    }

    /// <summary>Whether a name's last word is a suffix after the surname: "Jr.", "Sr." or a generation's Roman numeral
    /// ("III").</summary>
    private static bool IsNameSuffix(string word)
    {
        if (Titles.Is(word.TrimEnd(','), TitleFacets.NameAffix))
        {
            return true;
        }

        foreach (char c in word)
        {
            if (c is not ('I' or 'V' or 'X'))
            {
                return false;
            }
        }

        return word.Length is >= 2 and <= EntityRules.MaxGenerationNumeralLength;
    }

    /// <summary>Whether <paramref name="word"/> is the plural of a person's surname ("Clintons", "Obamas").
    /// The person must be named in full with a known first name ("Hillary Clinton", not "Senate Republican").</summary>
    private static bool IsFamilyName(string word, Dictionary<string, EntityCluster> byNamePart)
    {
        if (word.Length <= EntityRules.MinFamilyNameLength || word[^1] != 's' ||
            !byNamePart.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word.AsSpan(0, word.Length - 1), out EntityCluster? person) ||
            person.Mentions.Count == 0)
        {
            return false;
        }

        return person.Mentions[0].Text.EndsWith(word.AsSpan(0, word.Length - 1), StringComparison.OrdinalIgnoreCase) && StartsWithFirstName(person);
    }

    /// <summary>Whether the person was first named in full with a known first name (<see cref="FirstNames"/>): "Bernie
    /// Sanders" is surely a person, the tagger's "Teberebie Goldfields" may not be.</summary>
    private static bool StartsWithFirstName(EntityCluster person)
    {
        string full = person.Mentions[0].Text;
        int space = full.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && FirstNames.Contains(full.AsSpan(0, space));
    }

    /// <summary>An entity whose mentions the tagger typed differently takes the type of most of them; on a tie a person,
    /// or a place when the name is a well-known one.</summary>
    private static void VoteType(EntityCluster c, Gazetteer gazetteer)
    {
        Span<int> votes = stackalloc int[EntityRules.EntityTypeCount];
        votes.Clear(); // the assembly skips locals init
        bool mixed = false;
        foreach (EntityMention m in c.Mentions)
        {
            votes[(int)m.Type]++;
            mixed |= m.Type != c.Mentions[0].Type;
        }

        if (!mixed)
        {
            c.Type = c.Mentions.Count > 0 ? c.Mentions[0].Type : c.Type;
            return;
        }

        // Most mentions win; on a tie a person ("Mitt Romney"), unless the name is a well-known place ("North Carolina"),
        // else the type of the first mention among the tied ones.
        EntityType best = gazetteer.IsPlaceName(c.Mentions[0].Text) ? EntityType.Location : EntityType.Person;
        foreach (EntityMention m in c.Mentions)
        {
            if (votes[(int)m.Type] > votes[(int)best])
            {
                best = m.Type;
            }
        }

        c.Retype(best);
    }

    /// <summary>A company named in full ("Whittaker Corp", "Salomon Brothers Inc.") is found later by its first word,
    /// the short name news gives a company, and a web site ("Edmunds.com") by its name before the domain; not when that
    /// word is a title or a function word ("General Electric Co").</summary>
    private static void AddCompanyName(EntityMention m, Dictionary<string, EntityCluster> companies)
    {
        string name = EntityNaming.StripThe(m.Text);
        if (m.Cluster is not null && IsWebSite(name))
        {
            companies.TryAdd(name[..name.LastIndexOf('.')], m.Cluster); // "Edmunds expects …" with "Edmunds.com"
            return;
        }

        int first = name.IndexOf(' ', StringComparison.Ordinal);
        int last = name.LastIndexOf(' ');
        if (first <= 1 || m.Cluster is null || !OrganizationWords.Is(name.AsSpan(last + 1), OrganizationFacets.Company | OrganizationFacets.CompanySuffix))
        {
            return;
        }

        ReadOnlySpan<char> word = name.AsSpan(0, first);
        if (char.IsUpper(word[0]) && Titles.Of(word) == TitleFacets.None && FunctionWords.Of(word) == FunctionWordKinds.None &&
            OrganizationWords.Of(word) == OrganizationFacets.None)
        {
            companies.TryAdd(word.ToString(), m.Cluster);
        }
    }

    /// <summary>Whether <paramref name="name"/> is one capitalized word with a web domain (<c>Edmunds.com</c>;
    /// <see cref="MentionBuilder.IsWebName"/>).</summary>
    private static bool IsWebSite(string name) =>
        char.IsUpper(name[0]) && !name.Contains(' ', StringComparison.Ordinal) && MentionBuilder.IsWebName(name);

    /// <summary>A shorter organization name that ends a longer one: "Foreign Ministry" → "Chinese Foreign Ministry".
    /// The merged entity keeps no mentions and is removed by the caller.</summary>
    private static void MergeOrganizationSuffixes(List<EntityCluster> clusters)
    {
        var bySuffix = new Dictionary<string, EntityCluster>(NameKeyComparer.Instance);
        foreach (EntityCluster c in clusters)
        {
            if (c.Type != EntityType.Organization || c.Canonical is not null)
            {
                continue;
            }

            string longer = c.Mentions[0].Text;
            for (int sp = longer.IndexOf(' ', StringComparison.Ordinal); sp >= 0 && sp < longer.Length - 1; sp = longer.IndexOf(' ', sp + 1))
            {
                bySuffix.TryAdd(longer[(sp + 1)..], c);
            }
        }

        var target = new Dictionary<EntityCluster, EntityCluster>();
        foreach (EntityCluster c in clusters)
        {
            if (c.Type == EntityType.Organization && c.Canonical is null &&
                bySuffix.TryGetValue(c.Mentions[0].Text, out EntityCluster? other) && other != c)
            {
                target[c] = other;
            }
        }

        foreach ((EntityCluster c, EntityCluster first) in target)
        {
            EntityCluster root = first;
            while (target.TryGetValue(root, out EntityCluster? next))
            {
                root = next; // names get strictly longer, so this ends
            }

            foreach (EntityMention m in c.Mentions)
            {
                root.Add(m);
            }

            c.Mentions.Clear();
        }
    }

    /// <summary>Adds <paramref name="m"/> to the entity of its name (its alias key, else its type and name without a
    /// leading "the"), creating it on first use.</summary>
    private static void Join(EntityMention m, List<EntityCluster> clusters, Dictionary<string, EntityCluster> byKey)
    {
        string key;
        string? canonical = null;
        EntityType type = m.Type;
        if (EntityAliases.TryGet(m.Text, out string aliasKey, out EntityType aliasType, out bool forced))
        {
            key = "=" + aliasKey;
            type = aliasType;
            canonical = forced ? aliasKey : null;
        }
        else
        {
            // A name of several words is one entity whatever its mentions were typed (see VoteType); a one-word name is
            // one per type ("Jordan" the country, "Jordan" a player).
            string name = EntityNaming.StripThe(m.Text);
            key = name.Contains(' ', StringComparison.Ordinal) ? "*:" + name : ((int)m.Type).ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + name;
        }

        if (!byKey.TryGetValue(key, out EntityCluster? c))
        {
            c = new EntityCluster(type, canonical);
            clusters.Add(c);
            byKey[key] = c;
        }

        m.Type = type;
        c.Add(m);
    }

    /// <summary>Folds the organization clusters of one listed name into one, for the lists that retype clusters after
    /// folding (<see cref="TeamNames"/>, <see cref="KnownOrganizations"/>): a name retyped there may already have been an
    /// organization in another cluster, which folding keeps apart by type ("IBM" the organization, "IBM" the place).</summary>
    /// <param name="clusters">The clusters; emptied ones are removed.</param>
    /// <param name="listed">Whether a name (without a leading "the") is one the list retypes.</param>
    public static void MergeSameOrganization(List<EntityCluster> clusters, Func<string, bool> listed)
    {
        var byName = new Dictionary<string, EntityCluster>(StringComparer.OrdinalIgnoreCase);
        bool merged = false;
        foreach (EntityCluster c in clusters)
        {
            if (c.Type != EntityType.Organization || c.Canonical is not null || c.Mentions.Count == 0)
            {
                continue;
            }

            string name = EntityNaming.StripThe(c.Mentions[0].Text);
            if (!listed(name))
            {
                continue;
            }

            if (byName.TryGetValue(name, out EntityCluster? first))
            {
                first.Mentions.AddRange(c.Mentions);
                first.Mentions.Sort(static (x, y) => x.Span.Start.CompareTo(y.Span.Start));
                c.Mentions.Clear();
                merged = true;
            }
            else
            {
                byName[name] = c;
            }
        }

        if (merged)
        {
            clusters.RemoveAll(static c => c.Mentions.Count == 0);
        }
    }

    /// <summary>Folds the last word of a longer name, used alone, into that name ("Katrina" into "Hurricane Katrina",
    /// "Clipper" into "Europa Clipper", "the Mall" into "the National Mall"): a cluster of <paramref name="type"/> whose
    /// every mention is that word joins the cluster of that type with a mention of several words that
    /// <paramref name="isLongName"/> accepts.</summary>
    /// <param name="clusters">The clusters after folding; emptied ones are removed.</param>
    /// <param name="type">The type of both clusters.</param>
    /// <param name="isLongName">Whether a mention of several words is a name whose last word may stand for it.</param>
    public static void FoldTails(List<EntityCluster> clusters, EntityType type, Func<string, bool> isLongName)
    {
        Dictionary<string, EntityCluster>? byTail = null;
        foreach (EntityCluster c in clusters)
        {
            if (c.Type != type)
            {
                continue;
            }

            foreach (EntityMention m in c.Mentions)
            {
                string name = EntityNaming.StripThe(m.Text);
                int space = name.LastIndexOf(' ');
                if (space > 0 && isLongName(name))
                {
                    (byTail ??= new Dictionary<string, EntityCluster>(StringComparer.OrdinalIgnoreCase)).TryAdd(name[(space + 1)..], c);
                    break;
                }
            }
        }

        if (byTail is null)
        {
            return;
        }

        bool merged = false;
        foreach (EntityCluster c in clusters)
        {
            if (c.Type == type && c.Canonical is null && c.Mentions.Count > 0 && byTail.TryGetValue(EntityNaming.StripThe(c.Mentions[0].Text), out EntityCluster? target)
                && target != c && AllMentionsAre(c, EntityNaming.StripThe(c.Mentions[0].Text), StringComparison.OrdinalIgnoreCase))
            {
                foreach (EntityMention m in c.Mentions)
                {
                    target.Add(m);
                }

                target.Mentions.Sort(static (x, y) => x.Span.Start.CompareTo(y.Span.Start));
                c.Mentions.Clear();
                merged = true;
            }
        }

        if (merged)
        {
            clusters.RemoveAll(static c => c.Mentions.Count == 0);
        }
    }

    /// <summary>Whether every mention of <paramref name="c"/>, without a leading "the", is <paramref name="name"/>: a
    /// cluster the lists may retype as a whole (one that folded in a longer name is left alone).</summary>
    public static bool AllMentionsAre(EntityCluster c, string name, StringComparison comparison)
    {
        foreach (EntityMention m in c.Mentions)
        {
            if (!EntityNaming.StripThe(m.Text).Equals(name, comparison))
            {
                return false;
            }
        }

        return true;
    }
}
