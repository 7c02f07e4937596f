namespace NewsNlp.ModelBuilder;

/// <summary>Names: one entry per key, each spelling kept with its NER types, links merged, then the tables of the index.</summary>
internal sealed partial class PlacesBuilder
{
    /// <summary>The entry of a spelling (created on first use); the spelling is added with its NER types.
    /// Returns <see langword="null"/> for a spelling with no key (only when it has no NER types either).</summary>
    private EntryBuilder? Entry(string written, byte nerTypes)
    {
        string? key = PlaceKey.Of(written);
        if (key is null)
        {
            return nerTypes == 0 || string.IsNullOrWhiteSpace(written) ? null
                : throw new InvalidDataException($"places: '{written}' is an NER feature but has no key (too long?).");
        }

        if (!_entries.TryGetValue(key, out EntryBuilder? entry))
        {
            entry = new EntryBuilder();
            _entries[key] = entry;
            _entryOrder.Add(entry);
        }

        int f = entry.Forms.FindIndex(x => x.Written == written);
        if (f < 0)
        {
            entry.Forms.Add(new PlaceNameForm(written, nerTypes));
        }
        else
        {
            entry.Forms[f] = entry.Forms[f] with { NerTypes = (byte)(entry.Forms[f].NerTypes | nerTypes) };
        }

        return entry;
    }

    private void AddCountryName(string written, string code, int tier, byte nerTypes) =>
        Entry(written, nerTypes)?.Countries.Add(new Candidate(Country(code), tier, !PlaceKey.HasNoLowerCase(written)));

    private void AddDemonym(string written, string code, int tier, byte nerTypes) =>
        Entry(written, nerTypes)?.Demonyms.Add(new Candidate(Country(code), tier, !PlaceKey.HasNoLowerCase(written)));

    private void AddRegionName(string written, int region, byte nerTypes)
    {
        if (Entry(written, nerTypes) is not { } entry)
        {
            return;
        }

        bool lower = !PlaceKey.HasNoLowerCase(written);
        int same = entry.Regions.FindIndex(l => l.Target == region);
        if (same >= 0)
        {
            entry.Regions[same] = entry.Regions[same] with { Lower = entry.Regions[same].Lower || lower };
            return;
        }

        // One region per country: a hand region hides its GeoNames namesake (California, US.CA).
        short country = _regions[region].Country;
        if (entry.Regions.FindIndex(l => _regions[l.Target].Country == country) is >= 0 and int other)
        {
            entry.Regions[other] = entry.Regions[other] with { Lower = entry.Regions[other].Lower || lower };
            return;
        }

        entry.Regions.Add(new LinkBuilder(region, lower, Alternate: false));
    }

    private void AddCityName(string written, int city, bool alternate, byte nerTypes)
    {
        if (Entry(written, nerTypes) is not { } entry)
        {
            return;
        }

        bool lower = !PlaceKey.HasNoLowerCase(written);
        int same = entry.Cities.FindIndex(l => l.Target == city);
        if (same >= 0)
        {
            LinkBuilder l = entry.Cities[same];
            entry.Cities[same] = new LinkBuilder(city, l.Lower || lower, l.Alternate && alternate);
            return;
        }

        entry.Cities.Add(new LinkBuilder(city, lower, alternate));
    }

    private PlaceIndex ToIndex()
    {
        var forms = new List<PlaceNameForm>();
        var regionLinks = new List<PlaceLink>();
        var cityLinks = new List<PlaceLink>();
        var entries = new PlaceNameEntry[_entryOrder.Count];
        int conflicts = 0;
        for (int i = 0; i < _entryOrder.Count; i++)
        {
            EntryBuilder b = _entryOrder[i];
            ref PlaceNameEntry e = ref entries[i];
            e.FormStart = forms.Count;
            e.FormCount = b.Forms.Count;
            forms.AddRange(b.Forms);
            (e.Country, e.CountryFlags) = Choose(b.Countries, b.Forms[0].Written, "country", ref conflicts);
            (e.Demonym, e.DemonymFlags) = Choose(b.Demonyms, b.Forms[0].Written, "demonym", ref conflicts);
            e.WorldRegion = (sbyte)b.WorldRegion;
            e.RegionStart = regionLinks.Count;
            e.RegionCount = b.Regions.Count;
            foreach (LinkBuilder l in b.Regions)
            {
                regionLinks.Add(new PlaceLink(l.Target, l.Lower ? PlaceLinkFlags.None : PlaceLinkFlags.CapitalsOnly));
            }

            // Stand-alone dateline cities first, then a city's own name before another's other name, then most populous.
            var cities = b.Cities.OrderBy(l => (_cities[l.Target].Flags & PlaceCityFlags.StandAlone) == 0)
                .ThenBy(l => l.Alternate)
                .ThenByDescending(l => _cities[l.Target].Population)
                .ThenBy(l => l.Target);
            e.CityStart = cityLinks.Count;
            e.CityCount = b.Cities.Count;
            foreach (LinkBuilder l in cities)
            {
                cityLinks.Add(new PlaceLink(l.Target, (l.Lower ? PlaceLinkFlags.None : PlaceLinkFlags.CapitalsOnly) | (l.Alternate ? PlaceLinkFlags.Alternate : PlaceLinkFlags.None)));
            }
        }

        _log.WriteLine($"places: {conflicts} names shared by several countries (decided by source, then population)");
        return new PlaceIndex([.. _countries], PlaceTables.WorldRegions, [.. _regions],
            [.. _cities.Select(c => new PlaceCityRecord(c.Country, c.Population, c.Flags))], entries, [.. forms], [.. regionLinks], [.. cityLinks]);
    }

    /// <summary>The country a name gives: the best source tier, then the most populous country, then the code.</summary>
    private (short Country, PlaceLinkFlags Flags) Choose(List<Candidate> candidates, string name, string what, ref int conflicts)
    {
        if (candidates.Count == 0)
        {
            return (-1, PlaceLinkFlags.None);
        }

        Candidate best = candidates[0];
        foreach (Candidate c in candidates)
        {
            if (c.Tier < best.Tier || (c.Tier == best.Tier && _countries[c.Country].Population > _countries[best.Country].Population) ||
                (c.Tier == best.Tier && _countries[c.Country].Population == _countries[best.Country].Population && c.Country < best.Country))
            {
                best = c;
            }
        }

        bool lower = false;
        bool shared = false;
        foreach (Candidate c in candidates)
        {
            if (c.Country == best.Country)
            {
                lower |= c.Lower;
            }
            else
            {
                shared = true;
            }
        }

        if (shared)
        {
            conflicts++;
            if (Environment.GetEnvironmentVariable("NEWSNLP_PLACES_VERBOSE") is not null)
            {
                _log.WriteLine($"  {what} '{name}': {string.Join(", ", candidates.Select(c => _countries[c.Country].Code + "/" + c.Tier).Distinct())} -> {_countries[best.Country].Code}");
            }
        }

        return (best.Country, lower ? PlaceLinkFlags.None : PlaceLinkFlags.CapitalsOnly);
    }

    private readonly record struct Candidate(short Country, int Tier, bool Lower);

    private readonly record struct LinkBuilder(int Target, bool Lower, bool Alternate);

    private sealed class EntryBuilder
    {
        public List<PlaceNameForm> Forms { get; } = [];

        public List<Candidate> Countries { get; } = [];

        public List<Candidate> Demonyms { get; } = [];

        public int WorldRegion { get; set; } = -1;

        public List<LinkBuilder> Regions { get; } = [];

        public List<LinkBuilder> Cities { get; } = [];
    }
}
