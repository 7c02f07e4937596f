namespace NewsNlp;

/// <summary>Names the speaker of a subject phrase: a known name (entity mention, or a surname matching an earlier
/// full name), a pronoun resolved to a person or organization named before (or the last speaker), a document or
/// spokesperson speaking for an organization (<c>a statement from the ministry</c>), or a nominal speaker in its own
/// words (<c>the company</c>, <c>officials</c>).</summary>
internal static class SpeakerResolver
{
    /// <summary>The speaker named by words [<paramref name="s"/>, <paramref name="e"/>) in paragraph
    /// <paramref name="paragraph"/>.</summary>
    public static SpeakerInfo Resolve(QuoteDocument doc, int s, int e, int paragraph)
    {
        QuoteWord[] words = doc.Words;

        // A document or spokesperson "of/from/for" an organization speaks for it.
        for (int i = s; i < e; i++)
        {
            if (!words[i].IsCapitalized && ReportingLexicon.DocumentNouns.Contains(doc.W(i)))
            {
                for (int k = i + 1; k < e; k++)
                {
                    if (doc.W(k) is "from" or "of" or "by" or "for")
                    {
                        int n = k + 1;
                        while (n < e && doc.Is(n, "the"))
                        {
                            n++;
                        }

                        if (n < e && words[n].IsCapitalized)
                        {
                            int ne = n + 1;
                            while (ne < e && words[ne].IsCapitalized)
                            {
                                ne++;
                            }

                            return ResolveName(doc, n, ne);
                        }
                    }
                }

                break;
            }
        }

        // The first capitalized run, when there is one (the "a spokesman for X" case aside).
        if (e - s == 1 && SubjectFinder.HeadOf(doc, e - 1) == SubjectHead.Pronoun)
        {
            return ResolvePronoun(doc, s, paragraph);
        }

        // "the Wisconsin Republican says …", "the Georgia Democrat shot back": a politician named by state and party is the
        // person who spoke last (news quotes a politician, then calls them so).
        if (IsPartyMemberNominal(doc, s, e))
        {
            Mention described = doc.MentionOf(s, e);
            return doc.LastSpeaker is { Kind: SpeakerKind.Person, EntityId: not null } member && paragraph - doc.LastSpeakerParagraph <= QuoteRules.PersonPronounParagraphs
                ? member with { Mention = described }
                : new SpeakerInfo(described.Text, null, described, SpeakerKind.Person, '\0'); // no one spoke lately: the description, never the state
        }

        // "The head of the PAC backing Gov. Jeb Bush, Mike Murphy": a name after the phrase's last comma is its appositive
        // and speaks, not a name among the nominal's modifiers.
        int from = s;
        for (int i = e - 2; i > s; i--)
        {
            if (doc.IsPunct(i, ','))
            {
                if (HasName(doc, i + 1, e))
                {
                    from = i + 1;
                }

                break;
            }
        }

        // "White House spokesman Josh Earnest", "Republican strategist Al Cardenas": the name after a lower-case speaker
        // noun or title speaks, not the name that modifies the noun; not after a plural or a preposition ("Daan Kaakebeen
        // of Dutch salvage experts Smit Tak").
        int nameStart = e;
        while (nameStart > from && words[nameStart - 1].IsCapitalized && !QuoteWords.IsNotName(doc.W(nameStart - 1)))
        {
            nameStart--;
        }

        if (nameStart < e && nameStart - 1 > from && !words[nameStart - 1].IsCapitalized && SubjectFinder.HeadOf(doc, nameStart - 1) == SubjectHead.Nominal
            && !QuoteWords.IsPlural(doc.W(nameStart - 1)) && HasName(doc, from, nameStart - 1) && !HasPreposition(doc, from, nameStart - 1))
        {
            return ResolveName(doc, nameStart, e);
        }

        for (int i = from; i < e; i++)
        {
            if (words[i].IsCapitalized && !QuoteWords.IsNotName(doc.W(i)))
            {
                int ne = i + 1;
                while (ne < e && (words[ne].IsCapitalized || ((doc.W(ne) is "of" or "for") && ne + 1 < e && words[ne + 1].IsCapitalized)))
                {
                    ne++;
                }

                // "Trump campaign officials": the name is a modifier; the speakers are the officials. "American officials",
                // "the Scottish government": a nationality alone is never the speaker, the phrase is.
                // "Russia's foreign ministry": a possessive name is a modifier too; so is a place ("a Cairo airport
                // official", "one West Virginia official": the official speaks, not the place).
                // "one GOP source", "a Democratic aide": a person noun after the name is the speaker, the name its modifier.
                if (ne < e && SubjectFinder.HeadOf(doc, e - 1) == SubjectHead.Nominal && !words[e - 1].IsCapitalized
                    && (QuoteWords.IsPlural(doc.W(e - 1)) || IsDemonymRun(doc, i, ne) || QuoteWords.IsPossessive(doc.W(ne - 1)) || doc.IsPlaceName(i, ne)
                        || !QuoteWords.IsOrganizationNoun(doc.W(e - 1))))
                {
                    break;
                }

                if (ne < e && IsAdjectiveRun(doc, i, ne) && SubjectFinder.AllLowerCase(doc, ne, e))
                {
                    break; // "French farm unions", "Western bankers": an adjective opens a noun phrase, which speaks
                }

                return ResolveName(doc, i, ne);
            }
        }

        // A nominal speaker: its own words, or the entity whose mention covers its head ("the company's board" aside, a
        // mention of "American" or "Scottish" inside the phrase names no speaker).
        Mention mention = doc.MentionOf(s, e);
        KnownMention? entity = FindOverlap(doc, mention.Span);
        if (entity is { } ent && ent.EntityId is not null && ent.End >= doc.Words[e - 1].End)
        {
            return Named(doc, ent, mention);
        }

        // "The prime minister said", "the airline said": the entity the article gave that title or kind.
        if (NominalResolver.Antecedent(doc, s, e) is { } antecedent)
        {
            return Named(doc, antecedent, mention);
        }

        // "…, the US military said in a statement. “…,” the statement said.": the statement is the last named speaker's (an
        // organization's or a person's; not "the report" or "the letter", which may be anyone's).
        if (e - s == 2 && doc.Is(s, "the") && doc.W(e - 1) is "statement" or "release" or "announcement"
            && doc.LastSpeaker is { Name: not null, EntityId: not null, Kind: SpeakerKind.Organization or SpeakerKind.Person } issuer
            && paragraph - doc.LastSpeakerParagraph <= QuoteRules.DocumentSpeakerParagraphs)
        {
            return issuer with { Mention = mention };
        }

        // "China’s ambassador to Britain warned …" and later "China’s ambassador to Britain Liu Xiaming has said": the
        // person the story names with the same words before the name.
        if (TitledLater(doc, s, e, mention) is { } titled)
        {
            return Named(doc, titled, mention);
        }

        ReadOnlySpan<char> head = doc.W(e - 1);
        // A person only when the head names one (a speaker noun, a title or role): "the label said" is no "she".
        SpeakerKind kind = QuoteWords.IsPlural(head) ? SpeakerKind.Group : QuoteWords.IsOrganizationNoun(head) ? SpeakerKind.Organization
            : SubjectFinder.HeadOf(doc, e - 1) == SubjectHead.Nominal ? SpeakerKind.Person : SpeakerKind.Unknown;
        char gender = QuoteWords.NounGender(head);
        return new SpeakerInfo(mention.Text, null, mention, kind, gender);
    }

