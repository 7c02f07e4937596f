using System.Text.Json;

namespace NewsNlp.ModelBuilder;

/// <summary>Builds <c>Models/teams.bin</c>, the sports team names of <see cref="TeamNames"/>, from dariusk/corpora (CC0):
/// the North American leagues' teams (NBA, NFL, MLB, NHL) and their plural nicknames, and the football clubs of
/// several words of the Premier League, La Liga and Serie A lists. openfootball's club list was tried and left out:
/// its aliases ("New York City", "Orlando", "Brown") retyped places and people on the development set.</summary>
internal static class TeamNamesBuilder
{
    private static readonly string[] s_leagues = ["nba_teams", "nfl_teams", "mlb_teams", "nhl_teams"];

    public static int Run(string data, string modelDir)
    {
        string dariusk = Path.Combine(data, "gazetteers", "dariusk-corpora", "sports");
        if (!Directory.Exists(dariusk))
        {
            Console.Error.WriteLine($"teams: {dariusk} not found");
            return 1;
        }

        var teams = new SortedSet<string>(StringComparer.Ordinal);
        var nicknames = new SortedSet<string>(StringComparer.Ordinal);
        var clubs = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string league in s_leagues)
        {
            foreach (string name in Names(Path.Combine(dariusk, league + ".json"), league))
            {
                teams.Add(name);
                if (Nickname(name) is { } nick)
                {
                    nicknames.Add(nick);
                }
            }
        }

        foreach (string file in Directory.GetFiles(Path.Combine(dariusk, "football"), "*.json").Order(StringComparer.Ordinal))
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(file));
            foreach (JsonProperty list in doc.RootElement.EnumerateObject())
            {
                if (list.Value.ValueKind == JsonValueKind.Array)
                {
                    foreach (JsonElement team in list.Value.EnumerateArray())
                    {
                        // Clubs of one word ("Chelsea", "Burnley", "Valencia") are people and places as often: listed apart,
                        // and a club only in a story that names another team.
                        if (team.ValueKind == JsonValueKind.Object && team.TryGetProperty("name", out JsonElement n) && n.GetString() is { } s)
                        {
                            (s.Contains(' ', StringComparison.Ordinal) ? teams : clubs).Add(s);
                        }
                    }
                }
            }
        }

        string path = Path.Combine(modelDir, "teams.bin");
        NameListFile.Write(path, TeamNames.Header, [('T', teams), ('N', nicknames), ('C', clubs)]);

        Console.WriteLine($"teams: {teams.Count} team names, {nicknames.Count} nicknames, {clubs.Count} one-word clubs -> {path} ({new FileInfo(path).Length:N0} bytes)");
        return 0;
    }

    private static List<string> Names(string file, string list)
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(file));
        var names = new List<string>();
        foreach (JsonElement team in doc.RootElement.GetProperty(list).EnumerateArray())
        {
            if (team.GetProperty("name").GetString() is { Length: > 1 } name)
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>A team's nickname: its name after the longest leading place ("Toronto Maple Leafs" → "Maple Leafs"),
    /// or its last word; only plural nicknames, which no common word or place shares ("Sabres", "Maple Leafs"; not
    /// "Heat", and so not "Red Sox" either).</summary>
    private static string? Nickname(string name)
    {
        string[] words = name.Split(' ');
        string nick = words[^1];
        for (int k = words.Length - 1; k >= 1; k--)
        {
            if (PlaceIndex.Default.Find(string.Join(' ', words[..k])) >= 0)
            {
                nick = string.Join(' ', words[k..]);
                break;
            }
        }

        return nick.EndsWith('s') && !nick.EndsWith("ss", StringComparison.Ordinal) ? nick : null;
    }
}
