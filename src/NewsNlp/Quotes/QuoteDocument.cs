namespace NewsNlp;

/// <summary>The per-call working state of the quote finder: words, quote regions and sentences of one
/// article, the names speakers resolve to, and who spoke last. Created per call, never shared.</summary>
internal sealed class QuoteDocument
{
    private const int SubjectWindow = 7;
    private const int MaxAppositive = 30;
    private const int MaxPhrase = 15;
    private const int MaxMergedQuote = 4000;
    private const int MaxNameLookback = 400;
    private const int MaxIndirectCues = 16;

    private readonly PageStructure _structure;
    private readonly string _text;
    private readonly List<TextSpan> _paragraphs;
    private readonly List<QuoteRegion> _regions;
    private readonly List<QuoteWord> _words;
    private readonly List<(int Start, int End)> _sentences;
    private readonly List<KnownMention> _known;
    private readonly List<Quote> _quotes = [];
    private readonly bool[] _regionUsed;

    private SpeakerInfo? _lastSpeaker;
    private int _lastSpeakerParagraph = -100;
    private string? _lastCue;
    private int _sentenceStartChar;
    private int _sentenceOrdinal;
    private int _sentenceStartWord;
    private int _lastQuoteIndex = -1;
    private int _lastQuoteSentence = -10;
    private int _lastQuoteParagraph = -10;

    public QuoteDocument(ArticleText article, PageStructure structure, EntityResult entities)
    {
        _structure = structure;
        _text = article.Text;
        _paragraphs = QuoteMarkScanner.Paragraphs(_text);
        _regions = QuoteMarkScanner.Scan(_text, _paragraphs);
        _regionUsed = new bool[_regions.Count];
        _words = QuoteTokenizer.Words(_text, _regions);
        _sentences = QuoteTokenizer.Sentences(_text, _words, _regions);
        _known = entities.Entities.Length > 0
            ? NameFinder.FromEntities(_text, entities.Entities)
            : NameFinder.FromText(_text, _words, _sentences);
    }

    /// <summary>Finds every quote and attribution, in text order.</summary>
    public List<Quote> Extract()
    {
        int paragraph = 0;
        for (int sentence = 0; sentence < _sentences.Count; sentence++)
        {
            (int a, int b) = _sentences[sentence];
            _sentenceOrdinal = sentence;
            int startChar = _words[a].Start;
            while (paragraph + 1 < _paragraphs.Count && _paragraphs[paragraph + 1].Start <= startChar)
            {
                paragraph++;
            }

            TextSpan span = TextSpan.FromBounds(startChar, _words[b - 1].End);
            if (_structure.Excluded.Length > 0 && _structure.IsExcluded(span))
            {
                continue;
            }

            _sentenceStartChar = startChar;
            _sentenceStartWord = a;
            ProcessSentence(a, b, paragraph);
        }

        _quotes.Sort((x, y) => x.Span.Start != y.Span.Start ? x.Span.Start.CompareTo(y.Span.Start) : x.Span.Length.CompareTo(y.Span.Length));
        return _quotes;
    }

    private ReadOnlySpan<char> W(int i) => _words[i].Of(_text);

    private bool Is(int i, string s) => W(i).Equals(s, StringComparison.OrdinalIgnoreCase);

    private bool IsPunct(int i, char c) => !_words[i].IsWord && _words[i].End - _words[i].Start == 1 && _text[_words[i].Start] == c;

    private bool IsFrameWord(int i) => _words[i].Region < 0 && _words[i].IsWord;

    // ---------------------------------------------------------------- sentences