    /// <summary>A capitalized run: a known name it overlaps or ends like, else the run itself without its titles.</summary>
    private static SpeakerInfo ResolveName(QuoteDocument doc, int s, int e)
    {
        // Drop leading titles unless the phrase is an organization ("U.S. State Department").
        int n = s;
        bool org = QuoteWords.IsOrganizationWord(doc.W(e - 1));
        if (!org)
        {
            n = NameFinder.NameStart(doc.Text, doc.Words, s, e);
        }
        else
        {
            while (n < e - 1 && QuoteWords.IsNotName(doc.W(n)))
            {
                n++;
            }
        }

        Mention mention = doc.MentionOf(n, e);
        var full = TextSpan.FromBounds(doc.Words[s].Start, doc.Words[e - 1].End);
        // A person's name that ends the phrase speaks, not an organization in its title ("Senate Agriculture Committee
        // Chairman Patrick Leahy said" is Leahy's).
        KnownMention? known = (org ? null : PersonEnding(doc, full)) ?? FindOverlap(doc, full);
        if (org && known is { IsPlace: true } part && part.End < full.End)
        {
            // "the British Foreign Office said": a place or nationality inside an organization's name is not the speaker;
            // the organization, in its own words, is.
            return new SpeakerInfo(mention.Text, null, mention, SpeakerKind.Organization, '\0');
        }

        known ??= FindByName(doc, mention.Text, mention.Span.Start);
        if (known is { } k)
        {
            return Named(doc, k, mention);
        }

        SpeakerKind kind = org ? SpeakerKind.Organization : SpeakerKind.Unknown;
        char gender = '\0';
        for (int i = s; i <= n && i < e; i++)
        {
            char g = QuoteWords.GenderOf(doc.W(i));
            if (g != '\0')
            {
                gender = g;
                kind = SpeakerKind.Person;
                break;
            }
        }

        if (kind == SpeakerKind.Unknown && n > s)
        {
            kind = SpeakerKind.Person; // titled: Sen. Doe
        }

        return new SpeakerInfo(mention.Text, null, mention, kind, gender);
    }

