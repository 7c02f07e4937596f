namespace NewsNlp;

/// <summary>Finds reporting cues outside quotation marks: reporting verbs and multi-word cues from
/// <see cref="ReportingLexicon"/>, <c>according to</c>, and title-case headline verbs (<c>Clinton Says …</c>); rejects
/// verbs that do not report here (a name like <c>State Department</c>, <c>the said company</c>, the passive
/// <c>he was told</c>, the participle <c>reported by</c>, and weak verbs without a complement).</summary>
internal static class CueFinder
{
    /// <summary>Whether word <paramref name="i"/> of sentence [<paramref name="a"/>, <paramref name="b"/>) starts a
    /// reporting cue, and which.</summary>
    public static bool TryCue(QuoteDocument doc, int i, int a, int b, out CueHit cue)
    {
        cue = default;
        ReadOnlySpan<char> word = doc.W(i);
        int end = -1;
        bool according = false;
        if (ReportingLexicon.Phrases.TryGetContinuations(word, out string[][] continuations))
        {
            foreach (string[] rest in continuations)
            {
                int k = i + 1;
                bool ok = true;
                foreach (string part in rest)
                {
                    if (k >= b || !doc.IsFrameWord(k) || !doc.W(k).Equals(part, StringComparison.OrdinalIgnoreCase))
                    {
                        ok = false;
                        break;
                    }

                    k++;
                }

                if (ok)
                {
                    end = k;
                    according = word.Equals("according", StringComparison.OrdinalIgnoreCase);
                    break;
                }
            }
        }

        if (end < 0 && ReportingVerbs.Verbs.Contains(word))
        {
            end = i + 1;
        }

        if (end < 0 || (!according && !Reports(doc, i, end, a, b)))
        {
            return false;
        }

        cue = new CueHit(i, end, doc.Text[doc.Words[i].Start..doc.Words[end - 1].End], according);
        return true;
    }

    /// <summary>Where the cues of sentence [<paramref name="a"/>, <paramref name="b"/>) may start: after a fronted
    /// adverbial clause (<c>Although no group claimed responsibility, officials said …</c>: what the clause reports is
    /// background, and its subject is not the speaker of the sentence), else at <paramref name="a"/>.</summary>
    public static int FrontedClauseEnd(QuoteDocument doc, int a, int b)
    {
        int s = a;
        while (s < b && doc.Words[s].Start < doc.LeadEnd)
        {
            s++; // KABUL (AP) — Although …
        }

        if (s >= b || !doc.IsFrameWord(s) || !QuoteWords.IsClauseSubordinator(doc.W(s)))
        {
            return a;
        }

        a = s;
        if (!doc.IsFrameWord(a) || !QuoteWords.IsClauseSubordinator(doc.W(a)))
        {
            return a;
        }

        for (int k = a + 1; k < b && k <= a + QuoteRules.MaxFrontedClauseWords; k++)
        {
            if (doc.Words[k].Region >= 0)
            {
                return a;
            }

            if (doc.IsPunct(k, ','))
            {
                // While some protesters chanted, “Red for Ed,” …: the clause's cue introduces the quote after its comma
                // and keeps it.
                bool introducesQuote = k + 1 < b && doc.Words[k + 1].Region >= 0 && doc.IsFrameWord(k - 1)
                    && ReportingVerbs.Verbs.Contains(doc.W(k - 1));
                return introducesQuote ? a : k + 1;
            }
        }

        return a;
    }

