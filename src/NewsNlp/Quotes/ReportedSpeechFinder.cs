namespace NewsNlp;

/// <summary>Finds reported speech (indirect quotes): the content a cue reports, after it (<c>said that …</c>,
/// <c>told reporters …</c>, <c>According to X, …</c>) or before it (<c>…, officials said.</c>), past listeners and time
/// or place adjuncts. One attribution per sentence (the outermost cue); none when a quote already carries half of it.</summary>
internal static class ReportedSpeechFinder
{
    /// <summary>Adds the reported speech of sentence [<paramref name="a"/>, <paramref name="b"/>), if any, and makes its
    /// speaker the sentence's speaker when no quote named one.</summary>
    public static void AddIndirect(QuoteDocument doc, List<CueHit> cues, (int Start, int End)[] spans, SpeakerInfo?[] speakers,
        List<(int Region, int Start, int End)> regions, int a, int b, ref SpeakerInfo? sentenceSpeaker)
    {
        QuoteWord[] words = doc.Words;
        int last = b;
        while (last > a && !words[last - 1].IsWord && words[last - 1].Region < 0)
        {
            last--; // trailing period
        }

        // The subject a coordinated verb phrase shares ("Farage said …, and accused …"), once one is taken.
        SpeakerInfo? coordinatedSpeaker = null;
        (int Start, int End)? coordinatedSubject = null;
        for (int c = 0; c < cues.Count && c < QuoteRules.MaxIndirectCues; c++)
        {
            CueHit cue = cues[c];
            if (c + 1 < cues.Count && cue.Start - 1 >= a && doc.Is(cue.Start - 1, "who") && last - cues[^1].End <= QuoteRules.MaxPostposedTail)
            {
                continue; // "Scott's relatives, who asked …, watched it, attorneys said.": the sentence-final cue is the outermost
            }

            (int Start, int End) subject = coordinatedSubject ?? spans[c];
            (int cs, int ce) = ContentOf(doc, cue, subject, a, last);
            if (cs < 0 || ce - cs < QuoteRules.MinIndirectWords)
            {
                continue;
            }

            if (cs >= cue.End && cs <= cue.End + 1 && cue.End + 1 < last && (doc.IsPunct(cue.End, ',') || doc.IsPunct(cue.End, ':'))
                && words[cue.End + 1].Region >= 0 && IsWholeQuote(doc, cue.End + 1, last))
            {
                continue; // Protesters chanted, “Red for Ed,” in a hallway: the quote after the cue's comma is what it reports
            }

            while (ce > cs && !words[ce - 1].IsWord && words[ce - 1].Region < 0)
            {
                ce--;
            }

            // LONDON (Reuters) - A worker has died …, the government said.: the content starts after the dateline.
            int floor = ce > cs && words[ce - 1].End > doc.LeadEnd ? doc.LeadEnd : 0;
            while (cs < ce && (words[cs].Start < floor || !words[cs].IsWord && words[cs].Region < 0))
            {
                cs++;
            }

            if (ce - cs < QuoteRules.MinIndirectWords || !HasLowercaseWord(doc, cs, ce))
            {
                continue;
            }

            if (cs + 2 < ce && doc.Is(cs, "not") && doc.Is(cs + 1, "to") && doc.Is(cs + 2, "be"))
            {
                continue; // "who asked not to be named": a request about the speaker, not a reported statement ("pledged not to do so" is one)
            }

            // Mostly quoted: the direct or partial quote already carries it.
            int total = words[ce - 1].End - words[cs].Start;
            if (QuotedChars(doc, regions, cs, ce) >= QuoteRules.IndirectQuotedShare * total)
            {
                break;
            }

            SpeakerInfo? speaker = coordinatedSpeaker ?? speakers[c];
            int coordinated = cs >= cue.End ? CoordinatedCue(doc, cues, c, subject, cs, ce, a, last) : -1;
            if (coordinated >= 0)
            {
                ce = cues[coordinated].Start - 2; // Clinton said …, and reminded the audience that …: each verb its own content
            }

            int split = cs >= cue.End ? SecondStatement(doc, cs, ce) : -1;
            if (split < 0)
            {
                AddQuote(doc, cs, ce, cue.Text, speaker);
            }
            else
            {
                // Clinton attacked Trump, saying he would …: what the cue reports (when more than a word or two), then
                // the participle's own statement, both the subject's, unless a quote already carries it (…, adding: “…”).
                if (split - 1 - cs >= QuoteRules.MinIndirectWords)
                {
                    AddQuote(doc, cs, split - 1, cue.Text, speaker);
                }

                int second = split + 1;
                while (second < ce && !words[second].IsWord && words[second].Region < 0)
                {
                    second++; // "saying, …", "adding: …"
                }

                if (ce - second >= QuoteRules.MinIndirectWords
                    && QuotedChars(doc, regions, second, ce) < QuoteRules.IndirectQuotedShare * (words[ce - 1].End - words[second].Start))
                {
                    AddQuote(doc, second, ce, doc.W(split).ToString(), speaker);
                }
            }

            if (speaker?.Name is not null)
            {
                sentenceSpeaker ??= speaker;
            }

            if (coordinated >= 0)
            {
                coordinatedSpeaker = speaker;
                coordinatedSubject = subject;
                c = coordinated - 1;
                continue; // the coordinated verb phrase reports too
            }

            break; // one attribution per sentence: the outermost (and the verb phrases coordinated with it)
        }
    }