    private void ProcessSentence(int a, int b, int paragraph)
    {
        // Quote regions in this sentence, as word ranges.
        var regions = new List<(int Region, int Start, int End)>();
        for (int i = a; i < b; i++)
        {
            int r = _words[i].Region;
            if (r < 0)
            {
                continue;
            }

            int j = i;
            while (j + 1 < b && _words[j + 1].Region == r)
            {
                j++;
            }

            if (!_regionUsed[r])
            {
                regions.Add((r, i, j + 1));
            }

            i = j;
        }

        int sentenceChars = 0;
        for (int i = a; i < b; i++)
        {
            sentenceChars += _words[i].End - _words[i].Start;
        }

        // Cues outside quotes.
        var cues = new List<CueHit>();
        for (int i = a; i < b; i++)
        {
            if (IsFrameWord(i) && TryCue(i, a, b, out CueHit cue))
            {
                cues.Add(cue);
                i = cue.End - 1;
            }
        }

        var speakers = new SpeakerInfo?[cues.Count];
        var spans = new (int Start, int End)[cues.Count];
        for (int c = 0; c < cues.Count; c++)
        {
            spans[c] = FindSubject(cues[c], a, b);
            speakers[c] = spans[c].End > spans[c].Start ? Resolve(spans[c].Start, spans[c].End, paragraph) : null;
            int who = spans[c].End;
            if (speakers[c] is not null && who < cues[c].Start && IsPunct(who, ','))
            {
                who++;
            }

            if (speakers[c] is not null && who < cues[c].Start && Is(who, "who"))
            {
                // Smith, who …, said: the relative pronoun is the speaker's mention in this clause.
                speakers[c] = speakers[c]! with { Mention = new Mention(W(who).ToString(), TextSpan.FromBounds(_words[who].Start, _words[who].End)) };
            }
        }

        SpeakerInfo? sentenceSpeaker = null;
        string? sentenceCue = null;
        int q = 0;
        while (q < regions.Count)
        {
            (int r, int qs, int qe) = regions[q];
            int cueIndex = ChooseCue(cues, spans, qs, qe, a, regions, q);

            // Interrupted quote: “We will,” he said, “not now.” is one quote.
            int last = q;
            if (q + 1 < regions.Count && cueIndex >= 0 && cues[cueIndex].Start >= qe && cues[cueIndex].End <= regions[q + 1].Start
                && regions[q + 1].Start - qe <= 10 && EndsWithComma(_regions[r]) && IsPunct(regions[q + 1].Start - 1, ','))
            {
                last = q + 1;
            }

            int start = _regions[r].Start;
            int end = _regions[regions[last].Region].End;
            for (int k = q; k <= last; k++)
            {
                _regionUsed[regions[k].Region] = true;
            }

            SpeakerInfo? speaker = null;
            string? cueText = null;
            if (cueIndex >= 0)
            {
                speaker = speakers[cueIndex];
                cueText = cues[cueIndex].Text;
            }

            QuoteKind kind = KindOf(r, qs, regions[last].End, a, sentenceChars, cueIndex >= 0 ? cues[cueIndex] : default);
            int colon = cueIndex < 0 ? ColonBefore(a, qs) : -1;
            if (colon >= 0)
            {
                // Headline style: Biden: ‘We will not abandon Ukraine’
                (int ns, int ne) = ExpandLeft(colon - 1, a, HeadOf(colon - 1));
                speaker = Resolve(ns, ne, paragraph);
            }
            else if (cueIndex < 0)
            {
                // No cue in the sentence: a whole-sentence quote right after a quote goes on with it
                // (“A,” he said. “B.” is one statement); otherwise it continues the last speaker's words.
                if (kind == QuoteKind.Direct && qs == a && _lastQuoteIndex >= 0 && _lastQuoteSentence == _sentenceOrdinal - 1
                    && paragraph - _lastQuoteParagraph <= 1 && end - _quotes[_lastQuoteIndex].Span.Start <= MaxMergedQuote)
                {
                    Quote previous = _quotes[_lastQuoteIndex];
                    var merged = TextSpan.FromBounds(previous.Span.Start, end);
                    _quotes[_lastQuoteIndex] = previous with { Text = merged.GetText(_text), Span = merged };
                    _lastQuoteSentence = _sentenceOrdinal;
                    _lastQuoteParagraph = paragraph;
                    q = last + 1;
                    continue;
                }

                if (kind == QuoteKind.Direct && _lastSpeaker is not null && paragraph - _lastSpeakerParagraph <= 1)
                {
                    speaker = _lastSpeaker;
                    cueText = null;
                }
                else if (kind == QuoteKind.Partial && IsScareQuote(qs, regions[last].End))
                {
                    q = last + 1;
                    continue;
                }
            }

            if (kind == QuoteKind.Partial && IsTitleCase(qs, regions[last].End, cueIndex >= 0 ? 2 : 1))
            {
                q = last + 1;
                continue; // “Star Wars”, “Sunday Morning Futures”: a title or a name, not a quote
            }

            var quote = new Quote(_text[start..end], TextSpan.FromBounds(start, end), kind, speaker?.Name, speaker?.EntityId, speaker?.Mention, cueText);
            _quotes.Add(quote);
            if (kind == QuoteKind.Direct)
            {
                _lastQuoteIndex = _quotes.Count - 1;
                _lastQuoteSentence = _sentenceOrdinal;
                _lastQuoteParagraph = paragraph;
            }
            if (speaker is not null && (speaker.Name is not null))
            {
                sentenceSpeaker = speaker;
                sentenceCue = cueText;
            }

            q = last + 1;
        }

        AddIndirect(cues, spans, speakers, regions, a, b, paragraph, ref sentenceSpeaker, ref sentenceCue);

        if (sentenceSpeaker is not null)
        {
            _lastSpeaker = sentenceSpeaker;
            _lastSpeakerParagraph = paragraph;
            _lastCue = sentenceCue;
        }
    }

    /// <summary>The colon of "Name: …" opening the sentence before a quote, or -1.</summary>
    private int ColonBefore(int a, int qs)
    {
        for (int k = a + 1; k < qs && k <= a + 6; k++)
        {
            if (IsPunct(k, ':'))
            {
                return HeadOf(k - 1) is Head.Name or Head.Nominal ? k : -1;
            }

            if (!_words[k].IsWord || _words[k].Region >= 0)
            {
                return -1;
            }
        }

        return -1;
    }

    private bool EndsWithComma(QuoteRegion region) =>
        region.Closed && region.End - region.Start >= 3 && QuoteMarkScanner.LastInner(_text, region) == ',';

    private bool IsTitleCase(int qs, int qe, int minWords)
    {
        int words = 0;
        for (int i = qs; i < qe; i++)
        {
            if (!_words[i].IsWord)
            {
                continue;
            }

            words++;
            if (!_words[i].IsCapitalized && W(i) is not ("of" or "the" or "a" or "an" or "and" or "in" or "on" or "for" or "to" or "at" or "with"))
            {
                return false;
            }
        }

        return words >= minWords && words <= 6;
    }

    private bool IsScareQuote(int qs, int qe)
    {
        // A short fragment with no reporting verb near it: a title, a nickname or scare quotes.
        int words = 0;
        for (int i = qs; i < qe; i++)
        {
            if (_words[i].IsWord)
            {
                words++;
            }
        }

        return words <= 4;
    }

