using System.Runtime.InteropServices;

namespace NewsNlp;

/// <summary>Turns sentences and quote regions into quotes: which cue and speaker each quote gets, its kind (direct or
/// partial), interrupted quotes joined, cue-less quote sentences merged into the quote before them or given the subject of
/// the clause framing them, the person the narrative just before them opened with, or the last speaker, and scare quotes
/// and titles dropped. Reported speech is left to <see cref="ReportedSpeechFinder"/>.</summary>
internal static class QuoteFinder
{
    /// <summary>Finds every quote and attribution of <paramref name="doc"/>, in text order.</summary>
    public static List<Quote> Extract(QuoteDocument doc)
    {
        int paragraph = 0;
        for (int sentence = 0; sentence < doc.Sentences.Length; sentence++)
        {
            (int a, int b) = doc.Sentences[sentence];
            doc.SentenceOrdinal = sentence;
            int startChar = doc.Words[a].Start;
            while (paragraph + 1 < doc.Paragraphs.Length && doc.Paragraphs[paragraph + 1].Start <= startChar)
            {
                paragraph++;
            }

            TextSpan span = TextSpan.FromBounds(startChar, doc.Words[b - 1].End);
            if (doc.Structure.Excluded.Length > 0 && doc.Structure.IsExcluded(span))
            {
                continue;
            }

            doc.SentenceStartChar = startChar;
            doc.SentenceStartWord = a;
            ProcessSentence(doc, a, b, paragraph);
        }

        doc.Quotes.Sort((x, y) => x.Span.Start != y.Span.Start ? x.Span.Start.CompareTo(y.Span.Start) : x.Span.Length.CompareTo(y.Span.Length));
        return doc.Quotes;
    }