    /// <summary>Whether the quote region that starts at word <paramref name="q"/> is a whole statement: it ends with its own
    /// comma or period (<c>“Red for Ed,”</c>) or punctuation follows it; not when the sentence goes on from it (<c>…, the
    /// lawyers said, “all command the same conclusion” that Cruz complies …</c>).</summary>
    private static bool IsWholeQuote(QuoteDocument doc, int q, int last)
    {
        int region = doc.Words[q].Region;
        int r = q;
        while (r < last && doc.Words[r].Region == region)
        {
            r++;
        }

        return r >= last || !doc.Words[r].IsWord || doc.IsPunct(r - 1, ',') || doc.IsPunct(r - 1, '.')
            || (r - 2 > q && (doc.IsPunct(r - 2, ',') || doc.IsPunct(r - 2, '.'))); // the comma or period before the closing mark
    }

    /// <summary>The characters of the longest quote region inside words [<paramref name="cs"/>, <paramref name="ce"/>).</summary>
    private static int QuotedChars(QuoteDocument doc, List<(int Region, int Start, int End)> regions, int cs, int ce)
    {
        int quoted = 0;
        foreach ((_, int qs, int qe) in regions)
        {
            int s = Math.Max(qs, cs);
            int e = Math.Min(qe, ce);
            if (e > s)
            {
                quoted = Math.Max(quoted, doc.Words[e - 1].End - doc.Words[s].Start);
            }
        }

        return quoted;
    }

    private static void AddQuote(QuoteDocument doc, int cs, int ce, string cue, SpeakerInfo? speaker)
    {
        var span = TextSpan.FromBounds(doc.Words[cs].Start, doc.Words[ce - 1].End);
        doc.Quotes.Add(new Quote(span.GetText(doc.Text), span, QuoteKind.Indirect, speaker?.Name, speaker?.EntityId, speaker?.Mention, cue,
            QuoteConfidence.Of(QuoteKind.Indirect, speaker?.Name, speaker?.EntityId, speaker?.Mention)));
    }

    /// <summary>A later cue of the sentence that opens a verb phrase coordinated after a comma inside content
    /// [<paramref name="cs"/>, <paramref name="ce"/>) (<c>…, and reminded the audience that …</c>) and reports content of
    /// its own with the same <paramref name="subject"/>, or -1.</summary>
    private static int CoordinatedCue(QuoteDocument doc, List<CueHit> cues, int c, (int Start, int End) subject, int cs, int ce, int a, int last)
    {
        for (int n = c + 1; n < cues.Count && n < QuoteRules.MaxIndirectCues; n++)
        {
            int s = cues[n].Start;
            if (s - 2 > cs + QuoteRules.MinIndirectWords && s < ce && !cues[n].According && doc.Words[s].Region < 0
                && doc.IsPunct(s - 2, ',') && doc.IsFrameWord(s - 1) && doc.W(s - 1) is "and" or "but" && doc.Words[s - 2].Region < 0
                && ContentOf(doc, cues[n], subject, a, last) is (>= 0, int e2) content && e2 - content.Start >= QuoteRules.MinIndirectWords)
            {
                return n;
            }
        }

        return -1;
    }

