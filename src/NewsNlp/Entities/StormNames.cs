namespace NewsNlp;

/// <summary>Named storms, which are events, not people or organizations: "Hurricane Katrina", "Typhoon Hagibis",
/// "Tropical Storm Rita", "Storm Eunice", and the storm's bare name elsewhere in the story ("Katrina killed more than
/// 1,800 people"). The tagger, trained on news where a capitalized given name is nearly always a person's, reads them
/// as people ("Rita"), and the storm word as a company's ("Hurricane Katrina" an organization); a story about a storm
/// then lists the storm among its people. Tagged as other names (MISC), as CoNLL-2003 tags events.</summary>
internal static class StormNames
{
    /// <summary>Words that name a kind of storm when a capitalized name follows them.</summary>
    private static readonly WordSet s_kinds = WordSet.Create(WordCasing.IgnoreCase,
        ["hurricane", "typhoon", "cyclone", "superstorm", "storm", "depression"]);

    /// <summary>Kinds that name a storm only after a modifier ("Tropical Depression Nine"; "Depression Era" is none).</summary>
    private static readonly WordSet s_kindsAfterModifier = WordSet.Create(WordCasing.IgnoreCase, ["depression"]);

    /// <summary>Words that may stand before the kind in a storm's name: "Tropical Storm", "Super Typhoon", "Severe Tropical
    /// Cyclone", "Winter Storm", "Post-Tropical Cyclone".</summary>
    private static readonly WordSet s_modifiers = WordSet.Create(WordCasing.IgnoreCase,
        ["tropical", "subtropical", "post-tropical", "super", "severe", "winter"]);

    /// <summary>Capitalized words after a storm word that are no storm's name but the service or season it names
    /// ("Hurricane Center", "Hurricane Season", "Storm Warning", "Hurricane Hunters").</summary>
    private static readonly WordSet s_notNames = WordSet.Create(WordCasing.IgnoreCase,
        ["center", "centre", "season", "seasons", "watch", "watches", "warning", "warnings", "hunter", "hunters", "relief",
         "tracker", "preparedness", "names", "category", "shelter", "shelters", "damage", "recovery", "force", "surge", "alert"]);

    /// <summary>Tags each named storm of <paramref name="d"/> as an other name (MISC), and each one-word name elsewhere in
    /// the document that is a storm's name so tagged.</summary>
    /// <param name="d">The tagged document.</param>
    /// <param name="tags">Its tags (<see cref="NerTagger.TagNames"/>), changed in place.</param>
    public static void Retag(NerDocument d, byte[] tags)
    {
        HashSet<ulong>? names = null;
        for (int i = 0; i + 1 < d.Count; i++)
        {
            if (!IsCapitalized(d, i) || !s_kinds.Contains(d.Word(i)))
            {
                continue;
            }

            int first = i;
            while (first > 0 && s_modifiers.Contains(d.Word(first - 1)) && IsCapitalized(d, first - 1) && d.InOneSentence(first - 1, i))
            {
                first--;
            }

            int name = i + 1;
            bool titleCase = MentionBuilder.InTitleCaseSentence(d, i);
            if ((first == i && s_kindsAfterModifier.Contains(d.Word(i))) || (tags[name] == NerTagger.O && titleCase))
            {
                continue; // "Depression Era"; in a headline "Storm Hits Coast", a name only where the tagger saw one
            }

            if (!IsStormName(d, name) || !d.InOneSentence(first, name) || (first > 0 && d.InOneSentence(first - 1, first) && IsCapitalized(d, first - 1)))
            {
                continue; // "National Hurricane Center", "Seattle Storm"; not a name after the storm word
            }

            if (!titleCase && IsContinued(tags, name))
            {
                continue; // the storm names a longer name: "Hurricane Katrina Relief Fund"
            }

            // In a headline the tagger runs on into the next capitalized words ("HURRICANE IAN SLAMS"): they are no name.
            for (int k = name + 1; k < d.Count && IsContinued(tags, k - 1); k++)
            {
                tags[k] = NerTagger.O;
            }

            NerTagger.TagRun(tags, first, name + 1, NerTagger.MiscType);
            (names ??= []).Add(d.Lower[name]);
            i = name;
        }

        if (names is null)
        {
            return;
        }

        foreach ((int first, int end, int type) in MentionBuilder.TagRuns(d, tags))
        {
            if (end - first == 1 && type != NerTagger.MiscType && names.Contains(d.Lower[first]))
            {
                NerTagger.TagRun(tags, first, end, NerTagger.MiscType);
            }
        }
    }

    /// <summary>Folds each storm's bare name into the storm ("Katrina" into "Hurricane Katrina"): a mention whose word
    /// before the last is a storm word is a storm's name (<see cref="EntityFolder.FoldTails"/>).</summary>
    /// <param name="clusters">The clusters after folding; emptied ones are removed.</param>
    public static void Fold(List<EntityCluster> clusters) => EntityFolder.FoldTails(clusters, EntityType.Misc, IsStormMention);

    private static bool IsStormMention(string text)
    {
        ReadOnlySpan<char> before = text.AsSpan(0, text.LastIndexOf(' '));
        return s_kinds.Contains(before[(before.LastIndexOf(' ') + 1)..]);
    }

    /// <summary>Whether word <paramref name="i"/> can be a storm's name: capitalized letters, not a function word, not a
    /// word the document also writes in lower case, not a service or season ("Center", "Season").</summary>
    private static bool IsStormName(NerDocument d, int i)
    {
        ReadOnlySpan<char> w = d.Word(i);
        if (!IsCapitalized(d, i) || w.Length < 2 || (d.Flags[i] & NerDocument.FlagDocLower) != 0
            || FunctionWords.Of(w) != FunctionWordKinds.None || s_notNames.Contains(w) || s_kinds.Contains(w))
        {
            return false;
        }

        foreach (char c in w)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the tag after word <paramref name="i"/> continues the name word <paramref name="i"/> is in.</summary>
    private static bool IsContinued(byte[] tags, int i) =>
        i + 1 < tags.Length && tags[i] != NerTagger.O && tags[i + 1] != NerTagger.O && !NerTagger.IsBegin(tags[i + 1]);

    private static bool IsCapitalized(NerDocument d, int i) => d.Cls[i] is NerDocument.ClsInitCap or NerDocument.ClsAllCaps;
}
