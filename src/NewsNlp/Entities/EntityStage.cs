namespace NewsNlp;

/// <summary>Pipeline stage for entities: tags names with the two-pass perceptron model, then folds the mentions
/// into entities (surnames, honorifics, acronyms, known aliases), names them, finds titles, resolves places to
/// country codes and ranks them by salience. Each step is a part of its own: <see cref="TaggerInput"/>,
/// <see cref="DocumentTagRules"/>, <see cref="MentionBuilder"/>, <see cref="CreditNames"/>, <see cref="DefinedAcronyms"/>, <see cref="EntityFolder"/> (with <see cref="PersonNames"/>), <see cref="DescribedOrganizations"/>, <see cref="TeamNames"/>, <see cref="KnownOrganizations"/>, <see cref="HeadlineNames"/>, <see cref="QuotedTitles"/>, <see cref="EntityNaming"/>,
/// <see cref="EntityPlaces"/>, <see cref="EntitySalience"/>; thresholds in <see cref="EntityRules"/>.</summary>
internal sealed class EntityStage : AnalysisStage
{
    public override void LoadModels()
    {
        // The Lexicons lists the entity rules read (titles, function and organization words, agencies), built and
        // compiled here rather than in the first article.
        _ = Titles.Is("minister", TitleFacets.Head) | FunctionWords.Is("of", FunctionWordKinds.Preposition) |
            OrganizationWords.Is("desk", OrganizationFacets.Newsroom) | EntityAliases.TryGet("AP", out _, out _, out _);
        _ = Gazetteer.Default;
        _ = TeamNames.Default;
        _ = KnownOrganizations.Default;
        _ = WordClusters.Default;
        _ = NerModel.Pass1;
        _ = NerModel.Pass2;
    }

    /// <summary>Finds, folds, names and ranks the entities of <paramref name="article"/>.</summary>
    public EntityResult Find(ArticleText article, PageStructure structure)
    {
        if (article.Tokens.Length == 0)
        {
            return EntityResult.None;
        }

        string text = article.Text;
        Gazetteer gazetteer = Gazetteer.Default;
        TaggerInput input = TaggerInput.Build(article, gazetteer);
        if (input.Words.Length == 0)
        {
            return EntityResult.None;
        }

        var doc = new NerDocument(text, input.Words, input.SentenceStarts, gazetteer, WordClusters.Default);
        var tags = new byte[input.Words.Length];
        NerTagger.TagDocument(doc, tags);
        KnownOrganizations.Default.TagUntagged(doc, tags);
        DocumentTagRules.Apply(doc, tags, gazetteer);

        List<EntityMention> mentions = MentionBuilder.Build(text, structure, doc, tags, gazetteer);
        CreditNames.AddAuthors(text, structure.Byline, doc.Words, mentions);
        EntityMention?[] mentionAt = MentionBuilder.IndexByWord(mentions, input.Words.Length);
        PersonNames.RetypeListed(text, input.Words, mentionAt, mentions, gazetteer);
        Dictionary<string, EntityMention> acronyms = DefinedAcronyms.Add(text, input.Words, mentions, mentionAt);
        List<EntityCluster> clusters = EntityFolder.Fold(mentions, acronyms, gazetteer);
        PersonNames.RetypeThings(text, clusters);
        DescribedOrganizations.Retype(text, clusters, gazetteer.Places);
        TeamNames.Default.Retype(clusters);
        KnownOrganizations.Default.Retype(clusters);
        StormNames.Fold(clusters);
        CelestialBodies.Fold(clusters);
        LandmarkNames.Fold(clusters);
        HeadlineNames.RemoveUnconfirmed(clusters, article, structure, gazetteer);
        QuotedTitles.RemovePeople(clusters, article);

        int[] sentenceOf = input.SentenceOfWords();
        HashSet<string> countries = EntityPlaces.CountriesNamed(clusters, gazetteer, structure.Dateline?.Country);
        foreach (EntityCluster c in clusters)
        {
            EntityMention best = EntityNaming.Name(c, gazetteer.Places);
            EntityPlaces.SetCountryCode(c, best, gazetteer, countries);
            EntityNaming.FindTitle(c, best, text, input, sentenceOf, mentionAt);
        }

        CreditNames.MarkCredits(clusters, structure.Byline);
        EntitySalience.Rank(text, structure, input, clusters, sentenceOf);
        return new EntityResult(ToEntities(clusters));
    }

    private static Entity[] ToEntities(List<EntityCluster> clusters)
    {
        var entities = new Entity[clusters.Count];
        for (int id = 0; id < clusters.Count; id++)
        {
            EntityCluster c = clusters[id];
            var ms = new Mention[c.Mentions.Count];
            for (int k = 0; k < ms.Length; k++)
            {
                ms[k] = new Mention(c.Mentions[k].Written, c.Mentions[k].Span);
            }

            entities[id] = new Entity(id, c.Name, c.Type, Math.Round(c.Score, EntityRules.ScoreDecimals), c.Title, ms, c.CountryCode) { IsCredit = c.Credit };
        }

        return entities;
    }
}
