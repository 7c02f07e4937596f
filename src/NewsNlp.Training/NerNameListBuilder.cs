namespace NewsNlp.Training;

/// <summary>Builds <c>Models/ner-names.bin</c> (<see cref="NerNameLists"/>): hand-written person titles and organization
/// suffixes, and first names seen in the training data. The tagger's place phrases come from <c>places.bin</c>.</summary>
internal static class NerNameListBuilder
{
    private static readonly string[] s_titles =
    [
        "president", "vice president", "vice-president", "president-elect", "prime minister", "premier", "chancellor", "minister",
        "foreign minister", "defence minister", "defense minister", "finance minister", "interior minister", "trade minister",
        "economy minister", "justice minister", "health minister", "energy minister", "agriculture minister", "deputy prime minister",
        "deputy foreign minister", "secretary", "secretary of state", "secretary of commerce", "secretary of defense", "secretary of the treasury",
        "treasury secretary", "defense secretary", "defence secretary", "foreign secretary", "home secretary", "commerce secretary",
        "press secretary", "secretary-general", "secretary general", "state secretary", "undersecretary", "under secretary",
        "assistant secretary", "attorney general", "senator", "sen.", "rep.", "representative", "congressman", "congresswoman",
        "gov.", "governor", "mayor", "king", "queen", "prince", "princess", "emperor", "pope", "sheikh", "ayatollah", "archbishop",
        "bishop", "cardinal", "rev.", "reverend", "father", "general", "gen.", "lt.", "lieutenant", "col.", "colonel", "maj.", "major",
        "capt.", "captain", "sgt.", "sergeant", "admiral", "adm.", "commander", "judge", "justice", "chief justice", "ambassador",
        "envoy", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "ceo", "chief executive",
        "chief executive officer", "executive", "director", "managing director", "president and chief executive", "founder",
        "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "captain", "mr.", "mrs.", "ms.", "miss", "dr.",
        "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "dame", "prof.", "professor", "commissioner", "deputy", "speaker",
        "house speaker", "leader", "opposition leader", "party leader", "chief", "officer", "analyst", "economist", "diplomat",
        "dictator", "strongman", "rebel leader", "counterpart", "lawmaker", "legislator", "senior", "official", "police chief",
        "trader", "dealer", "broker", "champion", "world champion", "seed", "veteran", "rookie", "actor", "actress", "singer",
    ];

    private static readonly string[] s_orgSuffixes =
    [
        "corp", "corp.", "corporation", "inc", "inc.", "incorporated", "ltd", "ltd.", "limited", "plc", "co", "co.", "llc", "lp",
        "group", "bank", "ministry", "department", "agency", "university", "college", "school", "party", "council", "commission",
        "committee", "association", "union", "federation", "institute", "foundation", "company", "airlines", "airways", "motors",
        "holdings", "bancorp", "ag", "sa", "nv", "gmbh", "s.a.", "n.v.", "a.g.", "fund", "court", "congress", "parliament", "club",
        "fc", "news", "press", "times", "post", "journal", "service", "office", "authority", "board", "organisation", "organization",
        "exchange", "army", "navy", "police", "force", "forces", "assembly", "senate", "house", "trust", "bureau", "network",
        "international", "industries", "systems", "technologies", "communications", "securities", "capital", "partners", "media",
        "reserve", "front", "movement", "league", "alliance", "society", "centre", "center", "hospital", "church", "tribunal",
    ];

    /// <summary>Builds the name lists: the hand titles and suffixes, and the first word of two- or three-word person
    /// names in the training data seen at least twice.</summary>
    public static byte[] Build(IEnumerable<NerSample> training)
    {
        var firsts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (NerSample doc in training)
        {
            for (int i = 0; i + 1 < doc.Words.Count; i++)
            {
                if (doc.Tags[i] == 1 && doc.Tags[i + 1] == 2 && doc.Words[i].Length > 1 && char.IsUpper(doc.Words[i][0]) && char.IsLower(doc.Words[i][^1]))
                {
                    firsts[doc.Words[i]] = firsts.GetValueOrDefault(doc.Words[i]) + 1;
                }
            }
        }

        return NerNameLists.Save(firsts.Where(kv => kv.Value >= 2).Select(kv => kv.Key).Order(StringComparer.Ordinal), s_titles, s_orgSuffixes);
    }
}
