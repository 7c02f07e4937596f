namespace NewsNlp;

/// <summary>Sports team names, so that a team the tagger read as a person or a place is an organization: "New York
/// Islanders" (not a place), "Manchester United", the nicknames "Sabres" and "Blackhawks" (not people). Loaded once
/// from the embedded <c>Models/teams.bin</c>, which <c>NewsNlp.ModelBuilder teams</c> builds from dariusk/corpora
/// (CC0); immutable, thread-safe.</summary>
internal sealed class TeamNames
{
    /// <summary>The first line of the file, with its format version.</summary>
    public const string Header = "newsnlp-teams 2"; // 2: one-word clubs ("C" lines)

    private const string ResourceName = "NewsNlp.Models.teams.bin";

    private static readonly Lazy<TeamNames> s_default = new(static () => LoadEmbedded(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SpanKeyTable _teams;
    private readonly SpanKeyTable _nicknames;
    private readonly SpanKeyTable _clubs;

    private TeamNames(string[] teams, string[] nicknames, string[] clubs)
    {
        _teams = new SpanKeyTable(teams, ignoreCase: false);
        _nicknames = new SpanKeyTable(nicknames, ignoreCase: false);
        _clubs = new SpanKeyTable(clubs, ignoreCase: false);
    }

    /// <summary>Gets the embedded list.</summary>
    public static TeamNames Default => s_default.Value;

    /// <summary>Whether <paramref name="name"/> is a team's or club's name as listed ("Buffalo Sabres", "Real Madrid").</summary>
    public bool IsTeam(ReadOnlySpan<char> name) => _teams.Contains(name);

    /// <summary>Whether <paramref name="name"/> is a North American team's plural nickname ("Sabres", "Maple Leafs").</summary>
    public bool IsNickname(ReadOnlySpan<char> name) => _nicknames.Contains(name);

    /// <summary>Whether <paramref name="name"/> is a one-word football club ("Chelsea", "Arsenal", "Liverpool"): a club
    /// only in a story that names a team by its full name, for these are people's and places' names as often.</summary>
    public bool IsOneWordClub(ReadOnlySpan<char> name) => _clubs.Contains(name);

    /// <summary>Retypes the teams among <paramref name="clusters"/> (after folding and the type vote): a team's full
    /// name, whatever it was typed; a nickname typed person, place or other name; a one-word club typed person or
    /// place, when the story names a team by its full name (<c>Chelsea will test Manchester United</c>) and never gives
    /// it a person's full name (<c>Chelsea Clinton</c> folds "Chelsea" into herself before this runs).</summary>
    public void Retype(List<EntityCluster> clusters)
    {
        int teamsNamed = 0;
        foreach (EntityCluster c in clusters)
        {
            if (c.Mentions.Count > 0 && c.Canonical is null && IsFullTeam(EntityNaming.StripThe(c.Mentions[0].Text)))
            {
                teamsNamed++;
            }
        }

        foreach (EntityCluster c in clusters)
        {
            if (c.Type is EntityType.Organization or EntityType.Nationality || c.Canonical is not null || c.Mentions.Count == 0)
            {
                continue;
            }

            string name = EntityNaming.StripThe(c.Mentions[0].Text);
            bool club = c.Type is EntityType.Person or EntityType.Location && teamsNamed >= MinTeamsForClubs && IsOneWordClub(name)
                && EntityFolder.AllMentionsAre(c, name, StringComparison.Ordinal);
            if (!IsFullTeam(name) && !club)
            {
                continue;
            }

            c.Retype(EntityType.Organization);
        }

        // One team, one cluster: a team retyped here may already have been an organization in another cluster
        // ("Chelsea" the person and "Chelsea" the club; "Sabres" twice).
        EntityFolder.MergeSameOrganization(clusters, IsAnyTeam);
    }

    /// <summary>Teams a story must name by a full name or a nickname ("Real Madrid", "Manchester United", "Sabres") before
    /// a one-word club in it is the club: one. Other one-word clubs do not count, for they are towns too: a story naming
    /// "Middlesbrough" and "Sunderland" may be about the towns.</summary>
    private const int MinTeamsForClubs = 1;

    /// <summary>A team named unambiguously: its full name or its nickname.</summary>
    private bool IsFullTeam(string name) => IsTeam(name) || IsNickname(name);

    private bool IsAnyTeam(string name) => IsFullTeam(name) || IsOneWordClub(name);

    /// <summary>Reads the list written by <c>NewsNlp.ModelBuilder teams</c> (<see cref="NameListFile"/>, tags T, N, C).</summary>
    /// <exception cref="InvalidDataException">The data is not such a list.</exception>
    internal static TeamNames Load(Stream stream)
    {
        List<string>[] lists = NameListFile.Read(stream, Header, "TNC", "teams");
        return new TeamNames([.. lists[0]], [.. lists[1]], [.. lists[2]]);
    }

    private static TeamNames LoadEmbedded()
    {
        using Stream stream = ModelFile.OpenEmbedded(ResourceName, "teams");
        return Load(stream);
    }
}
