using System.Collections.Frozen;

namespace NewsNlp;

/// <summary>News agency names and their normalized forms (<c>The Associated Press</c> → <c>AP</c>).</summary>
internal static class Agencies
{
    private static readonly FrozenDictionary<string, string> s_names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["AP"] = "AP",
        ["Associated Press"] = "AP",
        ["The Associated Press"] = "AP",
        ["Reuters"] = "Reuters",
        ["Reuter"] = "Reuters",
        ["Thomson Reuters"] = "Reuters",
        ["Reuters Health"] = "Reuters",
        ["Reuters Staff"] = "Reuters",
        ["AFP"] = "AFP",
        ["Agence France-Presse"] = "AFP",
        ["Agence France Presse"] = "AFP",
        ["UPI"] = "UPI",
        ["United Press International"] = "UPI",
        ["Bloomberg"] = "Bloomberg",
        ["Bloomberg News"] = "Bloomberg",
        ["CNN"] = "CNN",
        ["CNN Business"] = "CNN",
        ["CNN Politics"] = "CNN",
        ["CNNMoney"] = "CNN",
        ["dpa"] = "dpa",
        ["Deutsche Presse-Agentur"] = "dpa",
        ["Xinhua"] = "Xinhua",
        ["Kyodo"] = "Kyodo",
        ["Kyodo News"] = "Kyodo",
        ["Yonhap"] = "Yonhap",
        ["PTI"] = "PTI",
        ["IANS"] = "IANS",
        ["ANI"] = "ANI",
        ["TASS"] = "TASS",
        ["EFE"] = "EFE",
        ["ANSA"] = "ANSA",
        ["PA"] = "PA",
        ["Press Association"] = "PA",
        ["The Canadian Press"] = "CP",
        ["Canadian Press"] = "CP",
        ["CP"] = "CP",
        ["AAP"] = "AAP",
        ["Australian Associated Press"] = "AAP",
        ["NNA"] = "NNA",
        ["Anadolu"] = "Anadolu",
        ["Anadolu Agency"] = "Anadolu",
        ["Interfax"] = "Interfax",
        ["Bernama"] = "Bernama",
        ["Xinhuanet"] = "Xinhua",
        ["Xinhua News Agency"] = "Xinhua",
        ["Dow Jones"] = "Dow Jones",
        ["DowJonesAP"] = "Dow Jones",
        ["CBS.MW"] = "MarketWatch",
        ["MarketWatch"] = "MarketWatch",
        ["CNN/Money"] = "CNN",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_lookup =
        s_names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns the normalized agency for <paramref name="name"/> (trimmed), or <see langword="null"/>.</summary>
    public static string? Normalize(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        if (name.IsEmpty || name.Length > 40)
        {
            return null;
        }

        if (s_lookup.TryGetValue(name, out string? agency))
        {
            // "ap" in lower case is not the agency; the short codes must be written in capitals.
            return name.Length <= 4 && name[0] is >= 'a' and <= 'z' && agency != "dpa" ? null : agency;
        }

        return null;
    }
}
