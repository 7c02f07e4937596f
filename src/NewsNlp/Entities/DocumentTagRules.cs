namespace NewsNlp;

/// <summary>The document rules that correct the tagger's tags before mentions are built, in their one order, for the
/// analysis (<see cref="EntityStage"/>) and the tagging API (<see cref="NewsAnalyzer.TagDocument"/>) alike: named storms,
/// planets, lower-case places in casual text, "Gulf of Mexico", weekdays, court cases, given names left out of a person,
/// two names joined by "and", organizations' untagged acronyms, and score lines. Each reads the tags the ones before it left.</summary>
internal static class DocumentTagRules
{
    /// <summary>Applies the rules to the tags of <paramref name="doc"/>, in place.</summary>
    /// <param name="doc">The tagged document.</param>
    /// <param name="tags">Its tags (<see cref="NerTagger.TagNames"/>).</param>
    /// <param name="gazetteer">The gazetteer the document was matched against.</param>
    public static void Apply(NerDocument doc, byte[] tags, Gazetteer gazetteer)
    {
        StormNames.Retag(doc, tags);
        CelestialBodies.Retag(doc, tags);
        LandmarkNames.Retag(doc, tags);
        LowercasePlaces.Tag(doc, tags, gazetteer, WordClusters.Default);
        FeatureNames.Join(doc, tags);
        WeekdayNames.Untag(doc, tags);
        CaseNames.Tag(doc, tags);
        GivenNameJoin.Join(doc, tags);
        JoinedNames.Split(doc, tags, gazetteer, KnownOrganizations.Default);
        InitialsAcronyms.Tag(doc, tags);
        ScoreLines.Tag(doc, tags, gazetteer.Places);
    }
}
