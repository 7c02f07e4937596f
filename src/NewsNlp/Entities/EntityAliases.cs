namespace NewsNlp;

/// <summary>Well-known names that are written several ways: each alias maps to a canonical name and type.</summary>
internal static class EntityAliases
{
    /// <summary>The news agencies whose every written form (<see cref="Agencies"/>) folds into one organization named
    /// by its full name. Not every agency: "Bloomberg" is also a person, "PA" a state, "CP" and "ANI" ordinary acronyms.</summary>
    private static readonly string[] s_foldedAgencies = ["AP", "AFP", "Reuters"];

    private static readonly (SpanKeyTable Names, (string Canonical, EntityType Type, bool Forced)[] Values) s_aliases = Build();

    /// <summary>Looks up an alias: <paramref name="key"/> groups all its forms; <paramref name="forced"/> says whether
    /// the key is also the canonical name (<c>United States</c>) or the longest form in the article wins.</summary>
    public static bool TryGet(ReadOnlySpan<char> name, out string key, out EntityType type, out bool forced)
    {
        int index = s_aliases.Names.IndexOf(name);
        if (index >= 0)
        {
            (string Canonical, EntityType Type, bool Forced) v = s_aliases.Values[index];
            key = v.Canonical;
            type = v.Type;
            forced = v.Forced;
            return true;
        }

        key = string.Empty;
        type = EntityType.Misc;
        forced = false;
        return false;
    }

    private static (SpanKeyTable, (string, EntityType, bool)[]) Build()
    {
        var d = new Dictionary<string, (string, EntityType, bool)>(StringComparer.OrdinalIgnoreCase);
        void Add(string canonical, EntityType type, params string[] aliases)
        {
            bool forced = !canonical.StartsWith('~');
            canonical = canonical.TrimStart('~');
            d[canonical] = (canonical, type, forced);
            foreach (string a in aliases)
            {
                d[a] = (canonical, type, forced);
            }
        }

        Add("United States", EntityType.Location, "U.S.", "US", "U.S.A.", "USA", "America", "United States of America", "the United States", "UNITED STATES", "U.S", "U.S.A");
        Add("United Kingdom", EntityType.Location, "U.K.", "UK", "Britain", "Great Britain", "the United Kingdom", "BRITAIN");
        Add("United Nations", EntityType.Organization, "U.N.", "UN", "the United Nations", "U.N");
        Add("European Union", EntityType.Organization, "EU", "E.U.", "the European Union");
        foreach (string code in s_foldedAgencies)
        {
            NewsAgency agency = Agencies.Find(code) ?? throw new InvalidOperationException($"Agencies lists no {code}.");
            Add(agency.Name, EntityType.Organization, agency.Aliases);
        }

        Add("~North Atlantic Treaty Organization", EntityType.Organization, "NATO", "Nato");
        Add("United Arab Emirates", EntityType.Location, "UAE", "U.A.E.");
        Add("Soviet Union", EntityType.Location, "USSR", "U.S.S.R.");
        Add("~Federal Bureau of Investigation", EntityType.Organization, "FBI", "F.B.I.");
        Add("~Central Intelligence Agency", EntityType.Organization, "CIA", "C.I.A.");
        Add("~World Health Organization", EntityType.Organization, "WHO");
        Add("~International Monetary Fund", EntityType.Organization, "IMF");
        Add("~European Commission", EntityType.Organization, "EC");
        Add("~British Broadcasting Corporation", EntityType.Organization, "BBC");
        Add("~Cable News Network", EntityType.Organization, "CNN");
        Add("~National Aeronautics and Space Administration", EntityType.Organization, "NASA");

        // The seat of an executive that news reports as its speaker ("the White House said"), not as a building.
        Add("White House", EntityType.Organization, "the White House");
        Add("Kremlin", EntityType.Organization, "the Kremlin");
        string[] names = [.. d.Keys];
        var values = new (string, EntityType, bool)[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            values[i] = d[names[i]];
        }

        return (new SpanKeyTable(names, ignoreCase: true), values);
    }
}