    /// <summary>In content [<paramref name="cs"/>, <paramref name="ce"/>) after its cue, a reporting participle after a
    /// comma outside any quote that opens a statement of its own (<c>Trump, saying he would …</c>), or -1.</summary>
    private static int SecondStatement(QuoteDocument doc, int cs, int ce)
    {
        for (int p = cs + 1; p + QuoteRules.MinIndirectWords < ce; p++)
        {
            if (doc.Words[p].Region < 0 && doc.IsPunct(p - 1, ',') && doc.IsFrameWord(p) && QuoteWords.IsReportingParticiple(doc.W(p))
                && doc.Words[p - 1].Region < 0)
            {
                return p;
            }
        }

        return -1;
    }

    /// <summary>The reported content of <paramref name="cue"/> whose subject is <paramref name="subject"/>, as a word
    /// range (before trimming), or (-1, -1).</summary>
    private static (int Start, int End) ContentOf(QuoteDocument doc, CueHit cue, (int Start, int End) subject, int a, int last)
    {
        (int ss, int se) = subject;
        if (se <= ss)
        {
            return (-1, -1);
        }

        if (cue.According)
        {
            if (ss == cue.End && cue.Start == a)
            {
                // According to X, CONTENT.
                int cs = se;
                while (cs < last && !doc.Words[cs].IsWord && doc.Words[cs].Region < 0)
                {
                    cs++;
                }

                return (cs, last);
            }

            return cue.Start > a && doc.IsPunct(cue.Start - 1, ',') ? (a, cue.Start - 1) : (-1, -1);
        }

        if (se <= cue.Start)
        {
            // Subject before the cue: CONTENT, Doe said. / CONTENT, the IMF said. / Doe said (that) CONTENT.
            int open = ss - 1 > a && doc.IsFrameWord(ss - 1) && QuoteWords.IsSubjectArticle(doc.W(ss - 1)) ? ss - 1 : ss;
            // "…, Vogel said, adding that …": the participle reports on its own; the content is before the cue.
            bool participleTail = cue.End + 1 < last && doc.IsPunct(cue.End, ',') && doc.IsFrameWord(cue.End + 1)
                && doc.W(cue.End + 1).EndsWith("ing", StringComparison.Ordinal);
            bool afterComma = open > a && doc.IsPunct(open - 1, ',') && (participleTail || !HasThat(doc, cue.End, last))
                && !(last - cue.End >= QuoteRules.MinIndirectWords && !EndsClause(doc, cue, last) && ClosesFrontedClause(doc, a, open - 1));
            if (afterComma && !cue.TookQuoteBefore && IsParenthetical(doc, cue, a, last))
            {
                return (a, last); // The museum, Mr. Obama said, would make visitors …: the cue interrupts its content
            }

            // With an article before the subject (…, the IMF said.), the cue must end the clause: "Addressing the topic, the
            // White House urged Silicon Valley to …" has a fronted participle, not reported content, before the comma.
            // Nor is it postposed when a clause follows it ("In a statement, Paul said the president had overstepped …",
            // "On Tuesday, the senator said …"): the words before the comma are an adverbial, the content comes after.
            bool postposed = afterComma && (last - cue.End <= QuoteRules.MaxPostposedTail || participleTail) && EndsPostposedCue(doc, cue, last)
                && (open == ss || Adjoins(doc, se, cue.Start));
            if (!postposed && cue.TookQuoteBefore && !(cue.End < last && doc.Is(cue.End, "that")))
            {
                return (-1, -1); // “…,” Sanders said, invoking the 2008 race: the cue reported the quote, not what follows
            }

            if (postposed)
            {
                return (a, open - 1);
            }

            int start = SkipAdjunct(doc, ContentStart(doc, cue, last), last);
            return (start, cue.Start - 1 >= a && doc.Is(cue.Start - 1, "who") ? RelativeClauseEnd(doc, start, last) : last);
        }

        if (ss >= cue.End && cue.Start > a && doc.IsPunct(cue.Start - 1, ','))
        {
            // Inverted: CONTENT, said Doe.
            return (a, cue.Start - 1);
        }

        return (-1, -1);
    }

