namespace NewsNlp;

/// <summary>Lookups of a name as written, without an article's context: what a dateline reads, and the country words
/// the region scorer and the keyword extractor count.</summary>
internal sealed partial class PlaceIndex
{
    /// <summary>Finds a city by name: an AP stand-alone dateline city first, else the most populous city of that name
    /// (a city's own name before another city's other name); <c>ST. PAUL</c> and <c>FT. WORTH</c> also find
    /// <c>Saint Paul</c> and <c>Fort Worth</c>.</summary>
    public bool TryGetCity(ReadOnlySpan<char> written, out PlaceCity city)
    {
        int e = Find(written);
        if (e >= 0 && TopCity(e, written, alternates: true) is >= 0 and int c)
        {
            city = new PlaceCity(UsualSpelling(e), CountryCode(_cities[c].Country));
            return true;
        }

        // GeoNames spells out what datelines abbreviate: ST. PAUL -> Saint Paul, FT. WORTH -> Fort Worth.
        Span<char> key = stackalloc char[PlaceKey.MaxLength];
        int n = PlaceKey.Normalize(written, key);
        Span<char> expanded = stackalloc char[PlaceKey.MaxLength + 8];
        int m = n > 0 ? ExpandAbbreviation(key[..n], expanded) : 0;
        if (m > 0 && _byKey.TryGetValue(expanded[..m], out e) && TopCity(e, written, alternates: true) is >= 0 and int x)
        {
            city = new PlaceCity(UsualSpelling(e), CountryCode(_cities[x].Country));
            return true;
        }

        city = default;
        return false;
    }

    /// <summary>Finds a state, province or country by name or abbreviation (<c>Mass.</c>, <c>N.J.</c>, <c>Taiwan</c>):
    /// a hand-table region first (AP and postal abbreviations; postal codes only in capitals), then a country, then
    /// GeoNames first-level regions (no country when regions of several countries share the name).</summary>
    public bool TryGetRegion(ReadOnlySpan<char> written, out PlaceRegion region)
    {
        region = default;
        int e = Find(written);
        if (e < 0)
        {
            return false;
        }

        ReadOnlySpan<PlaceLink> links = RegionLinksOf(e);
        foreach (PlaceLink link in links)
        {
            if (_regions[link.Target].Hand && Counts(link.Flags, written))
            {
                region = new PlaceRegion(_regions[link.Target].Name, CountryCode(_regions[link.Target].Country));
                return true;
            }
        }

        if (CountryOf(e, written) is >= 0 and int named)
        {
            region = new PlaceRegion(UsualSpelling(e), CountryCode(named));
            return true;
        }

        int country = -1;
        bool found = false;
        foreach (PlaceLink link in links)
        {
            if (!Counts(link.Flags, written))
            {
                continue;
            }

            int c = _regions[link.Target].Country;
            country = !found || c == country ? c : -2;
            found = true;
        }

        if (found)
        {
            region = new PlaceRegion(UsualSpelling(e), country >= 0 ? CountryCode(country) : null);
        }

        return found;
    }

    /// <summary>The country a capitalized word or phrase names by itself: a country name or alias, a demonym, or a
    /// national capital that is the most usual city of its name (<c>China</c>, <c>Chinese</c>, <c>Beijing</c>, <c>U.S.</c>).</summary>
    public bool TryGetCountryWord(ReadOnlySpan<char> written, out string code)
    {
        code = string.Empty;
        if (written.IsEmpty || !char.IsUpper(written[0]))
        {
            return false;
        }

        int e = Find(written);
        if (e < 0)
        {
            return false;
        }

        int country = CountryOf(e, written) is >= 0 and int named ? named
            : DemonymOf(e, written) is >= 0 and int demonym ? demonym
            : TopCity(e, written, alternates: false) is >= 0 and int c && (_cities[c].Flags & PlaceCityFlags.Capital) != 0 ? _cities[c].Country
            : -1;
        return TryGetCode(country, out code);
    }

    /// <summary>The first city of an entry the written form may name, or -1. Other names (<c>Bombay</c>) count
    /// only with <paramref name="alternates"/>: a dateline's capitals and comma make them safe, but in running text
    /// a translated name is too often something else (one of Casablanca's is <c>White House</c>).</summary>
    internal int TopCity(int entry, ReadOnlySpan<char> written, bool alternates)
    {
        foreach (PlaceLink link in CityLinksOf(entry))
        {
            if (Counts(link.Flags, written) && (alternates || (link.Flags & PlaceLinkFlags.Alternate) == 0))
            {
                return link.Target;
            }
        }

        return -1;
    }

    private static int ExpandAbbreviation(ReadOnlySpan<char> key, Span<char> destination)
    {
        int space = key.IndexOf(' ');
        if (space <= 0)
        {
            return 0;
        }

        string? full = key[..space] switch
        {
            "st" => "saint",
            "ste" => "sainte",
            "ft" => "fort",
            "mt" => "mount",
            "pt" => "port",
            _ => null,
        };
        if (full is null || full.Length + key.Length - space > destination.Length)
        {
            return 0;
        }

        full.AsSpan().CopyTo(destination);
        key[space..].CopyTo(destination[full.Length..]);
        return full.Length + key.Length - space;
    }
}