    private static void ProcessSentence(QuoteDocument doc, int a, int b, int paragraph)
    {
        QuoteWord[] words = doc.Words;

        // Quote regions in this sentence, as word ranges.
        var regions = new List<(int Region, int Start, int End)>();
        bool marked = false;
        for (int i = a; i < b; i++)
        {
            int r = words[i].Region;
            if (r < 0)
            {
                continue;
            }

            marked = true;

            int j = i;
            while (j + 1 < b && words[j + 1].Region == r)
            {
                j++;
            }

            if (!doc.RegionUsed[r])
            {
                regions.Add((r, i, j + 1));
            }

            i = j;
        }

        int sentenceChars = 0;
        for (int i = a; i < b; i++)
        {
            sentenceChars += words[i].End - words[i].Start;
        }

        // Cues outside quotes, and the speaker each names.
        var cues = new List<CueHit>();
        int clause = CueFinder.FrontedClauseEnd(doc, a, b);
        for (int i = clause; i < b; i++)
        {
            if (doc.IsFrameWord(i) && CueFinder.TryCue(doc, i, a, b, out CueHit cue))
            {
                // "said in a statement": the adjunct after a cue is no cue of its own.
                if (cues.Count == 0 || cues[^1].End != cue.Start || !CueFinder.IsAdjunctCue(cue))
                {
                    cues.Add(cue);
                }

                i = cue.End - 1;
            }
        }

        var speakers = new SpeakerInfo?[cues.Count];
        var spans = new (int Start, int End)[cues.Count];
        for (int c = 0; c < cues.Count; c++)
        {
            spans[c] = SubjectFinder.FindSubject(doc, cues[c], a, b);
            speakers[c] = spans[c].End > spans[c].Start ? SpeakerResolver.Resolve(doc, spans[c].Start, spans[c].End, paragraph) : null;
            int who = spans[c].End;
            if (speakers[c] is not null && who < cues[c].Start && doc.IsPunct(who, ','))
            {
                who++;
            }

            if (speakers[c] is not null && cues[c].Start - 1 > who && doc.Is(cues[c].Start - 1, "who"))
            {
                who = cues[c].Start - 1; // Alan Berger, a gynecologist from Englewood, New Jersey, who said …
            }

            if (speakers[c] is not null && who < cues[c].Start && doc.Is(who, "who"))
            {
                // Smith, who …, said: the relative pronoun is the speaker's mention in this clause.
                speakers[c] = speakers[c]! with { Mention = doc.MentionOf(who, who + 1) };
            }
        }

        InheritMainSubject(doc, cues, speakers, spans);

        SpeakerInfo? sentenceSpeaker = null;
        int q = 0;
        while (q < regions.Count)
        {
            (int r, int qs, int qe) = regions[q];
            int cueIndex = ChooseCue(doc, cues, spans, qs, qe, a, regions, q);

            // Interrupted quote: “We will,” he said, “not now.” is one quote.
            int last = q;
            if (q + 1 < regions.Count && cueIndex >= 0 && QuoteShapes.IsInterruption(qe, regions[q + 1].Start, cues[cueIndex])
                && QuoteShapes.EndsWithComma(doc, doc.Regions[r]) && doc.IsPunct(regions[q + 1].Start - 1, ','))
            {
                last = q + 1;
            }

            int start = doc.Regions[r].Start;
            int end = doc.Regions[regions[last].Region].End;
            for (int k = q; k <= last; k++)
            {
                doc.RegionUsed[regions[k].Region] = true;
            }

            SpeakerInfo? speaker = null;
            string? cueText = null;
            if (cueIndex >= 0)
            {
                speaker = speakers[cueIndex];
                cueText = cues[cueIndex].Text;
            }

            QuoteKind kind = QuoteShapes.KindOf(doc, r, qs, regions[last].End, a, sentenceChars, cueIndex >= 0 ? cues[cueIndex] : default);
            int colon = cueIndex < 0 ? QuoteShapes.ColonBefore(doc, a, qs) : -1;
            if (colon < 0 && cueIndex < 0 && QuoteShapes.IsNameBeforeColon(doc, a, qs))
            {
                colon = qs - 1; // … doesn't surprise Republican pollster Daron Shaw: “…”: the name before the colon speaks
            }

            if (colon >= 0)
            {
                // Headline style: Biden: ‘We will not abandon Ukraine’
                (int ns, int ne) = SubjectFinder.ExpandLeft(doc, colon - 1, a, SubjectFinder.HeadOf(doc, colon - 1));
                speaker = SpeakerResolver.Resolve(doc, ns, ne, paragraph);
            }
            else if (cueIndex < 0)
            {
                // No cue in the sentence: a whole-sentence quote right after a quote goes on with it
                // (“A,” he said. “B.” is one statement); otherwise it continues the last speaker's words.
                (int Start, int End) signed = QuoteShapes.NameAfterDash(doc, end);
                if (signed.Start < 0 && kind == QuoteKind.Direct && qs == a && ContinuesLastQuote(doc, paragraph, end))
                {
                    Quote previous = doc.Quotes[doc.LastQuoteIndex];
                    var merged = TextSpan.FromBounds(previous.Span.Start, end);
                    doc.Quotes[doc.LastQuoteIndex] = previous with { Text = merged.GetText(doc.Text), Span = merged };
                    doc.LastQuoteSentence = doc.SentenceOrdinal;
                    doc.LastQuoteParagraph = paragraph;
                    q = last + 1;
                    continue;
                }

                if (signed.Start >= 0)
                {
                    // “A real disgrace.” ― Azucena Gonzàlez: the name a dash signs the quote with speaks.
                    speaker = SpeakerResolver.Resolve(doc, signed.Start, signed.End, paragraph);
                    cueText = null;
                }
                else if (kind == QuoteKind.Direct && qs == a && doc.ColonSentence == doc.SentenceOrdinal - 1)
                {
                    // Doe said:¶“…”: the sentence before, ending with its cue's colon, introduces this quote.
                    speaker = doc.ColonSpeaker;
                    cueText = doc.ColonCue;
                }
                else if (kind == QuoteKind.Direct && FrameSpeaker(doc, a, qs, regions[last].End, b, paragraph) is { } framed)
                {
                    // He continued, “…” / Trump issued a statement: “…”: the clause before the quote has no cue, its subject speaks.
                    speaker = framed;
                    cueText = null;
                }
                else if (kind == QuoteKind.Direct && qs == a && doc.SubjectSentence == doc.SentenceOrdinal - 1
                    && paragraph - doc.SubjectParagraph <= QuoteRules.ContinuationParagraphs)
                {
                    // Howard went on with his remarks.¶“…”: the person the sentence before opened with.
                    speaker = doc.SubjectSpeaker;
                    cueText = null;
                }
                else if (kind == QuoteKind.Direct && doc.LastSpeaker is not null && paragraph - doc.LastSpeakerParagraph <= QuoteRules.ContinuationParagraphs)
                {
                    speaker = doc.LastSpeaker;
                    cueText = null;
                }
                else if (kind == QuoteKind.Partial && QuoteShapes.IsScareQuote(doc, qs, regions[last].End))
                {
                    q = last + 1;
                    continue;
                }
            }

            if (kind == QuoteKind.Partial && QuoteShapes.IsTitleCase(doc, qs, regions[last].End, cueIndex >= 0 ? QuoteRules.MinTitleWordsWithCue : 1))
            {
                q = last + 1;
                continue; // “Star Wars”, “Sunday Morning Futures”: a title or a name, not a quote
            }

            if (cueIndex >= 0 && kind == QuoteKind.Direct && regions[last].End <= cues[cueIndex].Start)
            {
                cues[cueIndex] = cues[cueIndex] with { TookQuoteBefore = true };
            }

            var quote = new Quote(doc.Text[start..end], TextSpan.FromBounds(start, end), kind, speaker?.Name, speaker?.EntityId, speaker?.Mention, cueText,
                QuoteConfidence.Of(kind, speaker?.Name, speaker?.EntityId, speaker?.Mention));
            doc.Quotes.Add(quote);
            if (kind == QuoteKind.Direct)
            {
                doc.LastQuoteIndex = doc.Quotes.Count - 1;
                doc.LastQuoteSentence = doc.SentenceOrdinal;
                doc.LastQuoteParagraph = paragraph;
            }

            if (speaker?.Name is not null)
            {
                sentenceSpeaker = speaker;
            }

            q = last + 1;
        }

        ReportedSpeechFinder.AddIndirect(doc, cues, spans, speakers, regions, a, b, ref sentenceSpeaker);
        if (cues.Count > 0 && speakers[^1]?.Name is not null && doc.IsPunct(b - 1, ':') && words[b - 1].Region < 0
            && (regions.Count == 0 || regions[^1].End <= cues[^1].Start))
        {
            doc.ColonSpeaker = speakers[^1];
            doc.ColonCue = cues[^1].Text;
            doc.ColonSentence = doc.SentenceOrdinal;
        }

        if (sentenceSpeaker is null && !marked && cues.Count > 0 && speakers[0] is { Kind: SpeakerKind.Person, Name: not null } reporter
            && SubjectFinder.HeadOf(doc, spans[0].End - 1) is SubjectHead.Name or SubjectHead.Pronoun)
        {
            sentenceSpeaker = reporter; // Carter said that … (no quote came out): the next quote paragraph may be his
        }

        if (cues.Count == 0)
        {
            // Narrative: the person it opens with may introduce the quote paragraph after it.
            int end = doc.IsPunct(b - 1, ':') ? b - 1 : b;
            SpeakerInfo? subject = OpeningSpeaker(doc, a, end, paragraph);
            if (subject is not null && end < b && !marked)
            {
                doc.ColonSpeaker = subject; // Trump issued the following statement:¶“…”
                doc.ColonCue = null;
                doc.ColonSentence = doc.SentenceOrdinal;
            }

            if (subject is { Kind: SpeakerKind.Person })
            {
                doc.SubjectSpeaker = subject;
                doc.SubjectSentence = doc.SentenceOrdinal;
                doc.SubjectParagraph = paragraph;
            }
        }

        if (sentenceSpeaker is not null)
        {
            doc.LastSpeaker = sentenceSpeaker;
            doc.LastSpeakerParagraph = paragraph;
            doc.LastSpeakerSentence = doc.SentenceOrdinal;
        }
    }

