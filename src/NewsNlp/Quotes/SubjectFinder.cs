namespace NewsNlp;

/// <summary>Finds the words naming who spoke for a cue: the subject to its left (past auxiliaries, appositives and
/// relative clauses: <c>Smith, who heads the agency, said</c>), to its right when inverted (<c>said Sen. Jane Doe</c>,
/// <c>said a spokesman</c>), the source after <c>according to</c>, and the subject of a trailing participle
/// (<c>Trump spoke for an hour, saying …</c>). Returns word ranges; <see cref="SpeakerResolver"/> names them.
/// The subject to the right of an inverted cue is in SubjectFinder.Inverted.cs; the clause structure climbed over (brackets,
/// dash pairs, fronted adverbials, participles) in SubjectFinder.Clauses.cs; the word tests (adjectives, contractions,
/// sentence-initial capitals, hometowns) in SubjectFinder.Words.cs.</summary>
internal static partial class SubjectFinder
{
    /// <summary>What word <paramref name="i"/> can head as a subject.</summary>
    public static SubjectHead HeadOf(QuoteDocument doc, int i)
    {
        if (!doc.IsFrameWord(i))
        {
            return SubjectHead.None;
        }

        ReadOnlySpan<char> w = doc.W(i);
        if (QuoteWords.IsSpeakerPronoun(w) && !IsAcronym(w))
        {
            return SubjectHead.Pronoun;
        }

        if (doc.Words[i].IsCapitalized)
        {
            if ((QuoteWords.IsNotName(w) && !IsAcronym(w)) || (i == doc.SentenceStartWord && !LooksLikeSentenceInitialName(doc, i)) || IsFunctionWordContraction(w))
            {
                // "Experts on trade said", "Some families said": a speaker noun or quantifier opening the sentence is
                // capitalized only for that.
                return i == doc.SentenceStartWord && (!QuoteWords.IsNotName(w) || FunctionWords.Is(w, FunctionWordKinds.Quantifier))
                    && ReportingLexicon.SpeakerNouns.Contains(w) ? SubjectHead.Nominal : SubjectHead.None;
            }

            return SubjectHead.Name;
        }

        // A speaker noun, or a person's title or role ("the whip", "the sheriff", "the billionaire businessman"), or age
        // ("the 46-year-old").
        return ReportingLexicon.SpeakerNouns.Contains(w) || Titles.Is(w, TitleFacets.Head | TitleFacets.Occupation | TitleFacets.Journalist)
            || QuoteWords.IsAgeNoun(w) ? SubjectHead.Nominal : SubjectHead.None;
    }

    /// <summary>Whether a pronoun's letters are an organization's acronym: "WHO", the World Health Organization, in
    /// capitals ("says WHO"), the one pronoun news writes as an acronym; a capitals headline's "SHE" or "THEY" stays a
    /// pronoun.</summary>
    private static bool IsAcronym(ReadOnlySpan<char> w) => w.SequenceEqual("WHO");

    /// <summary>Whether word <paramref name="i"/> is a preposition.</summary>
    public static bool IsPreposition(QuoteDocument doc, int i) => QuoteWords.IsPreposition(doc.W(i));