    private int ChooseCue(List<CueHit> cues, (int Start, int End)[] spans, int qs, int qe, int a, List<(int Region, int Start, int End)> regions, int q)
    {
        bool atStart = qs == a || (qs == a + 1 && !_words[a].IsWord);

        // Cues are in text order: the last one ending before the quote, the first one starting after it.
        int lo = 0;
        int hi = cues.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (cues[mid].Start < qe)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        int right = lo < cues.Count ? lo : -1;
        int left = lo - 1;
        while (left >= 0 && cues[left].End > qs)
        {
            left--;
        }

        if (right >= 0 && q + 1 < regions.Count && regions[q + 1].Start < cues[right].Start && !IsInterruption(qe, regions[q + 1].Start, cues[right]))
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

    private static bool IsInterruption(int qe, int nextRegionStart, CueHit cue) =>
        cue.Start >= qe && cue.End <= nextRegionStart && nextRegionStart - qe <= 10;

    private QuoteKind KindOf(int region, int qs, int qe, int a, int sentenceChars, CueHit cue)
    {
        QuoteRegion r = _regions[region];
        if (r.Paragraphs > 1)
        {
            return QuoteKind.Direct;
        }

        bool atStart = qs == a;
        if (atStart)
        {
            return QuoteKind.Direct;
        }

        // Preposed: She said: “We will.” / She said, “We will.”
        int before = qs - 1;
        char first = FirstLetter(r);
        if (before >= a && (IsPunct(before, ':') || IsPunct(before, ',')) && char.IsUpper(first))
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
            quoted += _words[i].End - _words[i].Start;
        }

        int all = sentenceChars;
        return quoted >= 0.6 * all ? QuoteKind.Direct : QuoteKind.Partial;
    }

    private char FirstLetter(QuoteRegion r)
    {
        for (int i = r.Start + 1; i < r.End; i++)
        {
            if (char.IsLetterOrDigit(_text[i]))
            {
                return _text[i];
            }
        }

        return ' ';
    }

    // ---------------------------------------------------------------- cues

