namespace NewsNlp;

/// <summary>The news agencies and wire services a byline, dateline or credit names, with the ways each is written
/// (<c>The Associated Press</c>, <c>AP</c>, <c>A.P.</c> → <c>AP</c>).</summary>
/// <remarks>Lookups ignore case, except that a short code (four letters or fewer) written in lower case is an
/// ordinary word, not the agency ("ap", "pa"), unless the agency writes its own code in lower case (dpa).</remarks>
internal static class Agencies
{
    /// <summary>The longest alias, with room for surrounding spaces; longer text is never an agency name.</summary>
    private const int MaxNameLength = 40;

    /// <summary>Codes this short are ordinary words when written in lower case.</summary>
    private const int MaxShortCodeLength = 4;

    private static readonly NewsAgency[] s_agencies =
    [
        new("AP", "Associated Press", ["AP", "Associated Press", "The Associated Press", "A.P."]),
        new("Reuters", "Reuters", ["Reuters", "Reuter", "Thomson Reuters", "Reuters Health", "Reuters Staff"]),
        new("AFP", "Agence France-Presse", ["AFP", "Agence France-Presse", "Agence France Presse"]),
        new("UPI", "United Press International", ["UPI", "United Press International"]),
        new("Bloomberg", "Bloomberg News", ["Bloomberg", "Bloomberg News"]),
        new("CNN", "CNN", ["CNN", "CNN Business", "CNN Politics", "CNNMoney", "CNN/Money"]),
        new("dpa", "Deutsche Presse-Agentur", ["dpa", "Deutsche Presse-Agentur"]),
        new("Xinhua", "Xinhua News Agency", ["Xinhua", "Xinhuanet", "Xinhua News Agency"]),
        new("Kyodo", "Kyodo News", ["Kyodo", "Kyodo News"]),
        new("Yonhap", "Yonhap", ["Yonhap"]),
        new("PTI", "PTI", ["PTI"]),
        new("IANS", "IANS", ["IANS"]),
        new("ANI", "ANI", ["ANI"]),
        new("TASS", "TASS", ["TASS"]),
        new("EFE", "EFE", ["EFE"]),
        new("ANSA", "ANSA", ["ANSA"]),
        new("PA", "Press Association", ["PA", "Press Association"]),
        new("CP", "The Canadian Press", ["CP", "The Canadian Press", "Canadian Press"]),
        new("AAP", "Australian Associated Press", ["AAP", "Australian Associated Press"]),
        new("NNA", "NNA", ["NNA"]),
        new("Anadolu", "Anadolu Agency", ["Anadolu", "Anadolu Agency"]),
        new("Interfax", "Interfax", ["Interfax"]),
        new("Bernama", "Bernama", ["Bernama"]),
        new("Dow Jones", "Dow Jones", ["Dow Jones", "DowJonesAP"]),
        new("MarketWatch", "MarketWatch", ["MarketWatch", "CBS.MW"]),
    ];

    private static readonly WordTable<NewsAgency> s_byAlias = Build();

    private static readonly string[] s_codes = Array.ConvertAll(s_agencies, static a => a.Code);

    /// <summary>Gets the agencies, in the order listed.</summary>
    public static ReadOnlySpan<NewsAgency> All => s_agencies;

    /// <summary>Gets the agencies' codes (<c>AP</c>, <c>Reuters</c>, <c>dpa</c>), in the order listed.</summary>
    public static IReadOnlyList<string> Codes => s_codes;

    /// <summary>Gets every alias with its agency.</summary>
    public static WordTable<NewsAgency> Aliases => s_byAlias;

    /// <summary>The agency <paramref name="name"/> (trimmed) names, or <see langword="null"/>. Does not allocate.</summary>
    public static NewsAgency? Find(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        if (name.IsEmpty || name.Length > MaxNameLength || !s_byAlias.TryGetValue(name, out NewsAgency agency))
        {
            return null;
        }

        // "ap" in lower case is not the agency; short codes count only when written as the agency writes them.
        bool lowerShort = name.Length <= MaxShortCodeLength && char.IsAsciiLetterLower(name[0]);
        return lowerShort && !char.IsAsciiLetterLower(agency.Code[0]) ? null : agency;
    }

    /// <summary>The normalized form (<see cref="NewsAgency.Code"/>) of the agency <paramref name="name"/> names, or
    /// <see langword="null"/>.</summary>
    public static string? Normalize(ReadOnlySpan<char> name) => Find(name)?.Code;

    private static WordTable<NewsAgency> Build()
    {
        var entries = new List<(string, NewsAgency)>();
        foreach (NewsAgency agency in s_agencies)
        {
            foreach (string alias in agency.Aliases)
            {
                entries.Add((alias, agency));
            }
        }

        return new WordTable<NewsAgency>(WordCasing.IgnoreCase, [.. entries]);
    }
}