    /// <summary>Whether <paramref name="cue"/> is an adjunct phrase (<c>in a statement</c>), which is a cue alone but only
    /// an adjunct right after a reporting verb (<c>the airline said in a statement</c>).</summary>
    public static bool IsAdjunctCue(CueHit cue) => cue.Text.StartsWith("in ", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the reporting verb at <paramref name="i"/> (cue words up to <paramref name="end"/>) reports
    /// speech here.</summary>
    private static bool Reports(QuoteDocument doc, int i, int end, int a, int b)
    {
        ReadOnlySpan<char> word = doc.W(i);

        // A capitalized verb mid-sentence is a name ("State Department", "Washington Post").
        if (doc.Words[i].IsCapitalized && i > a && !ReportingLexicon.HeadlineCues.Contains(word))
        {
            return false;
        }

        if (i > a && doc.Words[i - 1].IsWord)
        {
            ReadOnlySpan<char> prev = doc.W(i - 1);
            if ((QuoteWords.IsCueDeterminer(prev) && !IsSpeakerBeforeVerb(prev, word))
                || prev.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || prev.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
            {
                return false; // "the said company", "his claims", "Trump's remarks", "an official statement"
            }

            if (i - 1 > a && word.EndsWith("s", StringComparison.Ordinal) && ReportingVerbs.WeakVerbs.Contains(word)
                && doc.IsFrameWord(i - 2) && QuoteWords.IsCueDeterminer(doc.W(i - 2)) && !doc.Words[i - 1].IsCapitalized
                && !ReportingLexicon.SpeakerNouns.Contains(prev) && !QuoteWords.IsOrganizationNoun(prev) && end < b && doc.Is(end, "of"))
            {
                return false; // "the horrific details of", "his latest remarks of": a plural noun of something ("the plan calls for" is a verb)
            }

            bool progressive = word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && end < b && doc.IsFrameWord(end)
                && doc.W(end) is not ("and" or "or" or "but");
            if (IsPassive(doc, i, a) && !progressive)
            {
                // "he was told", "it is expected"; not the progressive "Trump is telling supporters that …" (but "the job is
                // demanding and …" is an adjective)
                return false;
            }
        }

        if (end < b && doc.Is(end, "by") && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && !(end + 1 < b && QuoteWords.IsMedium(doc.W(end + 1))))
        {
            return false; // "the facts reported by the government": a participle, not a report
        }

        if (end == i + 1 && end < b && doc.IsFrameWord(end) && QuoteWords.IsBeForm(doc.W(end))
            && i > a && doc.IsFrameWord(i - 1) && SubjectFinder.HeadOf(doc, i - 1) == SubjectHead.None)
        {
            // "the simple answer is that …", "the most explosive claim is": a noun, the subject of its own clause; not
            // after a subject ("what he said was", "the job that economists say is …": the verb's object is the gap)
            return false;
        }

        if (end == i + 1 && end < b && IsAdd(word) && doc.Words[end].Region < 0 && QuoteWords.IsCount(doc.W(end)) && !AfterQuote(doc, i, a))
        {
            return false; // "Marchand added three assists", "added 12 points": a tally, not speech
        }

        return !ReportingVerbs.WeakVerbs.Contains(word) || end != i + 1 || HasComplement(doc, end, b) || AfterQuote(doc, i, a);
    }

    /// <summary>Whether <paramref name="prev"/>, a document's adjective that is also a speaker noun (<c>official</c>), is the
    /// subject of <paramref name="verb"/> rather than its modifier: <c>a senior official said</c>, <c>the official told</c>
    /// (a verb form no noun shares), not <c>an official statement</c>.</summary>
    private static bool IsSpeakerBeforeVerb(ReadOnlySpan<char> prev, ReadOnlySpan<char> verb) =>
        ReportingLexicon.SpeakerNouns.Contains(prev) && (verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            || verb.Equals("said", StringComparison.OrdinalIgnoreCase) || verb.Equals("says", StringComparison.OrdinalIgnoreCase)
            || verb.Equals("told", StringComparison.OrdinalIgnoreCase) || verb.Equals("tells", StringComparison.OrdinalIgnoreCase)
            || verb.Equals("wrote", StringComparison.OrdinalIgnoreCase));

    private static bool IsAdd(ReadOnlySpan<char> word) =>
        word.Equals("added", StringComparison.OrdinalIgnoreCase) || word.Equals("adds", StringComparison.OrdinalIgnoreCase)
        || word.Equals("add", StringComparison.OrdinalIgnoreCase) || word.Equals("adding", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a quote ends just before the cue: “…,” Blackwell continued.</summary>
    private static bool AfterQuote(QuoteDocument doc, int i, int a)
    {
        for (int k = i - 1; k >= a && k >= i - QuoteRules.AfterQuoteWindow; k--)
        {
            if (doc.Words[k].Region >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPassive(QuoteDocument doc, int i, int a)
    {
        for (int k = i - 1, n = 0; k >= a && n < QuoteRules.PassiveLookback; k--, n++)
        {
            if (!doc.Words[k].IsWord)
            {
                return false;
            }

            ReadOnlySpan<char> w = doc.W(k);
            if (QuoteWords.IsBeForm(w))
            {
                return true;
            }

            if (!QuoteWords.IsAuxiliary(w) && !w.EndsWith("ly", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the verb before <paramref name="from"/> has a complement: a quote, a colon or <c>that</c> right
    /// after it, or for a naming verb a quote after its object (<c>called Trump “a liar”</c>).</summary>
    private static bool HasComplement(QuoteDocument doc, int from, int b)
    {
        bool naming = ReportingLexicon.IsNamingVerb(doc.W(from - 1));
        int window = naming ? QuoteRules.NamingComplementWindow : QuoteRules.ComplementWindow;
        for (int k = from; k < b && k < from + window; k++)
        {
            if (naming && doc.Words[k].Region >= 0)
            {
                return true;
            }

            if (naming && doc.Words[k].IsWord)
            {
                continue;
            }

            if (doc.Words[k].Region >= 0 || doc.IsPunct(k, ':') || (k == from && doc.IsPunct(k, ',') && k + 1 < b && doc.Words[k + 1].Region >= 0
                && doc.W(from - 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase)))
            {
                // a quote, a colon, or a comma right before a quote after a past tense: He continued, “…” (not the noun
                // of "at one point, “…”")
                return true;
            }

            if (doc.Is(k, "that"))
            {
                // "states that have held caucuses": a relative clause after a noun, not a reported one
                return k + 1 >= b || !doc.IsFrameWord(k + 1) || !QuoteWords.IsAuxiliary(doc.W(k + 1));
            }

            if (!doc.Words[k].IsWord)
            {
                return false;
            }
        }

        return false;
    }
}