    /// <summary>The speaker named by known name <paramref name="k"/> at <paramref name="mention"/>, under the article's
    /// full form of the name (<see cref="NominalResolver.FullName"/>).</summary>
    private static SpeakerInfo Named(QuoteDocument doc, KnownMention k, Mention mention)
    {
        KnownMention full = NominalResolver.FullName(doc, k);
        return new SpeakerInfo(full.Name, full.EntityId, mention, full.Kind, full.Gender);
    }

    /// <summary>Whether [<paramref name="s"/>, <paramref name="e"/>) ends with "the", then at most a place, then a party
    /// member (<c>the Kentucky Republican</c>, <c>On Wednesday, the New York Democrat</c>; the article may stand just
    /// before the phrase).</summary>
    private static bool IsPartyMemberNominal(QuoteDocument doc, int s, int e)
    {
        if (e - 1 < s || !QuoteWords.IsPartyMember(doc.W(e - 1)))
        {
            return false;
        }

        int t = e - 1;
        while (t > s && t > e - 1 - QuoteRules.MaxPlaceNameWords && !doc.Is(t - 1, "the"))
        {
            t--;
        }

        // The place by the index alone: the tagger may have read "Kentucky Republican" as one name.
        return (t > s ? doc.Is(t - 1, "the") : s > 0 && doc.Is(s - 1, "the"))
            && (t == e - 1 || PlaceIndex.Default.Find(doc.Text.AsSpan(doc.Words[t].Start, doc.Words[e - 2].End - doc.Words[t].Start)) >= 0);
    }

