namespace NewsNlp;

/// <summary>The entity stage's place code, in one file: which words are places or demonyms, and the country code of
/// a place or nationality. Moved here verbatim from EntityStage and NerWordSplitter (the place index will replace it).</summary>
internal static class EntityPlaces
{
    /// <summary>Whether one side of a hyphenated word (<c>China-U.S.</c>) is a country or demonym.</summary>
    public static bool IsPlace(ReadOnlySpan<char> w, Gazetteer gazetteer) =>
        w.Length > 1 && char.IsUpper(w[0]) && (gazetteer.TryGetCountry(w, out _) || gazetteer.TryGetDemonym(w, out _));

    /// <summary>The type of a mention: the alias table's, else a demonym tagged as a place or other name is a nationality.</summary>
    public static EntityType TypeOfMention(ReadOnlySpan<char> mentionText, EntityType et, Gazetteer gazetteer)
    {
        if (EntityAliases.TryGet(mentionText, out _, out EntityType aliasType, out _))
        {
            et = aliasType;
        }
        else if (et is EntityType.Misc or EntityType.Location && gazetteer.TryGetDemonym(mentionText, out _))
        {
            et = EntityType.Nationality;
        }

        return et;
    }

    /// <summary>The countries the article names, by name or demonym.</summary>
    public static HashSet<string> CountriesNamed(List<EntityCluster> clusters, Gazetteer gazetteer)
    {
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (EntityCluster c in clusters)
        {
            foreach (EntityMention m in c.Mentions)
            {
                if ((c.Type == EntityType.Location && gazetteer.TryGetCountry(m.Text, out string code)) ||
                    (c.Type == EntityType.Nationality && gazetteer.TryGetDemonym(m.Text, out code)))
                {
                    countries.Add(code);
                }
            }
        }

        return countries;
    }

    /// <summary>Sets the country code of a place or nationality; <paramref name="best"/> is its most complete mention.</summary>
    public static void SetCountryCode(EntityCluster c, EntityMention best, Gazetteer gazetteer, HashSet<string> countries)
    {
        switch (c.Type)
        {
            case EntityType.Location:
                c.CountryCode = ResolvePlace(c, gazetteer, countries);

                break;
            case EntityType.Nationality:
                if (gazetteer.TryGetDemonym(best.Text, out string nat))
                {
                    c.CountryCode = nat;
                }

                break;
            default:
                break;
        }
    }

    /// <summary>The country of a place: a country name, else a region or city in a country the article names, else the most populous city of that name.</summary>
    private static string? ResolvePlace(EntityCluster c, Gazetteer gazetteer, HashSet<string> countries)
    {
        foreach (EntityMention m in c.Mentions)
        {
            if (gazetteer.TryGetCountry(m.Text, out string code))
            {
                return code;
            }
        }

        string? fallback = null;
        foreach (EntityMention m in c.Mentions)
        {
            if (gazetteer.TryGetRegion(m.Text, countries, out string code) && countries.Contains(code))
            {
                return code;
            }

            if (gazetteer.TryGetCity(m.Text, countries, out code, out _))
            {
                if (countries.Contains(code))
                {
                    return code;
                }

                fallback ??= code;
            }
        }

        if (fallback is null)
        {
            foreach (EntityMention m in c.Mentions)
            {
                if (gazetteer.TryGetRegion(m.Text, countries, out string code))
                {
                    return code;
                }
            }

            // AP-style state and province abbreviations ("Calif.", "N.J.", "Ont."), from the dateline tables.
            foreach (EntityMention m in c.Mentions)
            {
                if (PlaceGazetteer.Instance.TryGetRegion(m.Text, out PlaceRegion region) && !region.PostalOnly && region.Country is { } country)
                {
                    return country;
                }
            }
        }

        return fallback;
    }
}
