namespace NewsNlp;

/// <summary>Nouns that say what kind of organization a name is, in an appositive after it ("Ascom, a global solutions
/// provider", "Crowdpac, a start-up that tracks donations", "Sahlen, a private investigation company"): read by
/// <see cref="NonPersonShapes.IsFollowedByKindAppositive"/>. Kept apart from <see cref="OrganizationWords"/>, whose
/// words the name rules read as parts of names. Lookups ignore case.</summary>
internal static class OrganizationKinds
{
    private static readonly WordSet s_kinds = WordSet.Create(WordCasing.IgnoreCase,
    [
        "company", "firm", "group", "organization", "organisation", "agency", "union", "provider", "manufacturer",
        "supplier", "retailer", "startup", "start-up", "chain", "brand", "carrier", "insurer", "lender", "conglomerate",
        "broadcaster", "nonprofit", "non-profit", "charity", "consultancy", "subsidiary", "unit",
    ]);

    /// <summary>Nouns that name a company only with "of" after them, for they name people as often: "Dräger, a global
    /// producer of medical and safety technology", but "a pork producer from Illinois", "a policy maker", "a Texas real
    /// estate developer".</summary>
    private static readonly WordSet s_kindsBeforeOf = WordSet.Create(WordCasing.IgnoreCase,
        ["producer", "maker", "developer", "publisher", "operator", "owner", "distributor", "seller"]);

    /// <summary>Whether <paramref name="noun"/> names a kind of organization; <paramref name="beforeOf"/> tells whether
    /// "of" follows it. Does not allocate.</summary>
    public static bool Contains(ReadOnlySpan<char> noun, bool beforeOf) => s_kinds.Contains(noun) || (beforeOf && s_kindsBeforeOf.Contains(noun));
}