    /// <summary>A cue with no subject of its own that goes on from an earlier cue of the sentence takes that cue's speaker:
    /// a participle after a comma or a verb after <c>and</c>/<c>but</c> (<c>Sanders said the process could be “messy,”
    /// adding, “…”</c>; <c>Bush referred to Rubio as “…” but described …</c>). Its own subject search stops at the quote
    /// between them, so it finds none.</summary>
    private static void InheritMainSubject(QuoteDocument doc, List<CueHit> cues, SpeakerInfo?[] speakers, (int Start, int End)[] spans)
    {
        for (int c = 1; c < cues.Count; c++)
        {
            int before = cues[c].Start - 1;
            if (speakers[c] is not null || speakers[c - 1] is not { Name: not null } main || cues[c].According || before < 0
                || !(doc.IsPunct(before, ',') || doc.Is(before, "and") || doc.Is(before, "but") || AfterQuotedComma(doc, before)))
            {
                continue;
            }

            speakers[c] = main;
            spans[c] = spans[c - 1];
        }
    }

    /// <summary>Whether word <paramref name="i"/> closes a quote whose last character is a comma (<c>“messy,” adding</c>).</summary>
    internal static bool AfterQuotedComma(QuoteDocument doc, int i) =>
        doc.Words[i].Region >= 0 && !doc.Words[i].IsWord && doc.Words[i].Start > 0 && doc.Text[doc.Words[i].Start - 1] == ',';

