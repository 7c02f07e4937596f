namespace NewsNlp;

/// <summary>Turns the tagger's tags into mentions: runs of one entity type, a place joined to the organization after
/// it, quote marks and punctuation trimmed off the edges, honorifics and title words dropped, site furniture
/// ("Online Desk") and excluded page parts skipped, then typed by the alias table and demonyms.</summary>
internal static class MentionBuilder
{
    // The tagger's entity types (NerTagger.TypeOf).
    private const int TaggedPerson = 1;
    private const int TaggedOrganization = 2;
    private const int TaggedLocation = 3;
    private const int TaggedMisc = 4;

    /// <summary>The mentions of the tagged document, in text order.</summary>
    public static List<EntityMention> Build(string text, PageStructure structure, NerDocument doc, byte[] tags, Gazetteer gazetteer)
    {
        List<(int First, int End, int Type)> raw = TagRuns(doc, tags);
        var mentions = new List<EntityMention>(raw.Count);
        for (int k = 0; k < raw.Count; k++)
        {
            (int first, int end, int type) = raw[k];

            // A place or nationality directly before an organization belongs to it: "U.S. State Department".
            if (type is TaggedLocation or TaggedMisc && k + 1 < raw.Count && raw[k + 1].Type == TaggedOrganization && raw[k + 1].First == end &&
                OnlySpaces(text, doc.Words[end - 1].End, doc.Words[end].Start))
            {
                raw[k + 1] = (first, raw[k + 1].End, TaggedOrganization);
                continue;
            }

            // Trim quote marks and other punctuation the tagger took in at either edge ("‘Lilyhammer"); a mention
            // of punctuation only ("&", "!") is no name at all.
            while (first < end && !CharScan.ContainsLetterOrDigit(doc.Word(first)))
            {
                first++;
            }

            while (end > first && !CharScan.ContainsLetterOrDigit(doc.Word(end - 1)))
            {
                end--;
            }

            if (first == end)
            {
                continue;
            }

            // Drop a leading honorific or title word the tagger included ("Mr. Blinken", "Commerce Gina Raimondo").
            while (end - first > 1 && IsDroppedTitle(doc, first, type))
            {
                first++;
            }

            TextSpan span = TextSpan.FromBounds(doc.Words[first].Start, doc.Words[end - 1].End);
            if (structure.IsExcluded(span))
            {
                continue;
            }

            ReadOnlySpan<char> mentionText = span.Slice(text);
            EntityType et = type switch
            {
                TaggedPerson => EntityType.Person,
                TaggedOrganization => EntityType.Organization,
                TaggedLocation => EntityType.Location,
                _ => EntityType.Misc,
            };
            if (et == EntityType.Person && (HasNonPersonWord(doc, first, end) || (end - first == 1 && (doc.GazI[first] & Gazetteer.Title) != 0)))
            {
                continue; // site furniture ("Online Desk"), or the end of a title ("Secretary of Commerce")
            }

            var mention = new EntityMention(span, first, end, et, mentionText.ToString());
            mention.Type = EntityPlaces.TypeOfMention(mention.Text, et, gazetteer);
            mentions.Add(mention);
        }

        return mentions;
    }

    /// <summary>The mention at each word, or <see langword="null"/>.</summary>
    public static EntityMention?[] IndexByWord(List<EntityMention> mentions, int wordCount)
    {
        var mentionAt = new EntityMention?[wordCount];
        foreach (EntityMention m in mentions)
        {
            for (int i = m.FirstWord; i < m.EndWord; i++)
            {
                mentionAt[i] = m;
            }
        }

        return mentionAt;
    }

    /// <summary>Runs of words with tags of one type, each starting at a B tag or after a word of another type; never across sentences.</summary>
    private static List<(int First, int End, int Type)> TagRuns(NerDocument doc, byte[] tags)
    {
        var raw = new List<(int First, int End, int Type)>();
        for (int s = 0; s + 1 < doc.SentenceStarts.Length; s++)
        {
            int a = doc.SentenceStarts[s];
            int b = doc.SentenceStarts[s + 1];
            int start = -1;
            int type = 0;
            for (int i = a; i <= b; i++)
            {
                int t = i < b ? tags[i] : 0;
                if (start >= 0 && (t == 0 || NerTagger.IsBegin(t) || NerTagger.TypeOf(t) != type))
                {
                    raw.Add((start, i, type));
                    start = -1;
                }

                if (t != 0 && start < 0)
                {
                    start = i;
                    type = NerTagger.TypeOf(t);
                }
            }
        }

        return raw;
    }

    private static bool OnlySpaces(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (text[i] is not ' ' and not '\u00A0')
            {
                return false;
            }
        }

        return to - from <= EntityRules.MaxSpacesBeforeOrganization;
    }

    /// <summary>Whether the word at <paramref name="i"/> is a title to drop from the start of a mention of the tagged
    /// type: from a person's name an honorific (<see cref="Titles"/>) or a title word of the tagger's gazetteer; from
    /// another name, which keeps "Lady Gaga", "Miss Universe", "Dr Pepper" and "Hon Hai", only an abbreviated honorific
    /// written with its period, the tagger's mistake for a person ("Mr. Roe" tagged as an organization).</summary>
    private static bool IsDroppedTitle(NerDocument doc, int i, int type)
    {
        ReadOnlySpan<char> w = doc.Word(i);
        TitleFacets facets = Titles.Of(w);
        if (type == TaggedPerson)
        {
            return (facets & TitleFacets.Honorific) != 0 || ((doc.GazI[i] | doc.GazB[i]) & Gazetteer.Title) != 0;
        }

        return (facets & (TitleFacets.Honorific | TitleFacets.Abbreviation)) == (TitleFacets.Honorific | TitleFacets.Abbreviation) && w[^1] == '.';
    }

    private static bool HasNonPersonWord(NerDocument doc, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            // A newsroom word makes a "person" site furniture ("Online Desk", "News Staff"): no person at all.
            if (OrganizationWords.Is(doc.Word(i), OrganizationFacets.Newsroom))
            {
                return true;
            }
        }

        return false;
    }
}