    /// <summary>Whether a preposition stands in words [<paramref name="s"/>, <paramref name="e"/>).</summary>
    private static bool HasPreposition(QuoteDocument doc, int s, int e)
    {
        for (int i = s; i < e; i++)
        {
            if (SubjectFinder.IsPreposition(doc, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a capitalized name word stands in words [<paramref name="s"/>, <paramref name="e"/>).</summary>
    private static bool HasName(QuoteDocument doc, int s, int e)
    {
        for (int i = s; i < e; i++)
        {
            if (doc.Words[i].IsCapitalized && !QuoteWords.IsNotName(doc.W(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every word of [<paramref name="s"/>, <paramref name="e"/>) is an adjective, no name
    /// (<see cref="SubjectFinder.IsAdjectiveName"/>).</summary>
    private static bool IsAdjectiveRun(QuoteDocument doc, int s, int e)
    {
        for (int i = s; i < e; i++)
        {
            if (!SubjectFinder.IsAdjectiveName(doc.W(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the capitalized words [<paramref name="s"/>, <paramref name="e"/>) are all nationalities or
    /// country names (<c>American</c>, <c>South Korean</c> is two), a modifier of the nominal after them.</summary>
    private static bool IsDemonymRun(QuoteDocument doc, int s, int e)
    {
        for (int i = s; i < e; i++)
        {
            if (!PlaceIndex.Default.IsCountryOrDemonym(doc.W(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first person named later in the story after the words of <paramref name="nominal"/> (any case, a
    /// leading article aside) and at most <see cref="QuoteRules.MaxCataphoraGapWords"/> more words of the same title
    /// ("China’s ambassador" … "China’s ambassador to Britain Liu Xiaming"), or <see langword="null"/>; the nominal must
    /// keep <see cref="QuoteRules.MinCataphoraWords"/> words without its article ("the president" is too common).</summary>
    private static KnownMention? TitledLater(QuoteDocument doc, int s, int e, Mention nominal)
    {
        // One person, named by a person noun or title ("ambassador", "businessman"; not "sources", "polls", "his
        // campaign"), and no new or owned referent ("a longtime adviser", "my father").
        if (SubjectFinder.HeadOf(doc, e - 1) != SubjectHead.Nominal || QuoteWords.IsPlural(doc.W(e - 1)) || QuoteWords.IsOrganizationNoun(doc.W(e - 1))
            || FunctionWords.Is(doc.W(s), FunctionWordKinds.Possessive) || IsIndefinite(doc.W(s)))
        {
            return null;
        }

        ReadOnlySpan<char> words = nominal.Text.AsSpan();
        if (words.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            words = words[4..];
        }

        if (words.Count(' ') + 1 < QuoteRules.MinCataphoraWords)
        {
            return null;
        }

        List<KnownMention> known = doc.Known;
        for (int k = doc.KnownAt(nominal.Span.End), n = 0; k < known.Count && n < QuoteRules.MaxNameLookback; k++, n++)
        {
            KnownMention m = known[k];
            int from = Math.Max(nominal.Span.End, m.Start - words.Length - QuoteRules.MaxCataphoraGapChars);
            if (m.Kind != SpeakerKind.Person || m.Start - from <= words.Length)
            {
                continue;
            }

            ReadOnlySpan<char> before = doc.Text.AsSpan(from, m.Start - from);
            int at = before.LastIndexOf(words, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && IsTitleGap(before[(at + words.Length)..]))
            {
                return m;
            }
        }

        return null;
    }

    private static bool IsIndefinite(ReadOnlySpan<char> w) =>
        w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase)
        || w.Equals("one", StringComparison.OrdinalIgnoreCase) || w.Equals("another", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the text between a title's first words and the name is a few more words of it: at most
    /// <see cref="QuoteRules.MaxCataphoraGapWords"/> words, each capitalized or a title's small word ("to Britain",
    /// "Prime Minister"; not "show Prime Minister"), single spaces between, ending in a space.</summary>
    private static bool IsTitleGap(ReadOnlySpan<char> gap)
    {
        if (gap.IsEmpty || gap[0] != ' ' || gap[^1] != ' ' || gap.Count(' ') - 1 > QuoteRules.MaxCataphoraGapWords)
        {
            return false;
        }

        foreach (Range r in gap.Trim(' ').Split(' '))
        {
            ReadOnlySpan<char> w = gap.Trim(' ')[r];
            if (w.IsEmpty)
            {
                continue;
            }

            foreach (char c in w)
            {
                if (!char.IsLetter(c))
                {
                    return false;
                }
            }

            if (!char.IsUpper(w[0]) && w is not ("to" or "of" or "for" or "and" or "the"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The known person's mention that ends <paramref name="span"/>, if any.</summary>
    private static KnownMention? PersonEnding(QuoteDocument doc, TextSpan span)
    {
        List<KnownMention> known = doc.Known;
        for (int i = doc.KnownAt(span.Start - QuoteRules.MentionOverlapLookback); i < known.Count && known[i].Start < span.End; i++)
        {
            if (known[i].Kind == SpeakerKind.Person && known[i].End == span.End && known[i].Start >= span.Start)
            {
                return known[i];
            }
        }

        return null;
    }

    private static KnownMention? FindOverlap(QuoteDocument doc, TextSpan span)
    {
        List<KnownMention> known = doc.Known;
        KnownMention? best = null;
        int bestLen = 0;
        for (int i = doc.KnownAt(span.Start - QuoteRules.MentionOverlapLookback); i < known.Count && known[i].Start < span.End; i++)
        {
            KnownMention m = known[i];
            int overlap = Math.Min(m.End, span.End) - Math.Max(m.Start, span.Start);
            if (overlap <= 0)
            {
                continue;
            }

            // People and organizations first; a place inside a name ("U.S." in "U.S. State Department") loses.
            int score = overlap + (m.Kind is SpeakerKind.Person or SpeakerKind.Organization ? 1000 : 0);
            if (score > bestLen)
            {
                best = m;
                bestLen = score;
            }
        }

        return best;
    }

    private static KnownMention? FindByName(QuoteDocument doc, string name, int before)
    {
        // The latest earlier name whose canonical form ends with this surname, or equals it.
        List<KnownMention> known = doc.Known;
        int i = doc.KnownAt(before) - 1;
        string suffix = " " + name;
        string prefix = name + " "; // family name first: Qin (Gang), Xi (Jinping)
        for (int n = 0; i >= 0 && n < QuoteRules.MaxNameLookback; i--, n++)
        {
            KnownMention m = known[i];
            if (m.Name.Equals(name, StringComparison.Ordinal) || m.Name.EndsWith(suffix, StringComparison.Ordinal)
                || (m.Kind == SpeakerKind.Person && m.Name.StartsWith(prefix, StringComparison.Ordinal) && m.Name.IndexOf(' ', prefix.Length) < 0))
            {
                return m;
            }
        }

        // Later mentions too (a surname before the full name appears, as in a headline).
        for (int n = 0, j = Math.Max(0, doc.KnownAt(before)); j < known.Count && n < QuoteRules.MaxNameLookback; j++, n++)
        {
            KnownMention m = known[j];
            if (m.Kind == SpeakerKind.Person && (m.Name.Equals(name, StringComparison.Ordinal) || m.Name.EndsWith(suffix, StringComparison.Ordinal)))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>A pronoun: <c>he</c>/<c>she</c> to a person named earlier in the sentence, the last speaker, or the
    /// nearest person before; <c>it</c> to the last organization speaker or the nearest organization; <c>they</c>/<c>we</c>
    /// to the last group or organization speaker.</summary>
    private static SpeakerInfo ResolvePronoun(QuoteDocument doc, int i, int paragraph)
    {
        List<KnownMention> known = doc.Known;
        Mention mention = doc.MentionOf(i, i + 1);
        int start = mention.Span.Start;
        ReadOnlySpan<char> w = doc.W(i);
        bool he = w.Equals("he", StringComparison.OrdinalIgnoreCase);
        bool she = w.Equals("she", StringComparison.OrdinalIgnoreCase);
        int sinceLast = paragraph - doc.LastSpeakerParagraph;
        if (he || she)
        {
            char g = he ? 'm' : 'f';

            // A person named earlier in this sentence.
            for (int k = doc.KnownAt(start) - 1; k >= 0 && known[k].Start >= doc.SentenceStartChar; k--)
            {
                if (known[k].Kind == SpeakerKind.Person && Compatible(known[k].Gender, g) && !doc.IsQuoted(known[k].Start))
                {
                    return new SpeakerInfo(known[k].Name, known[k].EntityId, mention, SpeakerKind.Person, g);
                }
            }

            // The person the story turned to since the last speaker (Olsen toured the plant. She said …), when the
            // gender fits and is known.
            if (doc.SubjectSpeaker is { } subject && doc.SubjectSentence > doc.LastSpeakerSentence && subject.Gender == g
                && doc.SentenceOrdinal - doc.SubjectSentence <= QuoteRules.SubjectPronounSentences)
            {
                return subject with { Mention = mention };
            }

            if (doc.LastSpeaker is { Kind: SpeakerKind.Person } last && sinceLast <= QuoteRules.PersonPronounParagraphs
                && Compatible(last.Gender, g) && last.Name is not null)
            {
                return last with { Mention = mention, Gender = g };
            }

            // The nearest person of this gender, else the nearest whose gender is unknown.
            int unknown = -1;
            for (int k = doc.KnownAt(start) - 1; k >= 0 && start - known[k].Start < QuoteRules.PersonPronounLookback; k--)
            {
                if (known[k].Kind == SpeakerKind.Person && Compatible(known[k].Gender, g) && !doc.IsQuoted(known[k].Start))
                {
                    if (known[k].Gender == g)
                    {
                        return new SpeakerInfo(known[k].Name, known[k].EntityId, mention, SpeakerKind.Person, g);
                    }

                    unknown = unknown < 0 ? k : unknown;
                }
            }

            return unknown >= 0 ? new SpeakerInfo(known[unknown].Name, known[unknown].EntityId, mention, SpeakerKind.Person, g)
                : new SpeakerInfo(null, null, mention, SpeakerKind.Person, g);
        }

        if (w.Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            if (doc.LastSpeaker is { Kind: SpeakerKind.Organization } last && sinceLast <= QuoteRules.OrganizationPronounParagraphs && last.Name is not null)
            {
                return last with { Mention = mention };
            }

            for (int k = doc.KnownAt(start) - 1; k >= 0 && start - known[k].Start < QuoteRules.OrganizationPronounLookback; k--)
            {
                if (known[k].Kind == SpeakerKind.Organization)
                {
                    return new SpeakerInfo(known[k].Name, known[k].EntityId, mention, SpeakerKind.Organization, '\0');
                }
            }

            return new SpeakerInfo(null, null, mention, SpeakerKind.Organization, '\0');
        }

        if (w.Equals("they", StringComparison.OrdinalIgnoreCase) || w.Equals("we", StringComparison.OrdinalIgnoreCase))
        {
            // The organization or group the story turned to since the last speaker ("Dick Clark Productions denies … “…,”
            // they said."), then the last speaker of that kind.
            if (doc.SubjectSpeaker is { Kind: SpeakerKind.Organization or SpeakerKind.Group, Name: not null } subject
                && doc.SubjectSentence > doc.LastSpeakerSentence && doc.SentenceOrdinal - doc.SubjectSentence <= QuoteRules.SubjectPronounSentences)
            {
                return subject with { Mention = mention };
            }

            if (doc.LastSpeaker is { Kind: SpeakerKind.Organization or SpeakerKind.Group } last && sinceLast <= QuoteRules.GroupPronounParagraphs && last.Name is not null)
            {
                return last with { Mention = mention };
            }

            return new SpeakerInfo(null, null, mention, SpeakerKind.Group, '\0');
        }

        return new SpeakerInfo(null, null, mention, SpeakerKind.Unknown, '\0');
    }

    private static bool Compatible(char known, char wanted) => known == '\0' || known == wanted;
}
