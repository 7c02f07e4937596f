using System.IO.Compression;
using System.Text;

namespace NewsNlp;

/// <summary>Sports team names, so that a team the tagger read as a person or a place is an organization: "New York
/// Islanders" (not a place), "Manchester United", the nicknames "Sabres" and "Blackhawks" (not people). Loaded once
/// from the embedded <c>Models/teams.bin</c>, which <c>NewsNlp.ModelBuilder teams</c> builds from dariusk/corpora
/// (CC0); immutable, thread-safe.</summary>
internal sealed class TeamNames
{
    /// <summary>The first line of the file, with its format version.</summary>
    public const string Header = "newsnlp-teams 1";

    private const string ResourceName = "NewsNlp.Models.teams.bin";

    private static readonly Lazy<TeamNames> s_default = new(static () => LoadEmbedded(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SpanKeyTable _teams;
    private readonly SpanKeyTable _nicknames;

    private TeamNames(string[] teams, string[] nicknames)
    {
        _teams = new SpanKeyTable(teams, ignoreCase: false);
        _nicknames = new SpanKeyTable(nicknames, ignoreCase: false);
    }

    /// <summary>Gets the embedded list.</summary>
    public static TeamNames Default => s_default.Value;

    /// <summary>Whether <paramref name="name"/> is a team's or club's name as listed ("Buffalo Sabres", "Real Madrid").</summary>
    public bool IsTeam(ReadOnlySpan<char> name) => _teams.Contains(name);

    /// <summary>Whether <paramref name="name"/> is a North American team's plural nickname ("Sabres", "Maple Leafs").</summary>
    public bool IsNickname(ReadOnlySpan<char> name) => _nicknames.Contains(name);

    /// <summary>Retypes the teams among <paramref name="clusters"/> (after folding and the type vote): a team's full
    /// name, whatever it was typed; a nickname typed person, place or other name.</summary>
    public void Retype(List<EntityCluster> clusters)
    {
        foreach (EntityCluster c in clusters)
        {
            if (c.Type is EntityType.Organization or EntityType.Nationality || c.Canonical is not null || c.Mentions.Count == 0)
            {
                continue;
            }

            string name = EntityNaming.StripThe(c.Mentions[0].Text);
            if (!IsTeam(name) && !IsNickname(name))
            {
                continue;
            }

            c.Type = EntityType.Organization;
            foreach (EntityMention m in c.Mentions)
            {
                m.Type = EntityType.Organization;
            }
        }
    }

    /// <summary>Reads the list written by <c>NewsNlp.ModelBuilder teams</c> (Brotli-compressed UTF-8 lines).</summary>
    /// <exception cref="InvalidDataException">The data is not such a list.</exception>
    internal static TeamNames Load(Stream stream)
    {
        var teams = new List<string>();
        var nicknames = new List<string>();
        try
        {
            using var reader = new StreamReader(new BrotliStream(stream, CompressionMode.Decompress), new UTF8Encoding(false, true));
            if (reader.ReadLine() != Header)
            {
                ThrowHelper.ThrowInvalidData("teams: not a team list of format " + Header + ".");
            }

            while (reader.ReadLine() is { } line)
            {
                if (line.Length < 3 || line[1] != '\t' || line[0] is not ('T' or 'N'))
                {
                    ThrowHelper.ThrowInvalidData("teams: a line is not 'T<TAB>name' or 'N<TAB>nickname'.");
                }

                (line[0] == 'T' ? teams : nicknames).Add(line[2..]);
            }
        }
        catch (Exception ex) when (ex is IOException or DecoderFallbackException or InvalidOperationException)
        {
            throw new InvalidDataException("teams: the file is truncated or corrupt.", ex);
        }

        return new TeamNames([.. teams], [.. nicknames]);
    }

    private static TeamNames LoadEmbedded()
    {
        using Stream stream = ModelFile.OpenEmbedded(ResourceName, "teams");
        return Load(stream);
    }
}