    /// <summary>The words naming who spoke for <paramref name="cue"/>: its subject to the left, or to the
    /// right when inverted (<c>said Sen. Jane Doe</c>, <c>according to …</c>).</summary>
    public static (int Start, int End) FindSubject(QuoteDocument doc, CueHit cue, int a, int b)
    {
        if (cue.According)
        {
            return AccordingPhrase(doc, cue.End, b);
        }

        // The left bound: the sentence start or the end of a quote to the left.
        int lower = a;
        for (int k = cue.Start - 1; k >= a && k >= cue.Start - QuoteRules.MaxAppositive - QuoteRules.SubjectWindow; k--)
        {
            if (doc.Words[k].Region >= 0)
            {
                lower = k + 1;
                break;
            }
        }

        if (cue.Start - 1 >= a && doc.IsPunct(cue.Start - 1, ',') && !QuoteWords.TakesListener(doc.W(cue.Start)) && ClosingRightSubject(doc, cue.End, b) is { End: > 0 } inverted)
        {
            // "For some, the losses would outstrip the gains, said Batchelder.": an inverted cue whose subject ends the
            // clause; the words between the earlier comma and the cue are its content, not an appositive.
            return inverted;
        }

        (int Start, int End) left = LeftSubject(doc, cue.Start, lower);
        if (left.End > left.Start)
        {
            return left;
        }

        if (lower > a && cue.Start - 1 >= a && (IsCoordinator(doc, cue.Start - 1, lower) || IsParticipleAfterQuote(doc, cue.Start, lower) || IsSequenceParticiple(doc, cue.Start, lower))
            && ParticipleSubject(doc, cue.Start - 1, a) is { End: > 0 } opening && opening.End < lower
            && (opening.Start == a || !IsPreposition(doc, opening.Start - 1)))
        {
            // A second verb phrase or a participle after a quote (Bush referred to Rubio as “a bright leader” but described …;
            // Trump has delivered a defense of “New York values,” saying …; … as "brave" before describing …): its subject
            // opens the sentence, before the quote; not a name after a preposition ("referred to Rubio").
            return opening;
        }

        // Inverted: “…,” said Sen. Jane Doe. / …, said Doe, a spokesman.
        int prev = cue.Start - 1;
        if (prev < a || doc.IsPunct(prev, ',') || doc.Words[prev].Region >= 0 || doc.IsPunct(prev, '—'))
        {
            return RightSubject(doc, cue.End, b);
        }

        return default;
    }

