namespace NewsNlp;

/// <summary>The entity stage's questions to the place index (<see cref="PlaceIndex"/>, rules in
/// <see cref="PlaceResolver"/>): which words are places or demonyms, and the country code of a place or nationality.</summary>
internal static class EntityPlaces
{
    /// <summary>Whether one side of a hyphenated word (<c>China-U.S.</c>) is a country or demonym.</summary>
    public static bool IsPlace(ReadOnlySpan<char> w, Gazetteer gazetteer) =>
        w.Length > 1 && char.IsUpper(w[0]) && gazetteer.Places.IsCountryOrDemonym(w);

    /// <summary>Retags as a place each one-word name of <paramref name="d"/> tagged as an organization that is a country's
    /// name or alias ("the US army", "by the US": the tagger, trained on "U.S.", reads "US" as an organization
    /// in web text): the tag-level form of <see cref="TypeOfMention"/>'s alias typing, for the pre-tokenized tagging API.
    /// CoNLL-2003 tags a country a place even as a team or a government. Not a person: a country's name is also a
    /// surname or a given name ("Jordan said", "Chad Wolf").</summary>
    /// <param name="d">The tagged document.</param>
    /// <param name="tags">Its tags (<see cref="NerTagger.TagNames"/>), changed in place.</param>
    /// <param name="places">The place index.</param>
    public static void RetagCountries(NerDocument d, byte[] tags, PlaceIndex places)
    {
        foreach ((int first, int end, int type) in MentionBuilder.TagRuns(d, tags))
        {
            if (end - first == 1 && type == NerTagger.OrganizationType && places.TryGetCountry(d.Word(first), out _))
            {
                NerTagger.TagRun(tags, first, end, NerTagger.LocationType);
            }
        }
    }

    /// <summary>The type of a mention: the alias table's, else a demonym tagged as a place or other name is a nationality.</summary>
    public static EntityType TypeOfMention(ReadOnlySpan<char> mentionText, EntityType et, Gazetteer gazetteer)
    {
        if (EntityAliases.TryGet(mentionText, out _, out EntityType aliasType, out _))
        {
            et = aliasType;
        }
        else if (et is EntityType.Misc or EntityType.Location && gazetteer.Places.TryGetDemonym(mentionText, out _))
        {
            et = EntityType.Nationality;
        }
        else if (et == EntityType.Location && EndsInAdjective(mentionText, gazetteer) && !gazetteer.IsPlaceName(mentionText))
        {
            et = EntityType.Misc; // "East Asian", "Latin American": an adjective of a region, no place
        }

        return et;
    }

    /// <summary>Whether a name ends in a region's adjective (<see cref="RegionAdjectives"/>) or, after another word, in
    /// a country's demonym (<c>Latin American</c>).</summary>
    private static bool EndsInAdjective(ReadOnlySpan<char> name, Gazetteer gazetteer)
    {
        int space = name.LastIndexOf(' ');
        ReadOnlySpan<char> last = name[(space + 1)..];
        return RegionAdjectives.Contains(last) || (space > 0 && gazetteer.Places.TryGetDemonym(last, out _));
    }

    /// <summary>The countries the article names (by name or demonym, and the dateline's): the context in which an
    /// ambiguous place name is resolved.</summary>
    public static HashSet<string> CountriesNamed(List<EntityCluster> clusters, Gazetteer gazetteer, string? datelineCountry) =>
        PlaceResolver.ContextCountries(gazetteer.Places, clusters, datelineCountry);

    /// <summary>The country of a local place no gazetteer lists, named by its form ("Marin County", "Indiana
    /// Statehouse", "Shoreline Amphitheatre"): the country of the place before its last word when the article names
    /// that country (or none), else the one country the article names; null when it names several.</summary>
    private static string? LocalPlaceCountry(string name, Gazetteer gazetteer, HashSet<string> countries)
    {
        int space = name.LastIndexOf(' ');
        if (space <= 0 || !(LocalPlaceWords.IsFacility(name.AsSpan(space + 1)) || LocalPlaceWords.IsUnit(name.AsSpan(space + 1))))
        {
            return null;
        }

        ReadOnlySpan<char> rest = EntityNaming.StripThe(name[..space]);
        if (PlaceResolver.Resolve(gazetteer.Places, rest, countries) is { } code && (countries.Count == 0 || countries.Contains(code)))
        {
            return code; // "Nassau County" in a story of the United States is not in the Bahamas
        }

        if (countries.Count == 1)
        {
            foreach (string only in countries)
            {
                return only;
            }
        }

        return null;
    }

    /// <summary>The country of the region written after one of the place's mentions ("Holmdel, NJ"), or null.</summary>
    private static string? RegionCountry(EntityCluster c)
    {
        foreach (EntityMention m in c.Mentions)
        {
            if (m.RegionCountry is not null)
            {
                return m.RegionCountry;
            }
        }

        return null;
    }

    /// <summary>Sets the country code of a place or nationality; <paramref name="best"/> is its most complete mention.</summary>
    public static void SetCountryCode(EntityCluster c, EntityMention best, Gazetteer gazetteer, HashSet<string> countries)
    {
        switch (c.Type)
        {
            case EntityType.Location:
                c.CountryCode = PlaceResolver.Resolve(gazetteer.Places, c.Mentions, countries) ?? RegionCountry(c)
                    ?? LocalPlaceCountry(best.Text, gazetteer, countries);
                break;
            case EntityType.Nationality:
                if (gazetteer.Places.TryGetDemonym(best.Text, out string nat))
                {
                    c.CountryCode = nat;
                }

                break;
            default:
                break;
        }
    }
}
