namespace NewsNlp;

/// <summary>Turns the tagger's tags into mentions: runs of one entity type, a place joined to the organization after
/// it, quote marks and punctuation trimmed off the edges, honorifics and title words dropped, site furniture
/// ("Online Desk"), party-and-state tags ("(R-Neb.)") and excluded page parts skipped, a "person" retyped by its last word
/// (a company's or a venue's), then typed by the alias table and demonyms. The tests of words that are no name or no
/// part of one are in <c>MentionBuilder.NoNames.cs</c>; those of institutions the tagger cut or read as people in
/// <c>MentionBuilder.Institutions.cs</c>.</summary>
internal static partial class MentionBuilder
{
    // The tagger's entity types (NerTagger.TypeOf).
    private const int TaggedPerson = 1;
    private const int TaggedOrganization = NerTagger.OrganizationType;
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

            // Two organizations or two places side by side with nothing between are one the tagger split ("Agence" +
            // "France-Presse", "Santa" + "Fe"); not in a title-case line, where every word starts a name.
            if (type is TaggedOrganization or TaggedLocation && k + 1 < raw.Count && raw[k + 1].Type == type && raw[k + 1].First == end
                && OnlySpaces(text, doc.Words[end - 1].End, doc.Words[end].Start) && !InTitleCaseSentence(doc, end - 1) && !IsNameJunction(doc, end))
            {
                raw[k + 1] = (first, raw[k + 1].End, type);
                continue;
            }

