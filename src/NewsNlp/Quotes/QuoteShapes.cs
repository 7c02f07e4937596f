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