    private bool TryCue(int i, int a, int b, out CueHit cue)
    {
        cue = default;
        ReadOnlySpan<char> word = W(i);
        int end = -1;
        bool according = false;
        if (ReportingLexicon.PhraseLookup.TryGetValue(word, out string[][]? continuations))
        {
            foreach (string[] rest in continuations)
            {
                int k = i + 1;
                bool ok = true;
                foreach (string part in rest)
                {
                    if (k >= b || !IsFrameWord(k) || !W(k).Equals(part, StringComparison.OrdinalIgnoreCase))
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

        if (end < 0 && ReportingLexicon.VerbLookup.Contains(word))
        {
            end = i + 1;
        }

        if (end < 0)
        {
            return false;
        }

        if (!according)
        {
            // A capitalized verb mid-sentence is a name ("State Department", "Washington Post").
            if (_words[i].IsCapitalized && i > a && !IsHeadlineCue(word))
            {
                return false;
            }

            if (i > a && _words[i - 1].IsWord)
            {
                ReadOnlySpan<char> prev = W(i - 1);
                if (ReportingLexicon.Determiners.Contains(prev) || prev.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || prev.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
                {
                    return false; // "the said company", "his claims", "Trump's remarks"
                }

                if (IsPassive(i, a))
                {
                    return false; // "he was told", "it is expected"
                }
            }

            if (end < b && Is(end, "by") && !W(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                return false; // "the facts reported by the government": a participle, not a report
            }

            if (ReportingLexicon.WeakVerbLookup.Contains(word) && end == i + 1 && !HasComplement(end, b) && !AfterQuote(i, a))
            {
                return false;
            }
        }

        cue = new CueHit(i, end, _text[_words[i].Start.._words[end - 1].End], according);
        return true;
    }

    /// <summary>Whether a quote ends just before the cue: “…,” Blackwell continued.</summary>
    private bool AfterQuote(int i, int a)
    {
        for (int k = i - 1; k >= a && k >= i - 5; k--)
        {
            if (_words[k].Region >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Title-case cues of headlines (<c>Clinton Says Trump Is Unfit</c>): verb forms that are never
    /// part of a name, unlike "State" or "Post".</summary>
    private static bool IsHeadlineCue(ReadOnlySpan<char> word) => word is "Says" or "Said" or "Tells" or "Told" or "Tweets" or "Tweeted"
        or "Slams" or "Blasts" or "Warns" or "Warned" or "Urges" or "Urged" or "Claims" or "Admits" or "Denies" or "Vows" or "Vowed"
        or "Insists" or "Argues" or "Accuses" or "Praises" or "Rips" or "Defends" or "Dismisses" or "Predicts" or "Suggests" or "Thinks";

    private bool IsPassive(int i, int a)
    {
        for (int k = i - 1, n = 0; k >= a && n < 3; k--, n++)
        {
            if (!_words[k].IsWord)
            {
                return false;
            }

            ReadOnlySpan<char> w = W(k);
            if (w is "was" or "were" or "is" or "are" or "been" or "being" or "be" or "am" or "Was" or "Is")
            {
                return true;
            }

            if (!ReportingLexicon.Auxiliaries.Contains(w) && !w.EndsWith("ly", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    private bool HasComplement(int from, int b)
    {
        // Naming verbs take an object first: called Trump “a liar”, described the plan as “a disaster”.
        ReadOnlySpan<char> verb = W(from - 1);
        int window = verb.StartsWith("call", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("describ", StringComparison.OrdinalIgnoreCase)
            || verb.StartsWith("label", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("dub", StringComparison.OrdinalIgnoreCase)
            || verb.StartsWith("brand", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("term", StringComparison.OrdinalIgnoreCase) ? 10 : 3;
        for (int k = from; k < b && k < from + window; k++)
        {
            if (window > 3 && _words[k].Region >= 0)
            {
                return true;
            }

            if (window > 3 && _words[k].IsWord)
            {
                continue;
            }

            if (_words[k].Region >= 0 || IsPunct(k, ':') || Is(k, "that"))
            {
                return true;
            }

            if (!_words[k].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    // ---------------------------------------------------------------- subjects

    private enum Head
    {
        None,
        Name,
        Pronoun,
        Nominal,
    }

    private Head HeadOf(int i)
    {
        if (!IsFrameWord(i))
        {
            return Head.None;
        }

        ReadOnlySpan<char> w = W(i);
        if (ReportingLexicon.Pronouns.Contains(w))
        {
            return Head.Pronoun;
        }

        if (_words[i].IsCapitalized)
        {
            if (NameFinder.IsNotName(w) || (i == _sentenceStartWord && !LooksLikeSentenceInitialName(i)))
            {
                return Head.None;
            }

            return Head.Name;
        }

        return ReportingLexicon.SpeakerNouns.Contains(w) ? Head.Nominal : Head.None;
    }

    /// <summary>Whether the capitalized first word of a sentence is a name ("Trump said"), not just
    /// a capitalized word ("Hours later …").</summary>
    private bool LooksLikeSentenceInitialName(int i)
    {
        if (i + 1 < _words.Count)
        {
            if (_words[i + 1].IsCapitalized || IsPunct(i + 1, ',') || IsPunct(i + 1, ':') || _words[i + 1].Region >= 0)
            {
                return true;
            }

            ReadOnlySpan<char> next = W(i + 1);
            if (ReportingLexicon.VerbLookup.Contains(next) || ReportingLexicon.Auxiliaries.Contains(next) || next.EndsWith("ly", StringComparison.Ordinal))
            {
                return true;
            }
        }

        int k = LowerBound(_words[i].Start);
        return k < _known.Count && _known[k].Start < _words[i].End;
    }

    /// <summary>The words naming who spoke for <paramref name="cue"/>: its subject to the left, or to the
    /// right when inverted (<c>said Sen. Jane Doe</c>, <c>according to …</c>).</summary>
    private (int Start, int End) FindSubject(CueHit cue, int a, int b)
    {
        if (cue.According)
        {
            return AccordingPhrase(cue.End, b);
        }

        // The left bound: the sentence start or the end of a quote to the left.
        int lower = a;
        for (int k = cue.Start - 1; k >= a && k >= cue.Start - MaxAppositive - SubjectWindow; k--)
        {
            if (_words[k].Region >= 0)
            {
                lower = k + 1;
                break;
            }
        }

        (int Start, int End) left = LeftSubject(cue.Start, lower);
        if (left.End > left.Start)
        {
            return left;
        }

        // Inverted: “…,” said Sen. Jane Doe. / …, said Doe, a spokesman.
        int prev = cue.Start - 1;
        if (prev < a || IsPunct(prev, ',') || _words[prev].Region >= 0 || IsPunct(prev, '—'))
        {
            return RightSubject(cue.End, b);
        }

        return default;
    }

    private (int Start, int End) LeftSubject(int cueStart, int lower)
    {
        int j = cueStart - 1;
        int skipped = 0;
        while (j >= lower && skipped < 4 && _words[j].IsWord && (ReportingLexicon.Auxiliaries.Contains(W(j)) || (W(j).EndsWith("ly", StringComparison.Ordinal) && !_words[j].IsCapitalized)))
        {
            j--;
            skipped++;
        }

        if (j < lower)
        {
            return default;
        }

        if (IsPunct(j, ',') && j == cueStart - 1 && W(cueStart).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            // A participle after the main clause: Trump spoke for an hour, saying …: its subject opens the sentence.
            for (int k = lower; k < j && k < lower + SubjectWindow; k++)
            {
                Head hk = HeadOf(k);
                if (hk == Head.None || IsAllCaps(k))
                {
                    continue; // the dateline city (WASHINGTON —) opens the sentence but says nothing
                }

                if (hk == Head.Pronoun)
                {
                    return Is(k, "who") ? default : (k, k + 1);
                }

                int e = k + 1;
                while (e < j && IsFrameWord(e) && (_words[e].IsCapitalized && !NameFinder.IsNotName(W(e)) || HeadOf(e) == Head.Nominal))
                {
                    e++;
                }

                int s0 = k - 1 >= lower && IsFrameWord(k - 1) && ReportingLexicon.Determiners.Contains(W(k - 1)) ? k - 1 : k;
                return (s0, e);
            }

            return default;
        }

        if (IsPunct(j, ','))
        {
            // An appositive or relative clause: Daniel Kritenbrink, assistant secretary of state, said …
            int commas = 0;
            for (int k = j - 1; k >= lower && k >= j - MaxAppositive; k--)
            {
                if (_words[k].Region >= 0 || IsPunct(k, '.') || IsPunct(k, ';'))
                {
                    break;
                }

                if (IsPunct(k, ','))
                {
                    int h = k - 1;
                    if (h >= lower && HeadOf(h) is Head.Name or Head.Nominal)
                    {
                        return ExpandLeft(h, lower, HeadOf(h));
                    }

                    if (++commas >= 3)
                    {
                        break;
                    }
                }
            }

            return default;
        }

        for (int k = j; k >= lower && k > j - SubjectWindow; k--)
        {
            if (!_words[k].IsWord)
            {
                if (IsPunct(k, '(') || IsPunct(k, ')') || IsPunct(k, '-'))
                {
                    continue;
                }

                break;
            }

            if (k < j && (Is(k, "that") || ReportingLexicon.VerbLookup.Contains(W(k)) && !_words[k].IsCapitalized))
            {
                break;
            }

            if (k < j && W(k) is "the" or "a" or "an" or "another" or "The" or "A" or "An" or "Another"
                && !(k - 1 >= lower && IsFrameWord(k - 1) && IsPreposition(k - 1)))
            {
                return (k, j + 1); // the gambling tycoon told Reuters
            }

            Head head = HeadOf(k);
            if (head == Head.Pronoun && Is(k, "who"))
            {
                // … Smith, who heads the agency, said …: the antecedent before "who".
                int p = k - 1;
                if (p >= lower && IsPunct(p, ','))
                {
                    p--;
                }

                if (p >= lower && HeadOf(p) is Head.Name or Head.Nominal)
                {
                    return ExpandLeft(p, lower, HeadOf(p));
                }

                return default;
            }

            if (head == Head.Name && k - 1 >= lower && IsFrameWord(k - 1) && IsPreposition(k - 1) && !_words[k - 1].IsCapitalized)
            {
                continue; // "Carson in Baltimore called …": a place in a prepositional phrase is no subject
            }

            if (head != Head.None)
            {
                return ExpandLeft(k, lower, head);
            }
        }

        return default;
    }

    private (int Start, int End) ExpandLeft(int h, int lower, Head head)
    {
        if (head == Head.Pronoun)
        {
            return (h, h + 1);
        }

        int k = h;
        if (head == Head.Name)
        {
            // Keep the name and the nominal head behind it: "Trump campaign" is one phrase.
            while (k - 1 >= lower && IsFrameWord(k - 1))
            {
                ReadOnlySpan<char> p = W(k - 1);
                if (_words[k - 1].IsCapitalized && !NameFinder.IsNotName(p))
                {
                    k--;
                }
                else if ((p is "of" or "for") && k - 2 >= lower && _words[k - 2].IsCapitalized && !NameFinder.IsNotName(W(k - 2)))
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

        // A nominal: take modifiers back to a determiner, at most four words.
        for (int n = 0; n < 4 && k - 1 >= lower && IsFrameWord(k - 1); n++)
        {
            ReadOnlySpan<char> p = W(k - 1);
            if (ReportingLexicon.VerbLookup.Contains(p) || ReportingLexicon.Auxiliaries.Contains(p) || p is "that" or "and" or "or" or "but" or "in" or "on" or "at" or "to" or "with" or "by" or "from")
            {
                break;
            }

            k--;
            if (p is "the" or "a" or "an" or "The" or "A" or "An" or "another" or "Another" or "some" or "Some" || p.EndsWith("'s", StringComparison.Ordinal) || p.EndsWith("’s", StringComparison.Ordinal))
            {
                break;
            }
        }

        return (k, h + 1);
    }

    private (int Start, int End) RightSubject(int s, int b)
    {
        // Skip a time word: said Tuesday Sen. Jane Doe is rare, but "said on Tuesday" leaves no subject.
        if (s >= b)
        {
            return default;
        }

        Head head = HeadOf(s);
        if (head == Head.Pronoun)
        {
            return Is(s, "who") ? default : (s, s + 1);
        }

        if (head == Head.Name)
        {
            int e = s + 1;
            while (e < b && IsFrameWord(e) && (_words[e].IsCapitalized && !NameFinder.IsNotName(W(e))
                || ((W(e) is "of" or "for") && e + 1 < b && _words[e + 1].IsCapitalized)))
            {
                e++;
            }

            return (s, e);
        }

        // A nominal: a determiner and modifiers up to a speaker noun.
        for (int e = s; e < b && e < s + 6; e++)
        {
            if (!IsFrameWord(e))
            {
                break;
            }

            if (HeadOf(e) is Head.Nominal)
            {
                // said witness Laura Kim / said party spokesman John Smith
                int end = e + 1;
                while (end < b && end < e + 4 && IsFrameWord(end) && (_words[end].IsCapitalized && !NameFinder.IsNotName(W(end)) || HeadOf(end) == Head.Nominal))
                {
                    end++;
                }

                return (s, end);
            }

            if (HeadOf(e) is Head.Name)
            {
                int end = e + 1;
                while (end < b && IsFrameWord(end) && _words[end].IsCapitalized)
                {
                    end++;
                }

                return (s, end);
            }
        }

        return default;
    }

    private (int Start, int End) AccordingPhrase(int s, int b)
    {
        int e = s;
        while (e < b && e < s + MaxPhrase && _words[e].Region < 0 && !IsPunct(e, ',') && !IsPunct(e, '.') && !IsPunct(e, ';') && !IsPunct(e, '—') && !IsPunct(e, '(')
            && !(e > s && Is(e, "that")))
        {
            e++;
        }

        return (s, e);
    }

    // ---------------------------------------------------------------- speakers

    private SpeakerInfo Resolve(int s, int e, int paragraph)
    {
        // A document or spokesperson "of/from/for" an organization speaks for it.
        for (int i = s; i < e; i++)
        {
            if (!_words[i].IsCapitalized && ReportingLexicon.DocumentNouns.Contains(W(i)))
            {
                for (int k = i + 1; k < e; k++)
                {
                    if (W(k) is "from" or "of" or "by" or "for")
                    {
                        int n = k + 1;
                        while (n < e && Is(n, "the"))
                        {
                            n++;
                        }

                        if (n < e && _words[n].IsCapitalized)
                        {
                            int ne = n + 1;
                            while (ne < e && _words[ne].IsCapitalized)
                            {
                                ne++;
                            }

                            return ResolveName(n, ne);
                        }
                    }
                }

                break;
            }
        }

        // The first capitalized run, when there is one (the "a spokesman for X" case aside).
        Head head = HeadOf(e - 1);
        if (e - s == 1 && head == Head.Pronoun)
        {
            return ResolvePronoun(s, paragraph);
        }

        for (int i = s; i < e; i++)
        {
            if (_words[i].IsCapitalized && !NameFinder.IsNotName(W(i)))
            {
                int ne = i + 1;
                while (ne < e && (_words[ne].IsCapitalized || ((W(ne) is "of" or "for") && ne + 1 < e && _words[ne + 1].IsCapitalized)))
                {
                    ne++;
                }

                // "Trump campaign officials": the name is a modifier; the speakers are the officials.
                if (ne < e && HeadOf(e - 1) == Head.Nominal && !_words[e - 1].IsCapitalized && IsPlural(e - 1))
                {
                    break;
                }

                return ResolveName(i, ne);
            }
        }

        // A nominal speaker: its own words.
        int start = s;
        var mention = new Mention(_text[_words[start].Start.._words[e - 1].End], TextSpan.FromBounds(_words[start].Start, _words[e - 1].End));
        KnownMention? entity = FindOverlap(mention.Span);
        if (entity is { } ent && ent.EntityId is not null)
        {
            return new SpeakerInfo(ent.Name, ent.EntityId, mention, ent.Kind, ent.Gender);
        }

        SpeakerKind kind = IsPlural(e - 1) ? SpeakerKind.Group : IsOrgNoun(e - 1) ? SpeakerKind.Organization : SpeakerKind.Person;
        char gender = W(e - 1) is "spokeswoman" or "woman" or "mother" or "daughter" or "wife" or "congresswoman" or "chairwoman" ? 'f'
            : W(e - 1) is "spokesman" or "man" or "father" or "son" or "husband" or "congressman" or "chairman" ? 'm' : '\0';
        return new SpeakerInfo(mention.Text, null, mention, kind, gender);
    }

    private bool IsPlural(int i)
    {
        ReadOnlySpan<char> w = W(i);
        return w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && w is not "press" and not "news" || w is "people" or "police" or "staff" or "men" or "women";
    }

    private bool IsOrgNoun(int i) => W(i) is "company" or "firm" or "campaign" or "ministry" or "department" or "agency" or "government"
        or "administration" or "statement" or "readout" or "report" or "group" or "committee" or "court" or "team" or "organization"
        or "party" or "office" or "study" or "survey" or "poll" or "newspaper" or "paper" or "network" or "board" or "council" or "panel"
        or "commission" or "union" or "memo" or "letter" or "release" or "filing" or "transcript" or "website" or "military" or "army";

    private SpeakerInfo ResolveName(int s, int e)
    {
        // Drop leading titles unless the phrase is an organization ("U.S. State Department").
        int n = s;
        bool org = NameFinder.IsOrgWord(W(e - 1));
        if (!org)
        {
            while (n < e - 1 && (ReportingLexicon.Titles.Contains(W(n).TrimEnd('.')) || W(n) is "of" or "for"))
            {
                n++;
            }
        }
        else
        {
            while (n < e - 1 && NameFinder.IsNotName(W(n)))
            {
                n++;
            }
        }

        var span = TextSpan.FromBounds(_words[n].Start, _words[e - 1].End);
        var mention = new Mention(span.GetText(_text), span);
        var full = TextSpan.FromBounds(_words[s].Start, _words[e - 1].End);
        KnownMention? known = FindOverlap(full);
        known ??= FindByName(mention.Text, span.Start);
        if (known is { } k)
        {
            return new SpeakerInfo(k.Name, k.EntityId, mention, k.Kind, k.Gender);
        }

        SpeakerKind kind = org ? SpeakerKind.Organization : SpeakerKind.Unknown;
        char gender = '\0';
        for (int i = s; i <= n && i < e; i++)
        {
            char g = NameFinder.GenderOf(W(i));
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

    private KnownMention? FindOverlap(TextSpan span)
    {
        int i = LowerBound(span.Start - 200);
        KnownMention? best = null;
        int bestLen = 0;
        for (; i < _known.Count && _known[i].Start < span.End; i++)
        {
            KnownMention m = _known[i];
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

    private KnownMention? FindByName(string name, int before)
    {
        // The latest earlier name whose canonical form ends with this surname, or equals it.
        int i = LowerBound(before) - 1;
        string suffix = " " + name;
        string prefix = name + " "; // family name first: Qin (Gang), Xi (Jinping)
        for (int n = 0; i >= 0 && n < MaxNameLookback; i--, n++)
        {
            KnownMention m = _known[i];
            if (m.Name.Equals(name, StringComparison.Ordinal) || m.Name.EndsWith(suffix, StringComparison.Ordinal)
                || (m.Kind == SpeakerKind.Person && m.Name.StartsWith(prefix, StringComparison.Ordinal) && m.Name.IndexOf(' ', prefix.Length) < 0))
            {
                return m;
            }
        }

        // Later mentions too (a surname before the full name appears, as in a headline).
        for (int n = 0, j = Math.Max(0, LowerBound(before)); j < _known.Count && n < MaxNameLookback; j++, n++)
        {
            KnownMention m = _known[j];
            if (m.Kind == SpeakerKind.Person && (m.Name.Equals(name, StringComparison.Ordinal) || m.Name.EndsWith(suffix, StringComparison.Ordinal)))
            {
                return m;
            }
        }

        return null;
    }

    private int LowerBound(int position)
    {
        int lo = 0;
        int hi = _known.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_known[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private SpeakerInfo ResolvePronoun(int i, int paragraph)
    {
        var span = TextSpan.FromBounds(_words[i].Start, _words[i].End);
        var mention = new Mention(span.GetText(_text), span);
        ReadOnlySpan<char> w = W(i);
        bool he = w.Equals("he", StringComparison.OrdinalIgnoreCase);
        bool she = w.Equals("she", StringComparison.OrdinalIgnoreCase);
        if (he || she)
        {
            char g = he ? 'm' : 'f';

            // A person named earlier in this sentence.
            for (int k = LowerBound(span.Start) - 1; k >= 0 && _known[k].Start >= _sentenceStartChar; k--)
            {
                if (_known[k].Kind == SpeakerKind.Person && Compatible(_known[k].Gender, g))
                {
                    return new SpeakerInfo(_known[k].Name, _known[k].EntityId, mention, SpeakerKind.Person, g);
                }
            }

            if (_lastSpeaker is { Kind: SpeakerKind.Person } last && paragraph - _lastSpeakerParagraph <= 2 && Compatible(last.Gender, g) && last.Name is not null)
            {
                return last with { Mention = mention, Gender = g };
            }

            for (int k = LowerBound(span.Start) - 1; k >= 0 && span.Start - _known[k].Start < 3000; k--)
            {
                if (_known[k].Kind == SpeakerKind.Person && Compatible(_known[k].Gender, g))
                {
                    return new SpeakerInfo(_known[k].Name, _known[k].EntityId, mention, SpeakerKind.Person, g);
                }
            }

            return new SpeakerInfo(null, null, mention, SpeakerKind.Person, g);
        }

        if (w.Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            if (_lastSpeaker is { Kind: SpeakerKind.Organization } last && paragraph - _lastSpeakerParagraph <= 3 && last.Name is not null)
            {
                return last with { Mention = mention };
            }

            for (int k = LowerBound(span.Start) - 1; k >= 0 && span.Start - _known[k].Start < 1500; k--)
            {
                if (_known[k].Kind == SpeakerKind.Organization)
                {
                    return new SpeakerInfo(_known[k].Name, _known[k].EntityId, mention, SpeakerKind.Organization, '\0');
                }
            }

            return new SpeakerInfo(null, null, mention, SpeakerKind.Organization, '\0');
        }

        if (w.Equals("they", StringComparison.OrdinalIgnoreCase) || w.Equals("we", StringComparison.OrdinalIgnoreCase))
        {
            if (_lastSpeaker is { Kind: SpeakerKind.Organization or SpeakerKind.Group } last && paragraph - _lastSpeakerParagraph <= 2 && last.Name is not null)
            {
                return last with { Mention = mention };
            }

            return new SpeakerInfo(null, null, mention, SpeakerKind.Group, '\0');
        }

        return new SpeakerInfo(null, null, mention, SpeakerKind.Unknown, '\0');
    }

    private static bool Compatible(char known, char wanted) => known == '\0' || known == wanted;

    // ---------------------------------------------------------------- reported speech

    private void AddIndirect(List<CueHit> cues, (int Start, int End)[] spans, SpeakerInfo?[] speakers, List<(int Region, int Start, int End)> regions,
        int a, int b, int paragraph, ref SpeakerInfo? sentenceSpeaker, ref string? sentenceCue)
    {
        int last = b;
        while (last > a && !_words[last - 1].IsWord && _words[last - 1].Region < 0)
        {
            last--; // trailing period
        }

        for (int c = 0; c < cues.Count && c < MaxIndirectCues; c++)
        {
            CueHit cue = cues[c];
            (int ss, int se) = spans[c];
            if (se <= ss)
            {
                continue;
            }

            int cs = -1;
            int ce = -1;
            if (cue.According)
            {
                if (ss == cue.End && cue.Start == a)
                {
                    // According to X, CONTENT.
                    cs = se;
                    while (cs < last && !_words[cs].IsWord && _words[cs].Region < 0)
                    {
                        cs++;
                    }

                    ce = last;
                }
                else if (cue.Start > a && IsPunct(cue.Start - 1, ','))
                {
                    cs = a;
                    ce = cue.Start - 1;
                }
            }
            else if (se <= cue.Start)
            {
                // Subject before the cue.
                int tail = last - cue.End;
                bool postposed = ss > a && IsPunct(ss - 1, ',') && tail <= 6 && !HasThat(cue.End, last);
                if (postposed)
                {
                    cs = a;
                    ce = ss - 1;
                }
                else
                {
                    cs = SkipAdjunct(ContentStart(cue, last), last);
                    ce = last;
                }
            }
            else if (ss >= cue.End)
            {
                // Inverted: CONTENT, said Doe.
                if (cue.Start > a && IsPunct(cue.Start - 1, ','))
                {
                    cs = a;
                    ce = cue.Start - 1;
                }
            }

            if (cs < 0 || ce - cs < 3)
            {
                continue;
            }

            while (ce > cs && !_words[ce - 1].IsWord && _words[ce - 1].Region < 0)
            {
                ce--;
            }

            while (cs < ce && !_words[cs].IsWord && _words[cs].Region < 0)
            {
                cs++;
            }

            if (ce - cs < 3 || !HasLowercaseWord(cs, ce))
            {
                continue;
            }

            // Mostly quoted: the direct or partial quote already carries it.
            int quoted = 0;
            foreach ((int r, int qs, int qe) in regions)
            {
                int s = Math.Max(qs, cs);
                int e = Math.Min(qe, ce);
                if (e > s)
                {
                    quoted = Math.Max(quoted, _words[e - 1].End - _words[s].Start);
                }
            }

            int total = _words[ce - 1].End - _words[cs].Start;
            if (quoted >= 0.5 * total)
            {
                break;
            }

            var span = TextSpan.FromBounds(_words[cs].Start, _words[ce - 1].End);
            SpeakerInfo? speaker = speakers[c];
            _quotes.Add(new Quote(span.GetText(_text), span, QuoteKind.Indirect, speaker?.Name, speaker?.EntityId, speaker?.Mention, cue.Text));
            if (speaker?.Name is not null)
            {
                sentenceSpeaker ??= speaker;
                sentenceCue ??= cue.Text;
            }

            break; // one attribution per sentence: the outermost
        }
    }

    private bool HasLowercaseWord(int s, int e)
    {
        for (int i = s; i < e; i++)
        {
            if (_words[i].IsWord && !_words[i].IsCapitalized)
            {
                return true;
            }
        }

        return false;
    }

    private bool HasThat(int from, int to)
    {
        for (int i = from; i < to && i < from + 8; i++)
        {
            if (Is(i, "that"))
            {
                return true;
            }
        }

        return false;
    }

    private int ContentStart(CueHit cue, int last)
    {
        // Skip to after "that" when it comes within a few words: said in a statement that …, told reporters that …
        for (int i = cue.End; i < last && i < cue.End + 8; i++)
        {
            if (!IsFrameWord(i))
            {
                break;
            }

            if (Is(i, "that"))
            {
                return i + 1;
            }
        }

        int s = cue.End;
        ReadOnlySpan<char> verb = W(cue.Start);
        if (verb.StartsWith("tell", StringComparison.OrdinalIgnoreCase) || verb.Equals("told", StringComparison.OrdinalIgnoreCase))
        {
            // told reporters / told The Associated Press / told him: skip the listener.
            if (s < last && IsFrameWord(s) && (HeadOf(s) != Head.None || W(s) is "him" or "her" or "them" or "us" or "me"))
            {
                s++;
                while (s < last && IsFrameWord(s) && _words[s].IsCapitalized)
                {
                    s++;
                }
            }
            else if (s + 1 < last && Is(s, "the"))
            {
                s += 2;
                while (s < last && IsFrameWord(s) && _words[s].IsCapitalized)
                {
                    s++;
                }
            }
        }

        // Time and place adjuncts: said Tuesday, said on Tuesday, said in Washington.
        while (s < last && IsFrameWord(s) && (IsDayWord(s) || Is(s, "on") && s + 1 < last && IsDayWord(s + 1)))
        {
            s += Is(s, "on") ? 2 : 1;
        }

        if (s < last && IsPunct(s, ','))
        {
            s++;
        }

        return s;
    }

    /// <summary>Reported content does not open with an adjunct (said in a statement, said when asked,
    /// said, drawing applause): skip it up to a comma, or give up (-1).</summary>
    private int SkipAdjunct(int cs, int last)
    {
        if (cs < 0 || cs >= last || !IsFrameWord(cs))
        {
            return cs;
        }

        ReadOnlySpan<char> w = W(cs);
        bool adjunct = IsPreposition(cs) || w is "when" or "as" or "while" or "after" or "before" or "because" or "if" or "during" or "since"
            || (w is "drawing" or "eliciting" or "prompting" or "sparking" or "earning" or "pointing" or "gesturing" or "speaking" or "standing" or "sitting" or "dressed");
        if (!adjunct)
        {
            return cs;
        }

        for (int k = cs + 1; k < last && k < cs + 12; k++)
        {
            if (_words[k].Region >= 0 || IsPunct(k, ',') || IsPunct(k, ':'))
            {
                return IsPunct(k, ',') || IsPunct(k, ':') ? k + 1 : k;
            }

            // said on Tuesday he would …: the clause starts at its subject pronoun.
            if (k > cs + 1 && IsFrameWord(k) && W(k) is "he" or "she" or "they" or "it" or "we" or "I")
            {
                return k;
            }
        }

        return -1;
    }

    private bool IsAllCaps(int i)
    {
        ReadOnlySpan<char> w = W(i);
        if (w.Length < 4)
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

    private bool IsPreposition(int i) => W(i) is "on" or "in" or "at" or "for" or "with" or "by" or "from" or "of" or "to" or "about"
        or "over" or "under" or "after" or "before" or "during" or "into" or "onto" or "against" or "among" or "through" or "like"
        or "On" or "In" or "At" or "For" or "With" or "By" or "From" or "After" or "Before" or "During" or "Like";

    private bool IsDayWord(int i) => W(i) is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday"
        or "today" or "yesterday" or "Sunday" or "earlier" or "later" or "recently" or "last" or "week" or "night" or "morning" or "evening";
}
