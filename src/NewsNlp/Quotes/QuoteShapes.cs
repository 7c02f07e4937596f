namespace NewsNlp;

/// <summary>What the words of a quote and around it say about it, for <see cref="QuoteFinder"/>: its kind (direct or
/// partial), whether it is a scare quote or a title, whether a cue interrupts it, and a <c>Name:</c> before it.</summary>
internal static class QuoteShapes
{
    /// <summary>Whether the quote at word <paramref name="qs"/> follows <c>Name:</c> ending a clause in lower case
    /// (<c>… did not surprise pollster Dana Whitcomb: “…”</c>); not a title-case headline, whose last capitalized word
    /// is no speaker (<c>Gillibrand on Releasing Her Speech Transcripts: ‘I Think She Will’</c>).</summary>
    public static bool IsNameBeforeColon(QuoteDocument doc, int a, int qs)
    {
        if (qs - 2 <= a || !doc.IsPunct(qs - 1, ':') || !doc.IsFrameWord(qs - 2) || SubjectFinder.HeadOf(doc, qs - 2) != SubjectHead.Name)
        {
            return false;
        }

        (int ns, _) = SubjectFinder.ExpandLeft(doc, qs - 2, a, SubjectHead.Name);
        if (ns <= a || doc.Words[ns - 1].IsWord && doc.Words[ns - 1].IsCapitalized)
        {
            return false;
        }

        // A listener, a place or a medium is no speaker: a message to Trump:, on Twitter:, to the newspaper NRC Handelsblad:
        for (int k = qs - 3; k >= a && k >= ns - QuoteRules.MaxColonNameModifiers && doc.IsFrameWord(k); k--)
        {
            if (SubjectFinder.IsPreposition(doc, k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words of the name a dash signs a quote with, right after its closing mark (<c>“A real disgrace.” ―
    /// Azucena Gonzàlez</c>, as quote roundups and pull quotes credit their speakers), or <c>(-1, -1)</c>: a person the
    /// entity stage found there, else <see cref="MinDashNameWords"/> to <see cref="MaxDashNameWords"/> capitalized words
    /// that end the line or come before the next quote.</summary>
    public static (int Start, int End) NameAfterDash(QuoteDocument doc, int quoteEnd)
    {
        int k = StartOrder.FirstAtOrAfter<QuoteWord>(doc.Words, quoteEnd, static w => w.Start);
        if (k + 1 >= doc.Words.Length || doc.Words[k].IsWord || doc.W(k) is not ("―" or "—" or "–" or "--")
            || doc.Text.AsSpan(quoteEnd, doc.Words[k].Start - quoteEnd).Trim(' ').Length > 0 || !doc.Words[k + 1].IsCapitalized)
        {
            return (-1, -1);
        }

        int start = doc.Words[k + 1].Start;
        int known = doc.KnownAt(start);
        if (known < doc.Known.Count && doc.Known[known].Start == start && doc.Known[known].Kind == SpeakerKind.Person)
        {
            int end = StartOrder.FirstAtOrAfter<QuoteWord>(doc.Words, doc.Known[known].End, static w => w.Start);
            return (k + 1, end);
        }

        int e = k + 1;
        while (e < doc.Words.Length && e - k - 1 < MaxDashNameWords && doc.Words[e].IsWord && doc.Words[e].IsCapitalized
            && doc.Text.AsSpan(doc.Words[e - 1].End, doc.Words[e].Start - doc.Words[e - 1].End).IndexOfAny('\n', '\r') < 0)
        {
            e++;
        }

        bool ends = e >= doc.Words.Length || doc.Text.AsSpan(doc.Words[e - 1].End, doc.Words[e].Start - doc.Words[e - 1].End).IndexOfAny('\n', '\r') >= 0
            || ArticleText.IsQuoteMark(doc.W(e)) || doc.IsPunct(e, '.');
        return e - k - 1 >= MinDashNameWords && ends ? (k + 1, e) : (-1, -1);
    }

    /// <summary>A name a dash signs a quote with, when the entity stage found no person there, has at least two words
    /// (one capitalized word after a dash is as often a place or the next sentence's start) …</summary>
    private const int MinDashNameWords = 2;

    /// <summary>… and at most four ("Christina N Luis Olidem").</summary>
    private const int MaxDashNameWords = 4;

    /// <summary>The colon of "Name: …" opening the sentence before a quote, or -1.</summary>
    public static int ColonBefore(QuoteDocument doc, int a, int qs)
    {
        for (int k = a + 1; k < qs && k <= a + QuoteRules.MaxColonSpeakerWords; k++)
        {
            if (doc.IsPunct(k, ':'))
            {
                return SubjectFinder.HeadOf(doc, k - 1) is SubjectHead.Name or SubjectHead.Nominal ? k : -1;
            }

            if (!doc.Words[k].IsWord || doc.Words[k].Region >= 0)
            {
                return -1;
            }
        }

        return -1;
    }

    public static bool EndsWithComma(QuoteDocument doc, QuoteRegion region) =>
        region.Closed && region.End - region.Start >= 3 && QuoteMarkScanner.LastInner(doc.Text, region) == ',';

    public static bool IsTitleCase(QuoteDocument doc, int qs, int qe, int minWords)
    {
        int words = 0;
        for (int i = qs; i < qe; i++)
        {
            if (!doc.Words[i].IsWord)
            {
                continue;
            }

            words++;
            if (!doc.Words[i].IsCapitalized && !QuoteWords.IsTitleSmallWord(doc.W(i)))
            {
                return false;
            }
        }

        return words >= minWords && words <= QuoteRules.MaxTitleWords;
    }

    /// <summary>A short fragment with no reporting verb near it: a title, a nickname or scare quotes.</summary>
    public static bool IsScareQuote(QuoteDocument doc, int qs, int qe)
    {
        int words = 0;
        for (int i = qs; i < qe; i++)
        {
            if (doc.Words[i].IsWord)
            {
                words++;
            }
        }

        return words <= QuoteRules.MaxScareQuoteWords;
    }

    /// <summary>Whether <paramref name="cue"/> stands between a quote ending at word <paramref name="qe"/> and the next
    /// one, close enough for the two to be one interrupted quote.</summary>
    public static bool IsInterruption(int qe, int nextRegionStart, CueHit cue) =>
        cue.Start >= qe && cue.End <= nextRegionStart && nextRegionStart - qe <= QuoteRules.MaxInterruptionWords;

    public static QuoteKind KindOf(QuoteDocument doc, int region, int qs, int qe, int a, int sentenceChars, CueHit cue)
    {
        QuoteRegion r = doc.Regions[region];
        if (r.Paragraphs > 1 || qs == a)
        {
            return QuoteKind.Direct;
        }

        // Preposed: She said: “We will.” / She said, “We will.”
        int before = qs - 1;
        char first = FirstLetter(doc.Text, r);
        if (before >= a && (doc.IsPunct(before, ':') || doc.IsPunct(before, ',')) && char.IsUpper(first))
        {
            return QuoteKind.Direct;
        }

        if (cue.End > cue.Start && cue.End == qs && char.IsUpper(first))
        {
            return QuoteKind.Direct;
        }

        // Otherwise by how much of the sentence the quote covers.
        int quoted = 0;
        for (int i = qs; i < qe; i++)
        {
            quoted += doc.Words[i].End - doc.Words[i].Start;
        }

        return quoted >= QuoteRules.DirectShare * sentenceChars ? QuoteKind.Direct : QuoteKind.Partial;
    }

    public static char FirstLetter(string text, QuoteRegion r)
    {
        for (int i = r.Start + 1; i < r.End; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return text[i];
            }
        }

        return ' ';
    }
}