            // A one-word person the tagger began right before another person is that person's first name: two people are
            // never written side by side with nothing between them ("Dr. Luz Contreras Arroyo" tagged B-PER B-PER I-PER,
            // "Silvia S. Martins" as "Silvia" + "S. Martins"; given names the lists lack, so any title-case word).
            // Not in a title-case line ("Trump Calls On Obama To Resign"), nor a word the story also writes in lower case
            // ("Court Battle Over Ohio"), nor before words that are no name ("Obama To Resign"). A surname the story also
            // uses alone is no guard: "Xi Jinping" and "Ban Ki-moon" put it first.
            if (type == TaggedPerson && k + 1 < raw.Count && raw[k + 1].Type == TaggedPerson && raw[k + 1].First == end
                && IsTitleCaseWord(doc.Word(end - 1)) && (end - first == 1 || (end - first == 2 && IsDroppedTitle(doc, first, type)))
                && (doc.Flags[end - 1] & NerDocument.FlagDocLower) == 0 && OnlySpaces(text, doc.Words[end - 1].End, doc.Words[end].Start)
                && !HasFunctionWord(doc, raw[k + 1].First, raw[k + 1].End) && !InTitleCaseSentence(doc, end - 1))
            {
                raw[k + 1] = (first, raw[k + 1].End, TaggedPerson);
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

            // A name never ends in a function word in lower case: an auxiliary, article or preposition the tagger ran on
            // into ("He said Thomas is a single father", "Sunday Times the", "University of"); particles sit inside names
            // ("Ludwig van Beethoven", "Rio de Janeiro"), not at their end. A lower-case noun may end an organization's
            // name ("the Trump campaign", "the World Bank team").
            while (end - first > 1 && IsLowerCaseWord(doc.Word(end - 1)) && FunctionWords.Of(doc.Word(end - 1)) != FunctionWordKinds.None)
            {
                end--;
            }

            // A preposition or conjunction never starts a name: "Of" of a title-case headline ("… Characterization Of Network's …").
            // An adverb particle may ("Down Syndrome").
            while (first < end && FunctionWords.Of(doc.Word(first)) is var kinds
                && (kinds & (FunctionWordKinds.Preposition | FunctionWordKinds.Coordinator)) != 0 && (kinds & FunctionWordKinds.AdverbParticle) == 0)
            {
                first++;
            }

            if (first == end)
            {
                continue;
            }

            // An auxiliary opening a question is no part of the name after it ("Will Warren continue …?").
            while (end - first > 1 && NonPersonShapes.IsQuestionAuxiliary(doc, first))
            {
                first++;
            }

            // A compound modifier is no part of the name it modifies ("The Geneva-based World Trade Organization"); the
            // place or people before its hyphen is a name of its own (MentionBuilder.Compounds.cs).
            first = SplitCompoundModifiers(text, structure, doc, gazetteer, mentions, first, end);
            if (first < 0)
            {
                continue;
            }

            // "the Michigan Democrat", "the Wisconsin Republican": a politician described by state and party, no name (the
            // quote stage links the description to the person); the state is a place.
            if (end - first >= 2 && first > 0 && doc.Word(first - 1) is "the" or "The" && QuoteWords.IsPartyMember(doc.Word(end - 1))
                && gazetteer.IsPlaceName(text.AsSpan(doc.Words[first].Start, doc.Words[end - 2].End - doc.Words[first].Start)))
            {
                Add(text, structure, doc, gazetteer, mentions, first, end - 1, EntityType.Location);
                continue;
            }

            // Drop a leading honorific or title word the tagger included ("Mr. Blinken", "Commerce Gina Raimondo").
            int titled = first;
            while (end - first > 1 && IsDroppedTitle(doc, first, type))
            {
                first++;
            }

            // Unless what is left is an institution's head word: the title word, taken in or left out by the tagger, was
            // the start of its name ("the UN General Assembly", tagged as a person "Assembly").
            bool institution = false;
            if (type == TaggedPerson && end - first == 1 && OrganizationWords.Is(doc.Word(first), OrganizationFacets.Head))
            {
                if (first > titled)
                {
                    first = titled;
                    institution = true;
                }
                else if (first > 0 && char.IsUpper(doc.Word(first - 1)[0]) && IsDroppedTitle(doc, first - 1, TaggedPerson)
                    && OnlySpaces(text, doc.Words[first - 1].End, doc.Words[first].Start))
                {
                    first--;
                    institution = true;
                }
            }

            EntityType et = type switch
            {
                _ when institution => EntityType.Organization,
                TaggedPerson => EntityType.Person,
                TaggedOrganization => EntityType.Organization,
                TaggedLocation => EntityType.Location,
                _ => EntityType.Misc,
            };
            if (et == EntityType.Person && (HasNonPersonWord(doc, first, end) || (end - first == 1 && (doc.GazI[first] & Gazetteer.Title) != 0)))
            {
                continue; // site furniture ("Online Desk"), or the end of a title ("Secretary of Commerce")
            }

            if (HasAddressOrFileName(doc, first, end))
            {
                continue; // "reach me at RobBrnglsn@aol.com", "see Lisa_resume.doc": an address or a file, no name
            }

            if (et != EntityType.Person && IsSiteFurniture(doc, first, end))
            {
                continue; // "By Online Desk", "Posted by News Team | Online Desk": a desk, no organization
            }

            if (et == EntityType.Location && end - first == 1 && IsStateAfterName(doc, first, gazetteer))
            {
                continue; // "Sen. Ted Cruz (Tex.)": the senator's state, part of his name tag, not a place of the story
            }

            if (end - first == 1 && IsPartyTag(doc, first, gazetteer))
            {
                continue; // "Sen. Jane Roe (R-Neb.)", "Sen. Jane Roe, R-Neb., said": a party and a state, no entity
            }

            if (et == EntityType.Person && end - first == 1 && IsNoName(doc, first, gazetteer))
            {
                continue; // "Mr." alone, "Jr.", "Gov. Pat McCrory (R)", "Sen. Ted Cruz (Tex.)", "My" of a title in capitals
            }

            if (et == EntityType.Person && end - first == 1 && IsNameFragment(doc.Word(first)))
            {
                continue; // "Inc." or "Pavilion" cut off a longer name: no person
            }

            if (et == EntityType.Person && end - first == 1 && NonPersonShapes.AfterPossessiveDeterminer(doc, first))
            {
                continue; // "save our Country": a common noun capitalized
            }

            if (et == EntityType.Person && end - first == 1 && RegionAdjectives.Contains(doc.Word(first)))
            {
                et = EntityType.Misc; // "Hispanic voters": an adjective, no person (planets: CelestialBodies, on the tags)
            }

            if (et == EntityType.Person && first > 0 && IsInitial(doc.Word(first)) && IsGivenName(doc, first - 1) && char.IsUpper(doc.Word(first - 1)[0])
                && (mentions.Count == 0 || mentions[^1].EndWord < first) && OnlySpaces(text, doc.Words[first - 1].End, doc.Words[first].Start))
            {
                first--; // "Elizabeth A. Burton" tagged as "A. Burton": the given name before the initial is the name's
            }

            if (et == EntityType.Person && (NonPersonShapes.IsTownBeforeStateCode(doc, gazetteer, end) || NonPersonShapes.IsHometownAfterAge(doc, first)))
            {
                et = EntityType.Location; // "June 24 -- Jiffy Lube Live, Bristow, VA"; "Ryan Hollman, 31, of Hope"
            }
            else if (et == EntityType.Person && NonPersonShapes.IsPossessiveStoreName(doc, titled, end))
            {
                end++; // "Ford, Macy’s, Kellogg’s": the store's name holds its possessive
                et = EntityType.Organization;
            }

            if (IsWebName(doc.Word(end - 1)))
            {
                et = EntityType.Organization; // "Edmunds.com", "PanARMENIAN.Net": a site, so its company
            }

            if (et != EntityType.Person && end < doc.Count && end - first <= EntityRules.MaxStateBodyNameWords && char.IsUpper(doc.Word(end - 1)[0])
                && IsStateBody(text, doc, end, et != EntityType.Misc || gazetteer.Places.TryGetDemonym(doc.Word(end - 1), out _)))
            {
                // "the Chinese government", "the US military", "the Communist party": the institution, not the place.
                end++;
                et = EntityType.Organization;
            }
            else if (et == EntityType.Location && end - first >= 2 && char.IsUpper(doc.Word(end - 1)[0]) && OrganizationWords.Is(doc.Word(end - 1), OrganizationFacets.Head)
                && !gazetteer.IsPlaceName(text.AsSpan(doc.Words[first].Start, doc.Words[end - 1].End - doc.Words[first].Start)))
            {
                et = EntityType.Organization; // "Fort Worth Police Department", "Nigeria Police" read as places; not "West Bank"
            }

            if (et == EntityType.Person && end < doc.Count && IsLeadership(text, doc, end))
            {
                // "the Trump administration", "the Obama campaign": an institution named after its leader.
                end++;
                et = EntityType.Organization;
            }
            else if (et == EntityType.Person && end < doc.Count && IsCompanyWordAfter(text, doc, end))
            {
                // "Harlan Pike Productions" tagged as a person and an O: the company word closes the company's name.
                end++;
                et = EntityType.Organization;
            }
            else if (et == EntityType.Person && end - first >= EntityRules.MinPersonNameWords)
            {
                // "Dick Clark Productions", "Shoreline Amphitheatre": the last word names no person.
                et = TypeByLastWord(doc.Word(end - 1), et);
            }
            else if (et == EntityType.Organization && end - first >= 2 && char.IsUpper(doc.Word(end - 1)[0])
                && (LocalPlaceWords.IsRoad(doc.Word(end - 1)) || LocalPlaceWords.IsUnit(doc.Word(end - 1))))
            {
                et = EntityType.Location; // "Dunmore Drive", "Nassau County" read as organizations: a road or a county is a place
            }

            if (et != EntityType.Person && end - first > 2 && PersonAfterTitle(text, doc, gazetteer, first, end) is int name and > 0)
            {
                // "House Minority Leader Jane Roe" tagged as one organization: the name after the title is a person.
                // The words before it stay part of the person's title, not an organization of their own: the
                // speaker of "… Committee Chairman Jane Roe said" is the chairman.
                first = name;
                et = EntityType.Person;
            }
            else if (end - first == 1 && IsFragmentHead(text, doc, first))
            {
                continue; // "Office" of "British Foreign Office" the tagger cut off: a piece of a longer name, no entity
            }

            if (end - first <= EntityRules.MaxCompanyPlaceWords && mentions.Count > 0 && IsCompanyOfPlace(text, doc, gazetteer, mentions[^1], first, end))
            {
                // "Barnett Banks of Florida Inc": the company suffix closes the name before "of", not a company "Florida Inc".
                first = mentions[^1].FirstWord;
                mentions.RemoveAt(mentions.Count - 1);
                et = EntityType.Organization;
            }

            Add(text, structure, doc, gazetteer, mentions, first, end, et);
        }