    /// <summary>The speaker of a cue-less direct quote ending its sentence after a clause that ends with a comma or a colon
    /// (<c>He continued, “…”</c>, <c>Mr. Doe gloated: “…”</c>): the name or pronoun opening that clause, or null.</summary>
    private static SpeakerInfo? FrameSpeaker(QuoteDocument doc, int a, int qs, int qe, int b, int paragraph)
    {
        if (qs - 2 < a || !(doc.IsPunct(qs - 1, ',') || doc.IsPunct(qs - 1, ':')))
        {
            return null;
        }

        for (int k = qe; k < b; k++)
        {
            if (doc.Words[k].IsWord || doc.Words[k].Region >= 0)
            {
                return null; // the quote does not end the sentence: a title or a name inside a clause
            }
        }

        int lower = qs - 1;
        while (lower > a && doc.Words[lower - 1].Region < 0)
        {
            lower--; // back to the sentence start or the quote before this one
        }

        return OpeningSpeaker(doc, lower, qs - 1, paragraph);
    }

    private static bool IsKnownAt(QuoteDocument doc, int i)
    {
        int k = doc.KnownAt(doc.Words[i].Start);
        return k < doc.Known.Count && doc.Known[k].Start < doc.Words[i].End;
    }

    /// <summary>The speaker named by the name or pronoun opening the clause [<paramref name="lower"/>, <paramref name="end"/>),
    /// or null.</summary>
    private static SpeakerInfo? OpeningSpeaker(QuoteDocument doc, int lower, int end, int paragraph)
    {
        if (end <= lower)
        {
            return null;
        }

        (int s, int e) = SubjectFinder.OpeningSubject(doc, end, lower);
        if (e <= s || e >= end || SubjectFinder.HeadOf(doc, e - 1) is not (SubjectHead.Name or SubjectHead.Pronoun))
        {
            return null;
        }

        if (e - s == 1 && s == doc.SentenceStartWord && doc.IsPunct(e, ',') && !IsKnownAt(doc, s))
        {
            return null; // Wait, it gets better: / Specifically, “…”: a capitalized adverb, no name
        }

        if (SubjectFinder.HeadOf(doc, e - 1) == SubjectHead.Name)
        {
            s = Math.Max(s, SubjectFinder.ExpandLeft(doc, e - 1, s, SubjectHead.Name).Start); // Senate leader Ann Coyle: the name
        }

        if (s > lower && doc.IsFrameWord(s - 1) && FunctionWords.Of(doc.W(s - 1)) is var kind
            && (kind & FunctionWordKinds.Preposition) != 0 && (kind & FunctionWordKinds.Subordinator) == 0)
        {
            return null; // a name in a fronted phrase: In Brussels, by contrast, “…” (not: As Ana Ruiz put it, “…”)
        }

        SpeakerInfo speaker = SpeakerResolver.Resolve(doc, s, e, paragraph);
        return speaker.Name is null ? null : speaker;
    }

    /// <summary>Whether a cue-less quote sentence ending at <paramref name="end"/> goes on with the last direct quote:
    /// it is in the next sentence, in the same or the next paragraph, and the merged quote stays short enough.</summary>
    private static bool ContinuesLastQuote(QuoteDocument doc, int paragraph, int end) =>
        doc.LastQuoteIndex >= 0 && doc.LastQuoteSentence == doc.SentenceOrdinal - 1
        && paragraph - doc.LastQuoteParagraph <= QuoteRules.ContinuationParagraphs
        && end - doc.Quotes[doc.LastQuoteIndex].Span.Start <= QuoteRules.MaxMergedQuote;

    private static int ChooseCue(QuoteDocument doc, List<CueHit> cues, (int Start, int End)[] spans, int qs, int qe, int a,
        List<(int Region, int Start, int End)> regions, int q)
    {
        bool atStart = qs == a || (qs == a + 1 && !doc.Words[a].IsWord);

        // Cues are in text order: the last one ending before the quote, the first one starting after it.
        int lo = StartOrder.FirstAtOrAfter<CueHit>(CollectionsMarshal.AsSpan(cues), qe, static c => c.Start);

        int right = lo < cues.Count ? lo : -1;
        int left = lo - 1;
        while (left >= 0 && cues[left].End > qs)
        {
            left--;
        }

        if (right >= 0 && q + 1 < regions.Count && regions[q + 1].Start < cues[right].Start && !QuoteShapes.IsInterruption(qe, regions[q + 1].Start, cues[right]))
        {
            right = -1; // another quote stands between them
        }

        if (atStart)
        {
            return right >= 0 ? right : left;
        }

        if (left >= 0 && spans[left].End > spans[left].Start)
        {
            return left;
        }

        if (right >= 0 && spans[right].End > spans[right].Start)
        {
            return right;
        }

        return left >= 0 ? left : right;
    }
}