    /// <summary>Whether the comma at <paramref name="comma"/> is the first of a sentence that opens with a subordinate clause
    /// (<c>Although he lives in Berlin, Haddad says the war …</c>): when the cue after it goes on with a clause, the words
    /// before it are an adverbial, not its content (a sentence-final cue reports them: <c>If the talks fail the strike
    /// will go on, sources said.</c>).</summary>
    private static bool ClosesFrontedClause(QuoteDocument doc, int a, int comma)
    {
        if (!doc.IsFrameWord(a) || !QuoteWords.IsClauseSubordinator(doc.W(a)))
        {
            return false;
        }

        for (int k = a + 1; k < comma; k++)
        {
            if (doc.IsPunct(k, ','))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a postposed cue interrupts its content: a comma after it (and its time adjunct) and the clause going
    /// on in lower case (<c>The museum, Mr. Obama said, would make …</c>; <c>…, Graham said, since …</c>), not a participle
    /// or a coordinated clause of the speaker's own (<c>…, Doe said, adding that …</c>, <c>…, Doe said, and …</c>). Not when
    /// the words before it are a fronted adverbial and its content a clause after it (<c>In the end, Doe said, union voters
    /// …</c>, <c>Still, she said, the plan …</c>): the content is what follows.</summary>
    private static bool IsParenthetical(QuoteDocument doc, CueHit cue, int a, int last)
    {
        if (doc.IsFrameWord(a) && (SubjectFinder.IsPreposition(doc, a) || QuoteWords.IsFrontedOpener(doc.W(a))))
        {
            return false;
        }

        int k = AfterTimeAdjunct(doc, cue.End, last);

        if (k + QuoteRules.MinIndirectWords > last || !doc.IsPunct(k, ',') || !doc.IsFrameWord(k + 1) || doc.Words[k + 1].IsCapitalized)
        {
            return false;
        }

        ReadOnlySpan<char> next = doc.W(k + 1);
        return !next.EndsWith("ing", StringComparison.Ordinal) && next is not ("and" or "but" or "or" or "who" or "which" or "according")
            && !QuoteWords.IsClausePronoun(next) && !QuoteWords.IsSubjectArticle(next) && !char.IsAsciiDigit(next[0]);
    }

    /// <summary>Whether only auxiliaries and adverbs stand between a subject ending at <paramref name="se"/> and its cue
    /// (<c>the IMF has also said</c>; not <c>an American prisoner of war now charged</c>).</summary>
    private static bool Adjoins(QuoteDocument doc, int se, int cueStart)
    {
        for (int k = se; k < cueStart; k++)
        {
            if (!doc.IsFrameWord(k) || !(QuoteWords.IsAuxiliary(doc.W(k)) || doc.W(k).EndsWith("ly", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where the reported content of a cue in a relative clause ends: at the comma that closes the clause
    /// (<c>Vogel, who said the mine was unsafe, resigned in March</c>), the first one a lower-case word other than a
    /// conjunction, relative, preposition or participle follows and that closes no auxiliary (<c>…, in emergencies</c>,
    /// <c>were, at the expense of …, favoring …</c> go on with the content); else
    /// <paramref name="last"/>.</summary>
    private static int RelativeClauseEnd(QuoteDocument doc, int start, int last)
    {
        for (int k = Math.Max(start, 0); k + 1 < last; k++)
        {
            if (doc.IsPunct(k, ',') && doc.IsFrameWord(k + 1) && !doc.Words[k + 1].IsCapitalized && !SubjectFinder.IsPreposition(doc, k + 1)
                && doc.W(k + 1) is not ("and" or "but" or "or" or "which" or "who" or "that" or "where" or "when")
                && !doc.W(k + 1).EndsWith("ing", StringComparison.Ordinal) && k > start && !QuoteWords.IsAuxiliary(doc.W(k - 1)))
            {
                return k;
            }
        }

        return last;
    }

    /// <summary>Whether what follows a cue after a comma leaves it postposed: the end of the clause (<see cref="EndsClause"/>),
    /// an adverb (<c>said repeatedly</c>) or an adverbial clause (<c>said while campaigning</c>, <c>said as he left</c>),
    /// not a clause of reported content (<c>said the president had …</c>).</summary>
    private static bool EndsPostposedCue(QuoteDocument doc, CueHit cue, int last)
    {
        if (EndsClause(doc, cue, last))
        {
            return true;
        }

        ReadOnlySpan<char> next = doc.W(cue.End);
        return !doc.Words[cue.End].IsCapitalized && (QuoteWords.IsAdjunctOpener(next) || next.EndsWith("ly", StringComparison.Ordinal));
    }

    /// <summary>Whether nothing but a listener (<c>told reporters</c>, <c>told The Associated Press</c>) and an adjunct
    /// (<c>on Tuesday</c>, <c>in a statement</c>, <c>Friday</c>) follows the cue: it ends its clause.</summary>
    private static bool EndsClause(QuoteDocument doc, CueHit cue, int last)
    {
        int k = cue.End;
        ReadOnlySpan<char> verb = doc.W(cue.Start);
        if (QuoteWords.IsTell(verb))
        {
            while (k < last && doc.IsFrameWord(k) && !SubjectFinder.IsPreposition(doc, k) && !IsTimeWord(doc, k))
            {
                k++;
            }
        }

        return k >= last || !doc.IsFrameWord(k) || SubjectFinder.IsPreposition(doc, k) || IsTimeWord(doc, k);
    }

    private static bool HasLowercaseWord(QuoteDocument doc, int s, int e)
    {
        for (int i = s; i < e; i++)
        {
            if (doc.Words[i].IsWord && !doc.Words[i].IsCapitalized)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasThat(QuoteDocument doc, int from, int to)
    {
        for (int i = from; i < to && i < from + QuoteRules.ThatWindow; i++)
        {
            if (doc.Is(i, "that"))
            {
                return true;
            }
        }

        return false;
    }

    private static int ContentStart(QuoteDocument doc, CueHit cue, int last)
    {
        // Skip to after "that" when it comes within a few words: said in a statement that …, told reporters that …
        for (int i = cue.End; i < last && i < cue.End + QuoteRules.ThatWindow; i++)
        {
            if (!doc.IsFrameWord(i))
            {
                break;
            }

            if (doc.Is(i, "that"))
            {
                return i + 1;
            }

            if (FunctionWords.Is(doc.W(i), FunctionWordKinds.Auxiliary))
            {
                break; // said the test could change that: a verb of the content came first, so "that" is its object
            }
        }

        int s = cue.End;
        ReadOnlySpan<char> verb = doc.W(cue.Start);
        if (QuoteWords.IsTell(verb))
        {
            // told reporters / told The Associated Press / told him: skip the listener.
            if (s < last && doc.IsFrameWord(s) && (SubjectFinder.HeadOf(doc, s) != SubjectHead.None || QuoteWords.IsListenerPronoun(doc.W(s))))
            {
                s++;
                while (s < last && doc.IsFrameWord(s) && doc.Words[s].IsCapitalized)
                {
                    s++;
                }
            }
            else if (s + 1 < last && doc.Is(s, "the"))
            {
                s += 2;
                while (s < last && doc.IsFrameWord(s) && doc.Words[s].IsCapitalized)
                {
                    s++;
                }
            }
        }

        s = AfterTimeAdjunct(doc, s, last);

        if (s < last && doc.IsPunct(s, ','))
        {
            s++;
        }

        return s;
    }

    /// <summary>Reported content does not open with an adjunct (said in a statement, said when asked,
    /// said, drawing applause): skip it up to a comma, or give up (-1).</summary>
    private static int SkipAdjunct(QuoteDocument doc, int cs, int last)
    {
        if (cs < 0 || cs >= last || !doc.IsFrameWord(cs))
        {
            return cs;
        }

        ReadOnlySpan<char> w = doc.W(cs);
        if (!SubjectFinder.IsPreposition(doc, cs) && !QuoteWords.IsAdjunctOpener(w))
        {
            return cs;
        }

        for (int k = cs + 1; k < last && k < cs + QuoteRules.MaxAdjunctWords; k++)
        {
            if (doc.Words[k].Region >= 0 || doc.IsPunct(k, ',') || doc.IsPunct(k, ':'))
            {
                return doc.IsPunct(k, ',') || doc.IsPunct(k, ':') ? k + 1 : k;
            }

            // said on Tuesday he would …: the clause starts at its subject pronoun.
            if (k > cs + 1 && doc.IsFrameWord(k) && QuoteWords.IsClausePronoun(doc.W(k)))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool IsTimeWord(QuoteDocument doc, int i) => QuoteWords.IsTimeWord(doc.W(i));

    /// <summary>The first word at or after <paramref name="s"/> past time adjuncts (<c>said Tuesday</c>, <c>said on Tuesday</c>).</summary>
    private static int AfterTimeAdjunct(QuoteDocument doc, int s, int last)
    {
        while (s < last && doc.IsFrameWord(s) && (IsTimeWord(doc, s) || doc.Is(s, "on") && s + 1 < last && IsTimeWord(doc, s + 1)))
        {
            s += doc.Is(s, "on") ? 2 : 1;
        }

        return s;
    }
}