    /// <summary>Whether [<paramref name="from"/>, <paramref name="to"/>) is a description with a relative clause: an
    /// article and a common noun, then <c>that</c>, <c>who</c> or <c>which</c> ("The company that runs the AMAs"; not
    /// "Swanson, who is a pastor at …").</summary>
    private static bool HasRelativeBefore(QuoteDocument doc, int from, int to)
    {
        if (from + 1 >= to || !doc.IsFrameWord(from) || !QuoteWords.IsSubjectArticle(doc.W(from)) || doc.Words[from + 1].IsCapitalized)
        {
            return false; // a description opens with an article and a common noun ("The company that …"), not a name
        }

        for (int i = from + 2; i < to; i++)
        {
            if (doc.IsFrameWord(i) && doc.W(i) is "that" or "who" or "which")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last word of the name before a party and state set off by commas that ends at the comma
    /// <paramref name="j"/> (<c>McConnell, R-Ky.,</c>, <c>Doe, D-Texas,</c>), or -1.</summary>
    private static int PartyTagBefore(QuoteDocument doc, int j, int lower)
    {
        int k = j - 1;
        if (k > lower && doc.IsPunct(k, '.'))
        {
            k--; // "R-Ky" "." ","
        }

        if (k - 2 < lower || !doc.IsFrameWord(k) || !doc.IsPunct(k - 1, ','))
        {
            return -1;
        }

        ReadOnlySpan<char> w = doc.W(k);
        return w.Length >= 3 && w[0] is 'D' or 'R' or 'I' && w[1] == '-' && char.IsUpper(w[2]) ? k - 2 : -1;
    }

    /// <summary>The subject right after an inverted cue when it is a name or pronoun that closes the clause (a period, the
    /// sentence's end or a comma follows it: <c>…, said Batchelder.</c>, <c>…, said Lily Batchelder, a tax expert</c>), else
    /// default; not a time word (<c>…, said Tuesday</c>).</summary>
    private static (int Start, int End) ClosingRightSubject(QuoteDocument doc, int s, int b)
    {
        if (s >= b || !doc.IsFrameWord(s) || QuoteWords.IsTimeWord(doc.W(s)) || HeadOf(doc, s) is not (SubjectHead.Name or SubjectHead.Pronoun))
        {
            return default;
        }

        (int Start, int End) right = RightSubject(doc, s, b);
        return right.End > right.Start && (right.End >= b || doc.IsPunct(right.End, '.') || doc.IsPunct(right.End, ',')) ? right : default;
    }

    /// <summary>Whether word <paramref name="h"/> is a lower-case word right after an article (<c>the assailant</c>).</summary>
    private static bool IsArticleNoun(QuoteDocument doc, int h, int lower) =>
        h - 1 >= lower && doc.IsFrameWord(h) && doc.IsFrameWord(h - 1) && !doc.Words[h].IsCapitalized && QuoteWords.IsSubjectArticle(doc.W(h - 1));

    /// <summary>Whether the words [<paramref name="s"/>, <paramref name="e"/>) are a short adverbial with no name or
    /// pronoun (<c>once again</c>, <c>in a statement</c>, <c>too</c>).</summary>
    private static bool IsAdverbial(QuoteDocument doc, int s, int e)
    {
        if (e - s < 1 || e - s > QuoteRules.MaxSkippedAuxiliaries)
        {
            return false;
        }

        for (int i = s; i < e; i++)
        {
            if (!doc.IsFrameWord(i) || doc.Words[i].IsCapitalized || HeadOf(doc, i) != SubjectHead.None)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCoordinator(QuoteDocument doc, int i, int lower) => i >= lower && doc.IsFrameWord(i) && doc.W(i) is "and" or "but";

    /// <summary>Whether the cue at <paramref name="cue"/> is a participle right after "before", "after" or "while" that
    /// introduces a quote (<c>before saying, “…”</c>, <c>before describing … the “physical fight”</c>:
    /// <see cref="QuoteWords.IsSequenceConjunction"/>, <see cref="QuoteRules.SequenceQuoteWindow"/>).</summary>
    private static bool IsSequenceParticiple(QuoteDocument doc, int cue, int lower)
    {
        if (cue - 1 < lower || !doc.W(cue).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || !doc.IsFrameWord(cue - 1)
            || !QuoteWords.IsSequenceConjunction(doc.W(cue - 1)))
        {
            return false;
        }

        for (int k = cue + 1; k < doc.Words.Length && k <= cue + QuoteRules.SequenceQuoteWindow; k++)
        {
            if (doc.Words[k].Region >= 0)
            {
                return true;
            }

            if (doc.IsPunct(k, '.') || doc.IsPunct(k, ';'))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>Whether the cue at <paramref name="cue"/> is a participle right after a quote that ends with a comma
    /// (<c>“New York values,” saying</c>).</summary>
    private static bool IsParticipleAfterQuote(QuoteDocument doc, int cue, int lower) =>
        cue == lower && doc.W(cue).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && QuoteFinder.AfterQuotedComma(doc, cue - 1);

    /// <summary>The subject phrase ending at head <paramref name="h"/>: a name with the capitalized words (and
    /// <c>of</c>/<c>for</c> links) before it, a pronoun alone, or a nominal with its modifiers.</summary>
    public static (int Start, int End) ExpandLeft(QuoteDocument doc, int h, int lower, SubjectHead head)
    {
        if (head == SubjectHead.Pronoun)
        {
            return (h, h + 1);
        }

        int k = h;
        if (head == SubjectHead.Name)
        {
            // Keep the name and the nominal head behind it: "Trump campaign" is one phrase.
            while (k - 1 >= lower && doc.IsFrameWord(k - 1))
            {
                ReadOnlySpan<char> p = doc.W(k - 1);
                if (doc.Words[k - 1].IsCapitalized && !QuoteWords.IsNotName(p))
                {
                    k--;
                }
                else if ((p is "of" or "for") && k - 2 >= lower && doc.Words[k - 2].IsCapitalized && !QuoteWords.IsNotName(doc.W(k - 2)))
                {
                    k -= 2;
                }
                else
                {
                    break;
                }
            }

            return (k, h + 1);
        }

        // A nominal: take modifiers back to a determiner.
        for (int n = 0; n < QuoteRules.MaxNominalModifiers && k - 1 >= lower && doc.IsFrameWord(k - 1); n++)
        {
            ReadOnlySpan<char> p = doc.W(k - 1);
            if (ReportingVerbs.Verbs.Contains(p) || QuoteWords.IsAuxiliary(p) || QuoteWords.IsNominalStop(p))
            {
                break;
            }

            k--;

            // A possessor ends the phrase, with its own article when it is a common noun ("the victim's mother"); a
            // name is its own determiner ("China’s ambassador").
            bool possessor = QuoteWords.IsPossessive(p);
            if (QuoteWords.IsNominalOpener(p) || (possessor && doc.Words[k].IsCapitalized))
            {
                break;
            }

            if (possessor)
            {
                if (k - 1 >= lower && doc.IsFrameWord(k - 1) && QuoteWords.IsNominalOpener(doc.W(k - 1)))
                {
                    k--;
                }

                break;
            }
        }

        return (k, h + 1);
    }

    private static (int Start, int End) LeftSubject(QuoteDocument doc, int cueStart, int lower)
    {
        QuoteWord[] words = doc.Words;
        int j = cueStart - 1;
        if (j - 1 >= lower && doc.Is(j, "as") && ReportingLexicon.PassiveFrames.Contains(doc.W(j - 1)))
        {
            j -= 2; // Doe was quoted as saying …: the passive frame belongs to the cue, its subject is the speaker
        }

        int skipped = 0;
        while (j >= lower && skipped < QuoteRules.MaxSkippedAuxiliaries && words[j].IsWord
            && (QuoteWords.IsAuxiliary(doc.W(j)) || (doc.W(j).EndsWith("ly", StringComparison.Ordinal) && !words[j].IsCapitalized)))
        {
            j--;
            skipped++;
        }

        if (j < lower)
        {
            return default;
        }

        bool participle = doc.W(cueStart).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        if (doc.IsPunct(j, ',') && j == cueStart - 1 && participle)
        {
            return ParticipleSubject(doc, j, lower);
        }

        if (participle && j - 1 >= lower && doc.IsPunct(j - 1, ',') && doc.IsFrameWord(j) && QuoteWords.IsAdjunctOpener(doc.W(j)))
        {
            return ParticipleSubject(doc, j - 1, lower); // “…,” Doe said, while also saying that …: the participle's subject opens the sentence
        }

        if (participle && IsSequenceParticiple(doc, cueStart, lower) && (lower == 0 || doc.Words[lower - 1].Region < 0))
        {
            // McConnell deflected questions before saying …: the subject opens the clause (after a quote, see FindSubject).
            return ParticipleSubject(doc, cueStart - 1, lower);
        }

        if (doc.IsFrameWord(j) && doc.W(j) is "and" or "but")
        {
            // A second verb phrase: Carson did not mention them, but told his supporters …: its subject opens the sentence.
            return ParticipleSubject(doc, j, lower);
        }

        if (doc.IsPunct(j, ',') && j - 1 >= lower && doc.IsPunct(j - 1, ')') && BracketOpening(doc, j - 1, lower) is int bracket
            && bracket < j - 1 && bracket - 1 >= lower && HeadOf(doc, bracket - 1) == SubjectHead.Name && IsPartyBracket(doc, bracket, j - 1))
        {
            // …, Gov. John Kasich (R-OH), said: the comma closes the bracketed name, not an appositive.
            return ExpandLeft(doc, bracket - 1, lower, SubjectHead.Name);
        }

        if (doc.IsPunct(j, ',') && PartyTagBefore(doc, j, lower) is int tagged && tagged >= lower && HeadOf(doc, tagged) == SubjectHead.Name)
        {
            // Senate Majority Leader Mitch McConnell, R-Ky., said: the commas set off the party and state, not an appositive.
            return ExpandLeft(doc, tagged, lower, SubjectHead.Name);
        }

        if (doc.IsPunct(j, ','))
        {
            // An appositive or relative clause: Daniel Kritenbrink, assistant secretary of state, said …
            int commas = 0;
            for (int k = j - 1; k >= lower && k >= j - QuoteRules.MaxAppositive; k--)
            {
                if (words[k].Region >= 0 || doc.IsPunct(k, '.') || doc.IsPunct(k, ';'))
                {
                    break;
                }

                if (doc.IsPunct(k, ','))
                {
                    if (k + 2 < j && doc.IsFrameWord(k + 1) && doc.W(k + 1) is "and" or "but" && doc.IsFrameWord(k + 2)
                        && (QuoteWords.IsSubjectArticle(doc.W(k + 2)) || QuoteWords.IsClausePronoun(doc.W(k + 2))) && !doc.Words[k + 2].IsCapitalized)
                    {
                        break; // "… with Republicans, and the meeting deteriorated, said one source": a clause, not an appositive
                    }

                    int h = k - 1;
                    if (h > lower && doc.IsPunct(h, ')') && BracketOpening(doc, h, lower) is int opening && opening < h)
                    {
                        h = opening - 1; // Sen. Ann Coyle (D-Pa.), the committee chair, said: the name before its bracket
                    }

                    if (h >= lower && (HeadOf(doc, h) == SubjectHead.Nominal || IsArticleNoun(doc, h, lower))
                        && AppositiveName(doc, k + 1, j) is { End: > 0 } named && named.End == j)
                    {
                        // Another witness, former adviser John Doe, said …; the assailant, John McGraw, told …: the whole
                        // phrase, whose name is the speaker; any noun will do when the name follows it.
                        return (ExpandLeft(doc, h, lower, SubjectHead.Nominal).Start, named.End);
                    }

                    if (commas == 0 && HasRelativeBefore(doc, lower, k) && AppositiveName(doc, k + 1, j) is { End: > 0 } described && described.End == j
                        && !doc.IsPlaceName(described.Start, described.End))
                    {
                        // The company that runs the AMAs, Dick Clark Productions, denies …: a description with a relative
                        // clause, then the name it describes, which speaks (not the name inside the clause).
                        return described;
                    }

                    if (h >= lower && HeadOf(doc, h) == SubjectHead.Name && IsPlaceTail(doc, h, lower))
                    {
                        continue; // Donna Rawlings, 59, of Ashton, Md., who …, said: "of Ashton, Md." is where she is from
                    }

                    if (k + 2 == j && OrganizationWords.Is(doc.W(k + 1), OrganizationFacets.CompanySuffix))
                    {
                        continue; // Steve Menet, Senior Vice President of Sales for Dräger, Inc., says: "Inc." ends the company's name
                    }

                    if (h >= lower && HeadOf(doc, h) is SubjectHead.Name or SubjectHead.Nominal)
                    {
                        return ExpandLeft(doc, h, lower, HeadOf(doc, h));
                    }

                    if (h >= lower && commas == 0 && HeadOf(doc, h) == SubjectHead.Pronoun && !doc.Is(h, "who") && IsAdverbial(doc, k + 1, j))
                    {
                        return (h, h + 1); // "he, once again, pledged …": a pronoun before an adverbial set off by commas
                    }

                    if (++commas >= QuoteRules.MaxAppositiveCommas)
                    {
                        break;
                    }
                }
            }

            return default;
        }

        int stop = j - QuoteRules.SubjectWindow;
        (int Start, int End) inPhrase = default;
        for (int k = j; k >= lower && k > stop; k--)
        {
            if (!words[k].IsWord)
            {
                // A bracket or a dash pair between the subject and the cue is skipped whole: Sen. Chuck Schumer
                // (D-N.Y.) said / A former candidate -- John Doe, who lost in 2008 -- said.
                int open = doc.IsPunct(k, ')') ? BracketOpening(doc, k, lower) : IsDash(doc, k) ? DashOpening(doc, k, lower) : k;
                if (open < k)
                {
                    stop -= k - open;
                    k = open;
                    continue;
                }

                if (doc.IsPunct(k, ')') || doc.IsPunct(k, '(') || doc.IsPunct(k, '-') || doc.W(k) is "--")
                {
                    continue;
                }

                break;
            }

            if (k < j && (doc.Is(k, "that") || ReportingVerbs.Verbs.Contains(doc.W(k)) && !words[k].IsCapitalized))
            {
                if (k - 1 >= lower && doc.Is(k - 1, "who") && !doc.Is(k, "that"))
                {
                    continue; // "The groups who wrote to her on Thursday say …": the verb of a relative clause; its antecedent speaks
                }

                break;
            }

            if (k < j && QuoteWords.IsSubjectArticle(doc.W(k)) && !(k - 1 >= lower && doc.IsFrameWord(k - 1) && IsPreposition(doc, k - 1)))
            {
                if (IsObjectDocument(doc, k, j, lower) && LeftSubject(doc, k - 1, lower) is { End: > 0 } publisher)
                {
                    // Obama released a statement condemning …: the statement is the verb's object; its subject speaks.
                    return publisher;
                }

                return (k, j + 1); // the gambling tycoon told Reuters
            }

            SubjectHead head = HeadOf(doc, k);
            if (head == SubjectHead.Pronoun && doc.Is(k, "who"))
            {
                // … Smith, who heads the agency, said …: the antecedent before "who".
                int p = k - 1;
                if (p >= lower && doc.IsPunct(p, ','))
                {
                    p--;
                }

                if (p >= lower && HeadOf(doc, p) == SubjectHead.Name && IsPlaceTail(doc, p, lower)
                    && doc.IsPlaceName(ExpandLeft(doc, p, lower, SubjectHead.Name).Start, p + 1)
                    && (HometownOwner(doc, p, lower) is { End: > 0 } owner ? owner : LeftSubject(doc, k, lower)) is { End: > 0 } resident)
                {
                    return resident; // Alan Berger, a gynecologist from Englewood, New Jersey, who said …: not the state
                }

                if (p >= lower && HeadOf(doc, p) is SubjectHead.Name or SubjectHead.Nominal)
                {
                    return ExpandLeft(doc, p, lower, HeadOf(doc, p));
                }

                return p == k - 1 && IsArticleNoun(doc, p, lower) ? ExpandLeft(doc, p, lower, SubjectHead.Nominal) : default;
            }

            // "Carson in Baltimore called …": a place in a prepositional phrase is no subject; but a name right before a
            // participle is its subject ("with Gorka noting …", "footage of Trump saying, …").
            if (head == SubjectHead.Name && k - 1 >= lower && doc.IsFrameWord(k - 1) && IsPreposition(doc, k - 1) && !words[k - 1].IsCapitalized
                && !(participle && k == j))
            {
                continue;
            }

            if (head == SubjectHead.Name && k == j && HometownOwner(doc, k, lower) is { End: > 0 } townsman)
            {
                return townsman; // Stacy Baker of Columbia, South Carolina says …: the person, not her hometown
            }

            if (head != SubjectHead.None)
            {
                (int Start, int End) found = ExpandLeft(doc, k, lower, head);
                if (head == SubjectHead.Nominal && found.Start - 1 >= lower && doc.IsFrameWord(found.Start - 1) && !words[found.Start - 1].IsCapitalized
                    && IsPreposition(doc, found.Start - 1) && doc.W(found.Start - 1) is not ("of" or "for" or "from" or "by"))
                {
                    // "Analysts at the bank said": the bank is in a prepositional phrase ("a spokesman for the bank" speaks
                    // for it); it speaks only when no head comes before it ("Seven in 10 voters said").
                    inPhrase = inPhrase.End > 0 ? inPhrase : found;
                    k = found.Start;
                    continue;
                }

                if (head == SubjectHead.Nominal && IsObjectDocument(doc, found.Start, k, lower)
                    && LeftSubject(doc, found.Start - 1, lower) is { End: > 0 } publisher)
                {
                    return publisher; // as above: the document is an object
                }

                if (head == SubjectHead.Nominal && k < j && FunctionWords.Is(doc.W(k), FunctionWordKinds.Quantifier))
                {
                    return (found.Start, j + 1); // "some environmental groups acknowledge": the quantifier's noun phrase speaks
                }

                if (head == SubjectHead.Name && k < j && IsAdjectiveName(doc.W(k)) && AllLowerCase(doc, k + 1, j + 1))
                {
                    return (found.Start, j + 1); // "French farm unions said", "Western bankers say": the adjective's noun phrase speaks
                }

                return found;
            }
        }

        return inPhrase;
    }
}
