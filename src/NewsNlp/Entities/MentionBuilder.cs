namespace NewsNlp;

/// <summary>Turns the tagger's tags into mentions: runs of one entity type, a place joined to the organization after
/// it, quote marks and punctuation trimmed off the edges, honorifics and title words dropped, site furniture
/// ("Online Desk"), party-and-state tags ("(R-Neb.)") and excluded page parts skipped, a "person" retyped by its last word
/// (a company's or a venue's), then typed by the alias table and demonyms.</summary>
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

            // A compound modifier is no part of the name it modifies ("The Geneva-based World Trade Organization").
            while (end - first > 1 && IsCompoundModifier(doc.Word(first)))
            {
                first++;
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

            if (HasEmailAddress(doc, first, end))
            {
                continue; // "reach me at RobBrnglsn@aol.com": an address, no name
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

            if (et == EntityType.Person && end - first == 1 && (CelestialNames.Contains(doc.Word(first)) || RegionAdjectives.Contains(doc.Word(first))))
            {
                et = EntityType.Misc; // "beyond Earth", "Jupiter’s moons", "Hispanic voters": a planet or an adjective, no person
            }

            if (et == EntityType.Person && first > 0 && IsInitial(doc.Word(first)) && IsGivenName(doc, first - 1) && char.IsUpper(doc.Word(first - 1)[0])
                && (mentions.Count == 0 || mentions[^1].EndWord < first) && OnlySpaces(text, doc.Words[first - 1].End, doc.Words[first].Start))
            {
                first--; // "Elizabeth A. Burton" tagged as "A. Burton": the given name before the initial is the name's
            }

            if (et == EntityType.Person && NonPersonShapes.IsTownBeforeStateCode(doc, gazetteer, end))
            {
                et = EntityType.Location; // "June 24 -- Jiffy Lube Live, Bristow, VA"
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

    private static void Add(string text, PageStructure structure, NerDocument doc, Gazetteer gazetteer, List<EntityMention> mentions, int first, int end, EntityType et)
    {
        TextSpan span = TextSpan.FromBounds(doc.Words[first].Start, doc.Words[end - 1].End);
        if (structure.IsExcluded(span))
        {
            return;
        }

        var mention = new EntityMention(span, first, end, et, span.Slice(text).ToString());
        mention.Type = EntityPlaces.TypeOfMention(mention.Text, et, gazetteer);
        mention.GivenNameFirst = IsGivenName(doc, first);
        // A region, not a country, closing the phrase: not "… spread in South America, Italy, Spain" nor "Windo, Van Niekerk".
        if (et == EntityType.Location && end + 1 < doc.Count && doc.Word(end) is "," && RegionOf(doc.Word(end + 1), gazetteer) is { Country: { } country }
            && !gazetteer.Places.TryGetCountry(doc.Word(end + 1), out _) && NonPersonShapes.EndsPhrase(doc, end + 1))
        {
            mention.RegionCountry = country;
        }

        mentions.Add(mention);
    }

    /// <summary>Whether the words either side of <paramref name="end"/> cannot be inside one name: two acronyms ("ISP
    /// AOL"), or a compound modifier before a name ("Paris-based IEA").</summary>
    private static bool IsNameJunction(NerDocument doc, int end)
    {
        return (doc.Cls[end - 1] == NerDocument.ClsAllCaps && doc.Cls[end] == NerDocument.ClsAllCaps) || LowerCasePartAfterHyphen(doc.Word(end - 1)) > 0;
    }

    /// <summary>Where the lower-case part after a word's last hyphen starts (<c>based</c> of <c>Paris-based</c>), or -1
    /// (<c>Coca-Cola</c>, <c>al-Qaeda</c>).</summary>
    private static int LowerCasePartAfterHyphen(ReadOnlySpan<char> word)
    {
        int hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]) ? hyphen + 1 : -1;
    }

    /// <summary>Whether <paramref name="word"/> is a compound modifier: its lower-case last part a participle or a
    /// modifier's noun, or the end of a longer compound (<c>Paris-based</c>, <c>U.S.-led</c>, <c>Hindi-language</c>,
    /// <c>Seventeen-year-old</c>); not a name's own lower-case part (<c>Blu-ray</c>).</summary>
    private static bool IsCompoundModifier(ReadOnlySpan<char> word)
    {
        int part = LowerCasePartAfterHyphen(word);
        if (part < 0)
        {
            return false;
        }

        ReadOnlySpan<char> last = word[part..];
        return last.EndsWith("ed", StringComparison.Ordinal) || word[..(part - 1)].Contains('-') || last is "language" or "owner" or "born" or "old";
    }

    /// <summary>Whether <paramref name="word"/> is a middle initial: a capital and a period (<c>A.</c>).</summary>
    private static bool IsInitial(ReadOnlySpan<char> word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    /// <summary>Whether <paramref name="word"/> is a capital and lower-case letters only (<c>Silvia</c>; not <c>AP</c>,
    /// <c>Trump's</c>).</summary>
    private static bool IsTitleCaseWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (char c in word[1..])
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a word of [<paramref name="first"/>, <paramref name="end"/>) is a function word (<c>To</c>,
    /// <c>About</c>, <c>The</c>): no part of a person's name.</summary>
    private static bool HasFunctionWord(NerDocument doc, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (FunctionWords.Of(doc.Word(i)) != FunctionWordKinds.None)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence holding word <paramref name="i"/> is written in title case or capitals (a headline or
    /// subhead; <see cref="HeadlineNames.IsTitleCaseCount"/>).</summary>
    private static bool InTitleCaseSentence(NerDocument doc, int i)
    {
        (int a, int b) = doc.SentenceOf(i);
        int words = 0, capitalized = 0;
        for (int k = a; k < b; k++)
        {
            byte c = doc.Cls[k];
            if (c is NerDocument.ClsLower or NerDocument.ClsInitCap or NerDocument.ClsAllCaps or NerDocument.ClsMixed)
            {
                words++;
                capitalized += c != NerDocument.ClsLower || QuoteWords.IsTitleSmallWord(doc.Word(k)) ? 1 : 0;
            }
        }

        return HeadlineNames.IsTitleCaseCount(words, capitalized);
    }

    /// <summary>Whether the word is a given name of <see cref="FirstNames"/> or of the tagger's name list.</summary>
    private static bool IsGivenName(NerDocument doc, int i) => FirstNames.Contains(doc.Word(i)) || (doc.GazB[i] & Gazetteer.FirstName) != 0;

    /// <summary>Whether the word is a title (<see cref="Titles"/> or the tagger's title list), not a name affix:
    /// "St" starts places ("St Louis").</summary>
    private static bool IsTitleWord(NerDocument doc, int i)
    {
        TitleFacets facets = Titles.Of(doc.Word(i));
        return (facets & TitleFacets.NameAffix) == 0 && (facets != TitleFacets.None || (doc.GazB[i] & Gazetteer.Title) != 0);
    }

    /// <summary>The first word of a person's name (two or three capitalized words starting with a given name) right after
    /// a title word at the end of a mention of another type, or -1.</summary>
    private static int PersonAfterTitle(string text, NerDocument doc, Gazetteer gazetteer, int first, int end)
    {
        // "Prince Edward Island", "St Louis Merchants": a title word that starts a place is no title.
        if (gazetteer.IsPlaceName(text.AsSpan(doc.Words[first].Start, doc.Words[end - 1].End - doc.Words[first].Start)))
        {
            return -1;
        }

        for (int words = EntityRules.MinNameWordsAfterTitle; words <= EntityRules.MaxNameWordsAfterTitle; words++)
        {
            int name = end - words;
            if (name - 1 < first || !IsTitleWord(doc, name - 1) || !IsGivenName(doc, name) ||
                gazetteer.IsPlaceName(text.AsSpan(doc.Words[name - 1].Start, doc.Words[name].End - doc.Words[name - 1].Start)))
            {
                continue;
            }

            bool plain = true;
            for (int i = name; i < end && plain; i++)
            {
                ReadOnlySpan<char> w = doc.Word(i);
                plain = char.IsUpper(w[0]) && !IsTitleWord(doc, i) && OrganizationWords.Of(w) == OrganizationFacets.None &&
                    FunctionWords.Of(w) == FunctionWordKinds.None && (i == name || !gazetteer.IsPlaceName(w));
            }

            if (plain)
            {
                return name;
            }
        }

        return -1;
    }

    /// <summary>Whether the mention [<paramref name="first"/>, <paramref name="end"/>) is a place and a company suffix
    /// right after "of" that directly follows <paramref name="previous"/>: the end of the previous name.</summary>
    private static bool IsCompanyOfPlace(string text, NerDocument doc, Gazetteer gazetteer, EntityMention previous, int first, int end)
    {
        // Only a place before the suffix: "Jane Roe of Acme Data Inc" is a person at a company, two names.
        return end - first >= 2 && previous.EndWord == first - 1 && OrganizationWords.Is(doc.Word(end - 1), OrganizationFacets.CompanySuffix) &&
            gazetteer.IsPlaceName(text.AsSpan(doc.Words[first].Start, doc.Words[end - 2].End - doc.Words[first].Start)) &&
            doc.Word(first - 1).Equals("of", StringComparison.Ordinal) &&
            OnlySpaces(text, doc.Words[first - 2].End, doc.Words[first - 1].Start) && OnlySpaces(text, doc.Words[first - 1].End, doc.Words[first].Start);
    }

    /// <summary>Whether the one word at <paramref name="i"/> is the head noun of an organization ("Office", "Network")
    /// written right after a capitalized word or a possessive: the end of a longer name the tagger cut off.</summary>
    private static bool IsFragmentHead(string text, NerDocument doc, int i)
    {
        if (i == 0 || !OrganizationWords.Is(doc.Word(i), OrganizationFacets.CommonNoun) || !char.IsUpper(doc.Word(i)[0]))
        {
            return false;
        }

        ReadOnlySpan<char> before = doc.Word(i - 1);
        return FunctionWords.Of(before) == FunctionWordKinds.None && OnlySpaces(text, doc.Words[i - 1].End, doc.Words[i].Start) &&
            (char.IsUpper(before[0]) || before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("’s", StringComparison.Ordinal) ||
             before is "'s" or "’s");
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

    /// <summary>Whether the word at <paramref name="i"/> is a party and a place after a politician's name: in brackets
    /// (<c>(R-Neb.)</c>, <c>(D-Richmond)</c>), or between commas with a US state (<c>, D-Texas,</c>; not "D-Day").</summary>
    private static bool IsPartyTag(NerDocument doc, int i, Gazetteer gazetteer)
    {
        ReadOnlySpan<char> w = doc.Word(i);
        if (i == 0 || doc.Word(i - 1) is not ("(" or ",") || w.Length < 3 || w[0] is not ('D' or 'R' or 'I') || w[1] != '-' || !char.IsUpper(w[2]))
        {
            return false;
        }

        if (doc.Word(i - 1) is "(")
        {
            return true;
        }

        return IsUsState(w[2..], gazetteer);
    }

    /// <summary>Whether <paramref name="word"/>, with or without one trailing period, is a US state in the gazetteer
    /// (<c>Neb.</c>, <c>Tex.</c>, <c>Ohio</c>).</summary>
    private static bool IsUsState(ReadOnlySpan<char> word, Gazetteer gazetteer) => RegionOf(word, gazetteer)?.Country == "US";

    /// <summary>The region <paramref name="word"/> names, with or without one trailing period (<c>Neb.</c>, <c>Ohio</c>, <c>VA</c>).</summary>
    private static PlaceRegion? RegionOf(ReadOnlySpan<char> word, Gazetteer gazetteer) =>
        gazetteer.Places.TryGetRegion(word, out PlaceRegion region) ||
        (word.Length > 1 && word[^1] == '.' && gazetteer.Places.TryGetRegion(word[..^1], out region)) ? region : null;

    /// <summary>Whether a one-word "person" at <paramref name="i"/> can name no one: an honorific, abbreviated title or
    /// name affix alone (<c>Mr.</c>, <c>Rep.</c>, <c>Jr.</c>: the name it belongs to was cut off), a function word
    /// capitalized in a title (<c>My</c>, <c>An</c>), a party letter (<c>Gov. Pat McCrory (R)</c>), or a US state in
    /// brackets or abbreviated (<c>Sen. Ted Cruz (Tex.)</c>, <c>Eau Claire, Wis.</c>). Full title words stay: they are surnames too (<c>King</c>, <c>Bishop</c>).</summary>
    private static bool IsNoName(NerDocument doc, int i, Gazetteer gazetteer)
    {
        ReadOnlySpan<char> w = doc.Word(i);
        if (Titles.Is(w, TitleFacets.Honorific | TitleFacets.Abbreviation | TitleFacets.NameAffix) || FunctionWords.Of(w) != FunctionWordKinds.None)
        {
            return true;
        }

        bool bracketed = IsBracketed(doc, i);
        bool abbreviated = w.Length > 2 && w[^1] == '.';
        return (bracketed && w.Length == 1 && char.IsAsciiLetterUpper(w[0]))
            || ((bracketed || abbreviated) && IsUsState(w, gazetteer));
    }

    /// <summary>Whether the word at <paramref name="i"/> stands alone in brackets.</summary>
    private static bool IsBracketed(NerDocument doc, int i) => i > 0 && doc.Word(i - 1) is "(" && i + 1 < doc.Count && doc.Word(i + 1) is ")";

    /// <summary>Whether the word at <paramref name="i"/> is a US state abbreviated in brackets (<c>(Tex.)</c>), the
    /// state a politician's name is tagged with.</summary>
    private static bool IsStateAfterName(NerDocument doc, int i, Gazetteer gazetteer)
    {
        ReadOnlySpan<char> w = doc.Word(i);
        return w.Length > 2 && w[^1] == '.' && IsBracketed(doc, i) && IsUsState(w, gazetteer);
    }

    /// <summary>Whether a word of [<paramref name="first"/>, <paramref name="end"/>) is an e-mail address: an "@" with
    /// a letter or digit before it (a handle, "@Reuters", has none).</summary>
    private static bool HasEmailAddress(NerDocument doc, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            ReadOnlySpan<char> w = doc.Word(i);
            int at = w.IndexOf('@');
            if (at > 0 && char.IsLetterOrDigit(w[at - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every word of [<paramref name="first"/>, <paramref name="end"/>) with a letter is a newsroom
    /// word (<c>Online Desk</c>, <c>News Team</c>): site furniture, no name.</summary>
    private static bool IsSiteFurniture(NerDocument doc, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (CharScan.ContainsLetterOrDigit(doc.Word(i)) && !OrganizationWords.Is(doc.Word(i), OrganizationFacets.Newsroom))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a one-word "person" is a piece of a longer name the tagger cut off: a company suffix ("Inc.") or
    /// the last word of a venue's or road's name ("Pavilion").</summary>
    private static bool IsNameFragment(ReadOnlySpan<char> word) =>
        OrganizationWords.Is(word, OrganizationFacets.CompanySuffix) || LocalPlaceWords.IsFacility(word);

    /// <summary>Whether a name's last word is a web address's host name (<c>Edmunds.com</c>, <c>Axios.org</c>).</summary>
    public static bool IsWebName(ReadOnlySpan<char> word) =>
        word.Length > 4 && char.IsLetterOrDigit(word[0]) &&
        (word.EndsWith(".com", StringComparison.OrdinalIgnoreCase) || word.EndsWith(".net", StringComparison.OrdinalIgnoreCase)
         || word.EndsWith(".org", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the word at <paramref name="i"/>, right after a place's, people's or party's name, is a
    /// lower-case noun that makes it an institution (<see cref="OrganizationFacets.StateBody"/>).</summary>
    /// <remarks>After an other name that is no place or people (<paramref name="placeOrPeople"/> false: "Tory", "Republican") only a
    /// governing noun or "party" counts: not "Muslim police", "New Years Eve party".</remarks>
    private static bool IsStateBody(string text, NerDocument doc, int i, bool placeOrPeople) =>
        IsNounAfterName(text, doc, i, OrganizationFacets.StateBody) && (placeOrPeople
            || (OrganizationWords.Is(doc.Word(i), OrganizationFacets.Leadership) || doc.Word(i) is "party") && (i < 2 || !char.IsUpper(doc.Word(i - 2)[0])));

    /// <summary>Whether the word at <paramref name="i"/>, right after a person's name, is a lower-case noun that makes
    /// the name an institution ("administration", "campaign", "government", "regime"), not a possessive's object
    /// ("Trump's campaign" is the person's).</summary>
    private static bool IsLeadership(string text, NerDocument doc, int i) => IsNounAfterName(text, doc, i, OrganizationFacets.Leadership);

    /// <summary>Whether the word at <paramref name="i"/>, right after a name, is a capitalized company word
    /// (<c>Productions</c>, <c>Inc.</c>) set off by spaces only.</summary>
    private static bool IsCompanyWordAfter(string text, NerDocument doc, int i)
    {
        ReadOnlySpan<char> w = doc.Word(i);
        return w.Length > 1 && char.IsUpper(w[0]) && OrganizationWords.Is(w, OrganizationFacets.Company | OrganizationFacets.CompanySuffix)
            && OnlySpaces(text, doc.Words[i - 1].End, doc.Words[i].Start);
    }

    /// <summary>Whether the word at <paramref name="i"/> is a lower-case organization word of <paramref name="facet"/>
    /// set off from the name before it by spaces only.</summary>
    private static bool IsNounAfterName(string text, NerDocument doc, int i, OrganizationFacets facet)
    {
        ReadOnlySpan<char> w = doc.Word(i);
        return w.Length > 0 && char.IsLower(w[0]) && OrganizationWords.Is(w, facet) && OnlySpaces(text, doc.Words[i - 1].End, doc.Words[i].Start);
    }

    /// <summary>The type of a name of several words the tagger read as a person's, by its last word: a place when it
    /// ends like a building, venue or road (<see cref="LocalPlaceWords"/>), an organization when it ends like a company
    /// or a group (<see cref="OrganizationFacets.Company"/>, <see cref="OrganizationFacets.CompanySuffix"/>).</summary>
    private static EntityType TypeByLastWord(ReadOnlySpan<char> last, EntityType type) =>
        LocalPlaceWords.IsFacility(last) ? EntityType.Location
        : OrganizationWords.Is(last, OrganizationFacets.Company | OrganizationFacets.CompanySuffix) ? EntityType.Organization
        : type;

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
