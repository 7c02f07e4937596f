namespace NewsNlp;

/// <summary>Turns a written place name into a country code, with the countries an article names as context. The rules,
/// in order (pinned by tests/NewsNlp.Tests/Specs/Places.tsv):
/// <list type="number">
/// <item>a country name or alias names its country (<c>U.S.</c>, <c>Britain</c>, <c>Holland</c>);</item>
/// <item>a demonym names its sovereign country (<c>American</c> → US, <c>French</c> → FR);</item>
/// <item>a world region (<c>Asia</c>, <c>Middle East</c>) names no country;</item>
/// <item>with context: a region, else a city, of that name in a country the article names, unless the usual city
/// of the name is prominent (<see cref="PlaceRules.IsProminent"/>) and lies elsewhere (<c>Paris</c> in a story
/// that names only the United States is still in France);</item>
/// <item>a hand-table region (<c>Florida</c>, <c>Calif.</c>, <c>Ont.</c>);</item>
/// <item>the city of that name (AP stand-alone city first, else the most populous): <c>Manchester</c> is the English
/// city before the Jamaican parish;</item>
/// <item>GeoNames first-level regions of that name, when they all lie in one country.</item>
/// </list>
/// Cities' other names (<c>White House</c> is one of Casablanca's) do not count here, only in datelines
/// (<see cref="PlaceIndex.TryGetCity"/>). A possessive (<c>China's</c>) is read as the name.</summary>
internal static class PlaceResolver
{
    /// <summary>The country code <paramref name="written"/> names, or <see langword="null"/>.</summary>
    /// <param name="index">The place index.</param>
    /// <param name="written">The name as written.</param>
    /// <param name="context">The countries the article names, or <see langword="null"/>.</param>
    public static string? Resolve(PlaceIndex index, ReadOnlySpan<char> written, IReadOnlySet<string>? context)
    {
        int e = index.Find(written);
        if (e < 0 && written.Length > 2 && written[^1] is 's' or 'S' && written[^2] is '\'' or '\u2019')
        {
            written = written[..^2];
            e = index.Find(written);
        }

        return e < 0 ? null : Resolve(index, e, written, context);
    }

    /// <summary>The country of an entity's place mentions: a country name among them, else the first mention that
    /// resolves (see <see cref="Resolve(PlaceIndex, ReadOnlySpan{char}, IReadOnlySet{string}?)"/>).</summary>
    public static string? Resolve(PlaceIndex index, List<EntityMention> mentions, IReadOnlySet<string> context)
    {
        foreach (EntityMention m in mentions)
        {
            if (index.TryGetCountry(m.Text, out string code))
            {
                return code;
            }
        }

        foreach (EntityMention m in mentions)
        {
            if (Resolve(index, m.Text, context) is { } code)
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>The countries an article names, the context of <see cref="Resolve(PlaceIndex, List{EntityMention}, IReadOnlySet{string})"/>:
    /// its dateline's country, the countries its place entities name by name or alias or by a hand-table region
    /// (<c>New Mexico</c> names the United States), and those of its nationalities.</summary>
    public static HashSet<string> ContextCountries(PlaceIndex index, List<EntityCluster> clusters, string? datelineCountry)
    {
        var countries = new HashSet<string>(StringComparer.Ordinal);
        if (datelineCountry is not null)
        {
            countries.Add(datelineCountry);
        }

        foreach (EntityCluster c in clusters)
        {
            if (c.Type is not (EntityType.Location or EntityType.Nationality))
            {
                continue;
            }

            foreach (EntityMention m in c.Mentions)
            {
                int e = index.Find(m.Text);
                if (e < 0)
                {
                    continue;
                }

                string? code = c.Type == EntityType.Nationality ? (index.DemonymOf(e, m.Text) is >= 0 and int d ? index.CountryCode(d) : null)
                    : index.CountryOf(e, m.Text) is >= 0 and int named ? index.CountryCode(named)
                    : HandRegionCountry(index, m.Text, index.RegionLinksOf(e));
                if (code is not null)
                {
                    countries.Add(code);
                }
            }
        }

        return countries;
    }

    private static string? Resolve(PlaceIndex index, int e, ReadOnlySpan<char> written, IReadOnlySet<string>? context)
    {
        int named = index.CountryOf(e, written) is >= 0 and int country ? country : index.DemonymOf(e, written);
        if (named >= 0)
        {
            return index.CountryCode(named);
        }

        if (index.Entries[e].WorldRegion >= 0)
        {
            return null;
        }

        ReadOnlySpan<PlaceLink> regions = index.RegionLinksOf(e);
        ReadOnlySpan<PlaceLink> cities = index.CityLinksOf(e);
        if (context is { Count: > 0 } && InContext(index, written, regions, cities, context) is { } local)
        {
            return local;
        }

        if (HandRegionCountry(index, written, regions) is { } hand)
        {
            return hand;
        }

        int top = index.TopCity(e, written, alternates: false);
        return top >= 0 ? index.CountryCode(index.Cities[top].Country) : RegionCountry(index, written, regions);
    }

    /// <summary>A region, else a city, of the name in a country of <paramref name="context"/>; a prominent usual city elsewhere wins.</summary>
    private static string? InContext(PlaceIndex index, ReadOnlySpan<char> written, ReadOnlySpan<PlaceLink> regions, ReadOnlySpan<PlaceLink> cities, IReadOnlySet<string> context)
    {
        foreach (PlaceLink link in regions)
        {
            string code = index.CountryCode(index.Regions[link.Target].Country);
            if (PlaceIndex.Counts(link.Flags, written) && context.Contains(code))
            {
                return code;
            }
        }

        int top = -1;
        foreach (PlaceLink link in cities)
        {
            if (!PlaceIndex.Counts(link.Flags, written) || (link.Flags & PlaceLinkFlags.Alternate) != 0)
            {
                continue;
            }

            PlaceCityRecord city = index.Cities[link.Target];
            if (top < 0)
            {
                top = link.Target;
            }

            string code = index.CountryCode(city.Country);
            if (context.Contains(code))
            {
                return top == link.Target || !PlaceRules.IsProminent(index.Cities[top]) ? code : index.CountryCode(index.Cities[top].Country);
            }
        }

        return null;
    }

    /// <summary>The country of a hand-table region of the name (the hand region is listed first).</summary>
    private static string? HandRegionCountry(PlaceIndex index, ReadOnlySpan<char> written, ReadOnlySpan<PlaceLink> regions)
    {
        foreach (PlaceLink link in regions)
        {
            if (PlaceIndex.Counts(link.Flags, written) && index.Regions[link.Target].Hand)
            {
                return index.CountryCode(index.Regions[link.Target].Country);
            }
        }

        return null;
    }

    /// <summary>The country of the GeoNames regions of the name, when they all lie in one country.</summary>
    private static string? RegionCountry(PlaceIndex index, ReadOnlySpan<char> written, ReadOnlySpan<PlaceLink> regions)
    {
        int country = -1;
        foreach (PlaceLink link in regions)
        {
            if (!PlaceIndex.Counts(link.Flags, written))
            {
                continue;
            }

            PlaceRegionRecord region = index.Regions[link.Target];
            if (country >= 0 && country != region.Country)
            {
                return null;
            }

            country = region.Country;
        }

        return country >= 0 ? index.CountryCode(country) : null;
    }
}