        return mentions;
    }

    private static void Add(string text, PageStructure structure, NerDocument doc, Gazetteer gazetteer, List<EntityMention> mentions, int first, int end, EntityType et) =>
        AddSpan(text, structure, doc, gazetteer, mentions, TextSpan.FromBounds(doc.Words[first].Start, doc.Words[end - 1].End), first, end, et);

    /// <summary>Adds the mention of <paramref name="span"/>, which covers words [<paramref name="first"/>,
    /// <paramref name="end"/>) or the start of them ("New York" of "New York-based"), unless it is in an excluded page part.</summary>
    /// <returns>Whether it was added.</returns>
    private static bool AddSpan(string text, PageStructure structure, NerDocument doc, Gazetteer gazetteer, List<EntityMention> mentions, TextSpan span, int first, int end, EntityType et)
    {
        if (structure.IsExcluded(span))
        {
            return false;
        }

        var mention = new EntityMention(span, first, end, et, span.Slice(text).ToString());
        mention.Type = IsDatelineCity(structure, mention) ? EntityType.Location : EntityPlaces.TypeOfMention(mention.Text, et, gazetteer);
        mention.GivenNameFirst = IsGivenName(doc, first);
        // A region, not a country, closing the phrase: not "… spread in South America, Italy, Spain" nor "Windo, Van Niekerk".
        if (et == EntityType.Location && end + 1 < doc.Count && doc.Word(end) is "," && RegionOf(doc.Word(end + 1), gazetteer) is { Country: { } country }
            && !gazetteer.Places.TryGetCountry(doc.Word(end + 1), out _) && NonPersonShapes.EndsPhrase(doc, end + 1))
        {
            mention.RegionCountry = country;
        }

        mentions.Add(mention);
        return true;
    }

    /// <summary>Whether <paramref name="mention"/> is the city of the story's dateline ("PHILADELPHIA (AP) —"), a place
    /// whatever the tagger typed it (an organization: a team's city in sports text).</summary>
    private static bool IsDatelineCity(PageStructure structure, EntityMention mention) =>
        structure.Dateline is { City: { } city } dateline && dateline.Span.Contains(mention.Span)
        && mention.Text.Equals(city, StringComparison.OrdinalIgnoreCase);

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

    /// <summary>Runs of words with tags of one type, each starting at a B tag or after a word of another type; never across
    /// sentences. Type as <see cref="NerTagger.TypeOf"/>.</summary>
    internal static List<(int First, int End, int Type)> TagRuns(NerDocument doc, byte[] tags)
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
}
