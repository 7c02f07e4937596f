namespace NewsNlp;

/// <summary>The clause structure the subject finder climbs over: brackets and dash pairs between a subject and its
/// cue, fronted adverbials, and the subject of a trailing participle or a coordinated verb.</summary>
internal static partial class SubjectFinder
{
    /// <summary>The opening bracket of the bracketed words closed at <paramref name="close"/> (<c>(D-N.Y.)</c>,
    /// <c>(R-Texas)</c>), or <paramref name="close"/> itself when there is none close by.</summary>
    private static int BracketOpening(QuoteDocument doc, int close, int lower)
    {
        for (int k = close - 1; k >= lower && k >= close - QuoteRules.MaxBracketWords; k--)
        {
            if (doc.IsPunct(k, '('))
            {
                return k;
            }

            if (doc.Words[k].Region >= 0 || doc.IsPunct(k, ')'))
            {
                break;
            }
        }

        return close;
    }

    /// <summary>The first of two dashes around a parenthetical closed by the dash at <paramref name="close"/>
    /// (<c>-- John Doe, who lost in 2008 --</c>), or <paramref name="close"/> itself when there is none in the clause.</summary>
    private static int DashOpening(QuoteDocument doc, int close, int lower)
    {
        for (int k = close - 1; k >= lower && k >= close - QuoteRules.MaxAppositive; k--)
        {
            if (IsDash(doc, k))
            {
                return k;
            }

            if (doc.Words[k].Region >= 0 || doc.IsPunct(k, '.') || doc.IsPunct(k, ';'))
            {
                break;
            }
        }

        return close;
    }

    /// <summary>Whether word <paramref name="i"/> is a dash that can set off a parenthetical (<c>—</c>, <c>–</c>, <c>--</c>).</summary>
    private static bool IsDash(QuoteDocument doc, int i) => !doc.Words[i].IsWord && doc.W(i) is "—" or "–" or "--";

    /// <summary>The subject opening the clause that ends at word <paramref name="end"/> when no reporting verb names one: the
    /// frame before a quote (<c>He continued, “…”</c>, <c>Trump issued the following statement:</c>) or a sentence of
    /// narrative (<c>Howard went on with his remarks.</c>). Past a fronted adverbial or a dateline; default when no name,
    /// pronoun or speaker noun opens it.</summary>
    public static (int Start, int End) OpeningSubject(QuoteDocument doc, int end, int lower) => ParticipleSubject(doc, end, lower);

    /// <summary>A participle after the main clause (<c>Trump spoke for an hour, saying …</c>): its subject opens the
    /// sentence; <paramref name="comma"/> is the comma before the participle.</summary>
    private static (int Start, int End) ParticipleSubject(QuoteDocument doc, int comma, int lower)
    {
        int from = ClauseStart(doc, comma, AfterDateline(doc, lower, comma));
        for (int k = from; k < comma && k < from + QuoteRules.SubjectWindow; k++)
        {
            SubjectHead hk = HeadOf(doc, k);
            if (hk == SubjectHead.None || IsAllCaps(doc.W(k)))
            {
                continue; // the dateline city (WASHINGTON —) opens the sentence but says nothing
            }

            if (hk == SubjectHead.Pronoun)
            {
                return doc.Is(k, "who") ? default : (k, k + 1);
            }

            int e = k + 1;
            while (e < comma && doc.IsFrameWord(e) && (doc.Words[e].IsCapitalized && !QuoteWords.IsNotName(doc.W(e)) || HeadOf(doc, e) == SubjectHead.Nominal))
            {
                e++;
            }

            // With its determiner, and a common-noun possessor's ("The victim's mother testified, describing …").
            int s0 = k;
            if (s0 - 1 >= lower && doc.IsFrameWord(s0 - 1) && !doc.Words[s0 - 1].IsCapitalized && QuoteWords.IsPossessive(doc.W(s0 - 1)))
            {
                s0--;
            }

            if (s0 - 1 >= lower && doc.IsFrameWord(s0 - 1) && QuoteWords.IsCueDeterminer(doc.W(s0 - 1)))
            {
                s0--;
            }

            return (s0, e);
        }

        return default;
    }

