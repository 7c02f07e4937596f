namespace NewsNlp;

/// <summary>Organizations a story names without a company word, which the tagger (trained on 1996 news) reads as people,
/// places or other names: "Netflix" (a person), "Facebook, Twitter and Instagram" (places), "Tumblr" (an other name),
/// "Goldman Sachs". Loaded once from the embedded <c>Models/organizations.bin</c>, which
/// <c>NewsNlp.ModelBuilder organizations</c> builds from public lists (<see cref="FileName"/>); immutable, thread-safe.</summary>
internal sealed class KnownOrganizations
{
    /// <summary>The first line of the file, with its format version.</summary>
    public const string Header = "newsnlp-organizations 1";

    /// <summary>The file the model builder writes under <c>src/NewsNlp/Models</c>.</summary>
    public const string FileName = "organizations.bin";

    private const string ResourceName = "NewsNlp.Models." + FileName;

    private static readonly Lazy<KnownOrganizations> s_default = new(static () => LoadEmbedded(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SpanKeyTable _names;

    /// <summary>The first word of every listed name and the word lists' one-word names: <see cref="TagUntagged"/> reads
    /// further only from a word that starts one (one lookup for most capitalized words, not one per run length).</summary>
    private readonly SpanKeyTable _firstWords;

    private KnownOrganizations(string[] names)
    {
        _names = new SpanKeyTable(names, ignoreCase: true);
        var firsts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string name in names)
        {
            int space = name.IndexOf(' ', StringComparison.Ordinal);
            firsts.Add(space < 0 ? name : name[..space]);
        }

        foreach ((string word, OrganizationFacets facets) in OrganizationWords.Words.Entries)
        {
            if ((facets & OrganizationFacets.Name) != 0)
            {
                firsts.Add(word);
            }
        }

        _firstWords = new SpanKeyTable([.. firsts], ignoreCase: true);
    }

    /// <summary>Gets the embedded list.</summary>
    public static KnownOrganizations Default => s_default.Value;

    /// <summary>The number of names listed.</summary>
    public int Count => _names.Keys.Length;

    /// <summary>Whether <paramref name="name"/> is a listed organization's name, ignoring case ("Netflix", "USA Today").</summary>
    public bool IsKnown(ReadOnlySpan<char> name) => _names.Contains(name);

    /// <summary>Whether <paramref name="name"/> is listed here or is the one-word name of a well-known organization of the
    /// word lists (<see cref="OrganizationFacets.Name"/>: NATO, Pentagon, Fox, Politico); the string form serves as the
    /// merge's predicate.</summary>
    private bool IsListed(string name) => IsListedSpan(name);

    /// <inheritdoc cref="IsListed"/>
    internal bool IsListedSpan(ReadOnlySpan<char> name) => _names.Contains(name) || OrganizationWords.Is(name, OrganizationFacets.Name);

    /// <summary>Retypes the listed organizations among <paramref name="clusters"/> (after folding and the type vote), and
    /// the one-word names of well-known organizations of the word lists (<see cref="OrganizationFacets.Name"/>: "GOP",
    /// "Politico", "Fox"): a cluster typed person, place or other name whose every mention is the listed name (so "Ford"
    /// folded into "Harrison Ford", or a name that is an alias's, stays as it is); then one listed name is one
    /// organization ("Google" typed a person in one sentence and an other name in the next).</summary>
    public void Retype(List<EntityCluster> clusters)
    {
        foreach (EntityCluster c in clusters)
        {
            if (c.Type is not (EntityType.Person or EntityType.Location or EntityType.Misc) || c.Canonical is not null || c.Mentions.Count == 0)
            {
                continue;
            }

            string name = EntityNaming.StripThe(c.Mentions[0].Text);
            if (!IsListed(name) || !EntityFolder.AllMentionsAre(c, name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            c.Retype(EntityType.Organization);
        }

        EntityFolder.MergeSameOrganization(clusters, IsListed);
    }

    /// <summary>Retags as an organization each tagged name of <paramref name="d"/> that is, as a whole, a listed
    /// organization's name or a well-known one-word one ("Google" tagged B-PER in web text): the tag-level form of <see cref="Retype"/>, for the
    /// pre-tokenized tagging API (<see cref="NewsAnalyzer.TagDocument"/>), which has no document rules.</summary>
    /// <param name="d">The tagged document.</param>
    /// <param name="tags">Its tags (<see cref="NerTagger.TagNames"/>), changed in place.</param>
    public void Retag(NerDocument d, byte[] tags)
    {
        foreach ((int first, int end, int type) in MentionBuilder.TagRuns(d, tags))
        {
            if (type != NerTagger.OrganizationType && IsListedSpan(d.Text.AsSpan(d.Words[first].Start, d.Words[end - 1].End - d.Words[first].Start)))
            {
                NerTagger.TagRun(tags, first, end, NerTagger.OrganizationType);
            }
        }
    }

    /// <summary>Tags as organizations the listed names the tagger left untagged ("told Newsweek", "posted on Tumblr"):
    /// the longest run of capitalized words (with "of", "and", "&amp;" between) that is a listed name, all of them
    /// untagged but the first, which may be a one-word name the tagger cut the listed one to ("USA" of "USA TODAY"). Not in a title-case or capitals sentence (a headline, where every word is capitalized), and not a
    /// one-word name that opens its sentence ("Apple pie …").</summary>
    /// <param name="d">The tagged document.</param>
    /// <param name="tags">Its tags (<see cref="NerTagger.TagNames"/>), changed in place.</param>
    public void TagUntagged(NerDocument d, byte[] tags)
    {
        for (int i = 0; i < tags.Length; i++)
        {
            // The run starts untagged, or with a one-word name the tagger cut a listed name to ("USA" of "told USA TODAY").
            bool cut = NerTagger.IsBegin(tags[i]) && (i + 1 == tags.Length || tags[i + 1] != tags[i] + 1);
            if ((tags[i] != NerTagger.O && !cut) || !IsCapitalized(d, i) || !_firstWords.Contains(d.Word(i)))
            {
                continue;
            }

            int best = -1;
            for (int j = i + 1; j <= tags.Length && j - i <= Gazetteer.MaxPhraseWords && (j - 1 == i || tags[j - 1] == NerTagger.O); j++)
            {
                if (j - 1 > i && d.Words[j - 1].Start != d.Words[j - 2].End + 1)
                {
                    break; // not one space between the words
                }

                if (!IsCapitalized(d, j - 1))
                {
                    if (d.Word(j - 1) is not ("of" or "and" or "&"))
                    {
                        break;
                    }

                    continue;
                }

                if (cut && j - i == 1)
                {
                    continue; // a tagged word alone is the tagger's, and Retag's
                }

                if (_names.Contains(d.Text.AsSpan(d.Words[i].Start, d.Words[j - 1].End - d.Words[i].Start)) || (j - i == 1 && IsNameBeforeNoNoun(d, i)))
                {
                    best = j;
                }
            }

            if (best < 0 || (best - i == 1 && (d.Flags[i] & NerDocument.FlagSentenceInitial) != 0) || MentionBuilder.InTitleCaseSentence(d, i))
            {
                continue;
            }

            NerTagger.TagRun(tags, i, best, NerTagger.OrganizationType);
            i = best - 1;
        }
    }

    /// <summary>Whether word <paramref name="i"/> is a one-word name of the word lists (<see cref="OrganizationFacets.Name"/>)
    /// that no noun follows: "told Newsweek:", "carried on MSNBC on Wednesday"; not "the GOP debate", where it
    /// modifies.</summary>
    private static bool IsNameBeforeNoNoun(NerDocument d, int i) =>
        OrganizationWords.Is(d.Word(i), OrganizationFacets.Name)
        && (i + 1 >= d.Count || !CharScan.ContainsLetterOrDigit(d.Word(i + 1)) || FunctionWords.Of(d.Word(i + 1)) != FunctionWordKinds.None);

    private static bool IsCapitalized(NerDocument d, int i) => d.Cls[i] is NerDocument.ClsInitCap or NerDocument.ClsAllCaps or NerDocument.ClsMixed;

    /// <summary>Reads the list written by <c>NewsNlp.ModelBuilder organizations</c> (<see cref="NameListFile"/>, tag O).</summary>
    /// <exception cref="InvalidDataException">The data is not such a list.</exception>
    internal static KnownOrganizations Load(Stream stream)
    {
        List<string> names = NameListFile.Read(stream, Header, "O", "organizations")[0];
        if (names.Count == 0)
        {
            ThrowHelper.ThrowInvalidData("organizations: the list is empty.");
        }

        return new KnownOrganizations([.. names]);
    }

    private static KnownOrganizations LoadEmbedded()
    {
        using Stream stream = ModelFile.OpenEmbedded(ResourceName, "organizations");
        return Load(stream);
    }
}