    /// <summary>Where the main clause of the sentence before <paramref name="comma"/> starts: after a fronted adverbial
    /// (<c>Speaking in Salem, New Hampshire, Trump went after Bush, calling …</c>), at the first head after one of its
    /// commas that a verb follows; else at <paramref name="lower"/>.</summary>
    private static int ClauseStart(QuoteDocument doc, int comma, int lower)
    {
        if (lower >= comma)
        {
            return lower; // nothing after a dateline
        }

        ReadOnlySpan<char> first = doc.W(lower);
        bool fronted = doc.IsFrameWord(lower) && (IsPreposition(doc, lower) || QuoteWords.IsFrontedOpener(first)
            || (doc.Words[lower].IsCapitalized && first.EndsWith("ing", StringComparison.Ordinal)) || OpensWithTimePhrase(doc, comma, lower));
        for (int c = lower + 1; fronted && c + 1 < comma; c++)
        {
            if (!doc.IsPunct(c, ','))
            {
                continue;
            }

            int h = c + 1;
            SubjectHead head = HeadOf(doc, h);
            int e = h + 1;
            while (head == SubjectHead.Name && e < comma && doc.IsFrameWord(e) && doc.Words[e].IsCapitalized)
            {
                e++;
            }

            if (head != SubjectHead.None && e < comma && doc.IsFrameWord(e) && !doc.Words[e].IsCapitalized)
            {
                return h;
            }
        }

        return lower;
    }

    /// <summary>The first word after a dateline opening the clause at <paramref name="from"/> (<c>Washington (AFP) –</c>,
    /// <c>PARIS, Aug 31 (Reuters) -</c>): a dash right after a bracketed agency within the first words; else
    /// <paramref name="from"/>. The city, the month and the agency before it never speak.</summary>
    private static int AfterDateline(QuoteDocument doc, int from, int comma)
    {
        for (int k = from + 1; k < comma && k <= from + QuoteRules.MaxDatelineWords; k++)
        {
            if ((IsDash(doc, k) || doc.IsPunct(k, '-')) && doc.IsPunct(k - 1, ')'))
            {
                return k + 1;
            }
        }

        return from;
    }

    /// <summary>Whether the bracket from <paramref name="open"/> to <paramref name="close"/> holds a party and state
    /// (<c>(D-N.Y.)</c>, <c>(R)</c>, <c>(Ky.)</c>), not an acronym (<c>(OECD)</c>) that ends an organization's name.</summary>
    private static bool IsPartyBracket(QuoteDocument doc, int open, int close)
    {
        if (close - open != 2)
        {
            return close - open > 2;
        }

        ReadOnlySpan<char> w = doc.W(open + 1);
        return w.Length == 1 || w.EndsWith(".", StringComparison.Ordinal) || w.Contains('-');
    }

    /// <summary>Whether the sentence opens with a short time phrase up to its first comma (<c>Hours later,</c>, <c>Two
    /// days ago,</c>, <c>Late on Tuesday,</c>): a fronted adverbial whose capitalized first word is no subject.</summary>
    private static bool OpensWithTimePhrase(QuoteDocument doc, int comma, int lower)
    {
        for (int c = lower + 1; c < comma && c <= lower + QuoteRules.MaxTimePhraseWords; c++)
        {
            if (doc.IsPunct(c, ','))
            {
                ReadOnlySpan<char> last = doc.W(c - 1);
                return last is "ago" || CalendarWords.Is(last, CalendarFacets.TimeAdverb | CalendarFacets.Weekday | CalendarFacets.DayPart);
            }

            if (!doc.Words[c].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the nominal from article <paramref name="article"/> to <paramref name="end"/> is a document
    /// (<c>a statement</c>, <c>a letter</c>) that is the object of the verb before it (<c>Obama released a statement
    /// condemning …</c>): the verb's subject speaks, not the document.</summary>
    private static bool IsObjectDocument(QuoteDocument doc, int article, int end, int lower)
    {
        int v = article - 1;
        if (v < lower || !doc.IsFrameWord(v) || doc.Words[v].IsCapitalized || FunctionWords.Of(doc.W(v)) != FunctionWordKinds.None
            || QuoteWords.IsAuxiliary(doc.W(v)))
        {
            return false;
        }

        for (int i = article + 1; i <= end; i++)
        {
            ReadOnlySpan<char> w = doc.W(i);
            if (!doc.Words[i].IsCapitalized && ReportingLexicon.DocumentNouns.Contains(w)
                && !w.StartsWith("spokes", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="w"/> is a word in capitals long enough to be a dateline city.</summary>
    private static bool IsAllCaps(ReadOnlySpan<char> w)
    {
        if (w.Length < QuoteRules.MinDatelineCapsLength)
        {
            return false;
        }

        foreach (char c in w)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
