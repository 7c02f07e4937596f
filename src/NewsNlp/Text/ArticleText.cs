namespace NewsNlp;

/// <summary>The text layer: one article's tokens (with <see cref="TokenFlags"/>), lines, paragraphs, sentences and
/// quote regions, built once per <see cref="NewsAnalyzer.Analyze(string)"/> call. Every stage reads views of it and
/// none scans the raw text for words, sentences, paragraphs or quotation marks again. Immutable once built.</summary>
/// <remarks>
/// <para>One definition of each unit:</para>
/// <list type="bullet">
/// <item>a <b>token</b> is the <see cref="Tokenizer"/>'s;</item>
/// <item>a <b>line</b> is a non-blank line, trimmed (<see cref="TextLine"/>);</item>
/// <item>a <b>paragraph</b> is a block between blank lines, split further at each line when the block is not
/// hard-wrapped and at each indented line (<see cref="TextLines.Paragraphs"/>); this is what the API returns;</item>
/// <item>a <b>sentence</b> is the <see cref="SentenceSplitter"/>'s;</item>
/// <item>a <b>quote region</b> runs from an opening quotation mark to its closing mark inside a paragraph, or over
/// several paragraphs when each next one reopens (<see cref="QuoteMarkScanner"/>).</item>
/// </list>
/// </remarks>
internal sealed class ArticleText
{
    private ArticleText(string text, Token[] tokens, TextSpan[] sentences, TextLine[] lines, TextSpan[] paragraphs, QuoteRegion[] quoteRegions)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Lines = lines;
        Paragraphs = paragraphs;
        QuoteRegions = quoteRegions;
        Flags = new TokenFlags[tokens.Length];
        SentenceFirstToken = new int[sentences.Length + 1];
        ParagraphFirstToken = new int[paragraphs.Length + 1];
        ComputeFlags();
    }

    /// <summary>Gets the analyzed text.</summary>
    public string Text { get; }

    /// <summary>Gets every token, in order.</summary>
    public Token[] Tokens { get; }

    /// <summary>Gets each token's flags (same indices as <see cref="Tokens"/>).</summary>
    public TokenFlags[] Flags { get; }

    /// <summary>Gets the sentences, in order (boilerplate included: stages ask the page structure what to skip).</summary>
    public TextSpan[] Sentences { get; }

    /// <summary>Gets, for each sentence, the index of its first token; one more entry holds the token count, so
    /// sentence <c>s</c> covers tokens <c>[SentenceFirstToken[s], SentenceFirstToken[s + 1])</c>.</summary>
    public int[] SentenceFirstToken { get; }

    /// <summary>Gets the non-blank lines, trimmed, in order.</summary>
    public TextLine[] Lines { get; }

    /// <summary>Gets the paragraphs, in order.</summary>
    public TextSpan[] Paragraphs { get; }

    /// <summary>Gets, for each paragraph, the index of its first token, with the token count as a last entry.</summary>
    public int[] ParagraphFirstToken { get; }

    /// <summary>Gets the quote regions, in order; they never overlap.</summary>
    public QuoteRegion[] QuoteRegions { get; }

    /// <summary>Builds the text layer of <paramref name="text"/>: one tokenizer pass, one line pass, one pass over
    /// quotation marks, and one pass over the tokens for sentences (reading the lines and paragraphs) and flags.</summary>
    /// <param name="text">The article.</param>
    /// <returns>The text layer.</returns>
    public static ArticleText Build(string text)
    {
        Token[] tokens = Tokenizer.Default.TokenizeToArray(text);
        List<TextLine> lines = TextLines.Split(text);
        var paragraphs = new List<TextSpan>(lines.Count);
        TextLines.Paragraphs(lines, paragraphs);
        TextLine[] lineArray = [.. lines];
        TextSpan[] paragraphArray = [.. paragraphs];
        TextSpan[] sentences = SentenceSplitter.Default.Split(text, tokens, lineArray, paragraphArray);
        List<QuoteRegion> regions = QuoteMarkScanner.Scan(text, paragraphs);
        return new ArticleText(text, tokens, sentences, lineArray, paragraphArray, [.. regions]);
    }

    /// <summary>Gets the characters of token <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> TokenText(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);

    /// <summary>Whether token <paramref name="i"/> has every flag in <paramref name="flags"/>.</summary>
    public bool Has(int i, TokenFlags flags) => (Flags[i] & flags) == flags;

    /// <summary>The index of the token that contains <paramref name="offset"/>, or of the first token after it
    /// (the token count when none follows).</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].End <= offset)
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

    /// <summary>The index of the paragraph that contains <paramref name="offset"/>, or -1 when it lies between
    /// paragraphs or outside them.</summary>
    public int ParagraphAt(int offset) => IndexAt(Paragraphs, offset, static p => p);

    /// <summary>The index of the sentence that contains <paramref name="offset"/>, or -1.</summary>
    public int SentenceAt(int offset) => IndexAt(Sentences, offset, static s => s);

    /// <summary>Whether line <paramref name="line"/>'s last sentence runs on into the next line, with no blank line between:
    /// a hard-wrapped paragraph ("BRT Realty Trust said it raised" / "its quarterly dividend …").</summary>
    public bool SentenceRunsOn(int line)
    {
        if (line + 1 >= Lines.Length || Lines[line + 1].BlankBefore)
        {
            return false;
        }

        int end = Lines[line].Start + Text.AsSpan(Lines[line].Start, Lines[line].Length).TrimEnd().Length;
        int sentence = end > Lines[line].Start ? SentenceAt(end - 1) : -1;
        return sentence >= 0 && Sentences[sentence].End > Lines[line].End;
    }

    /// <summary>The index of the line that contains <paramref name="offset"/>, or -1.</summary>
    public int LineAt(int offset) => IndexAt(Lines, offset, static l => l.Span);

    /// <summary>The index of the quote region that contains <paramref name="offset"/>, or -1.</summary>
    public int QuoteRegionAt(int offset) => IndexAt(QuoteRegions, offset, static r => TextSpan.FromBounds(r.Start, r.End));

    /// <summary>Binary search over items in text order that do not overlap.</summary>
    private static int IndexAt<T>(T[] items, int offset, Func<T, TextSpan> span)
    {
        int lo = 0, hi = items.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            TextSpan s = span(items[mid]);
            if (s.End <= offset)
            {
                lo = mid + 1;
            }
            else if (s.Start > offset)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>One pass over the tokens: kind and case flags, line, paragraph and sentence starts, quote regions,
    /// clitics, and the first token of each sentence and paragraph.</summary>
    private void ComputeFlags()
    {
        string text = Text;
        Token[] tokens = Tokens;
        int sentence = 0, paragraph = 0, region = 0;
        int prevEnd = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            Token t = tokens[i];
            TokenFlags f = t.Kind switch
            {
                TokenKind.Word => TokenFlags.Word,
                TokenKind.Number => TokenFlags.Number,
                TokenKind.Punctuation or TokenKind.Symbol => TokenFlags.Punctuation,
                _ => TokenFlags.None,
            };

            char first = text[t.Start];
            if (char.IsUpper(first))
            {
                f |= TokenFlags.Capitalized;
            }

            if (CharScan.IsAllCaps(text.AsSpan(t.Start, t.Length), minUpper: 2))
            {
                f |= TokenFlags.AllCaps;
            }

            if (IsQuoteMark(text.AsSpan(t.Start, t.Length)))
            {
                f |= TokenFlags.QuoteMark;
            }

            if (i == 0 || text.AsSpan(prevEnd, t.Start - prevEnd).Contains('\n'))
            {
                f |= TokenFlags.LineStart;
            }

            if (i > 0 && t.Start == prevEnd)
            {
                f |= TokenFlags.Joined;
                if (t.Kind == TokenKind.Word && IsClitic(text.AsSpan(t.Start, t.Length)))
                {
                    f |= TokenFlags.Clitic;
                }
            }

            while (sentence < Sentences.Length && Sentences[sentence].Start <= t.Start)
            {
                SentenceFirstToken[sentence++] = i;
                f |= TokenFlags.SentenceStart;
            }

            while (paragraph < Paragraphs.Length && Paragraphs[paragraph].Start <= t.Start)
            {
                ParagraphFirstToken[paragraph++] = i;
                f |= TokenFlags.ParagraphStart;
            }

            while (region < QuoteRegions.Length && QuoteRegions[region].End <= t.Start)
            {
                region++;
            }

            if (region < QuoteRegions.Length && QuoteRegions[region].Start <= t.Start)
            {
                f |= TokenFlags.InQuote;
            }

            Flags[i] = f;
            prevEnd = t.End;
        }

        while (sentence < Sentences.Length)
        {
            SentenceFirstToken[sentence++] = tokens.Length;
        }

        SentenceFirstToken[Sentences.Length] = tokens.Length;
        while (paragraph < Paragraphs.Length)
        {
            ParagraphFirstToken[paragraph++] = tokens.Length;
        }

        ParagraphFirstToken[Paragraphs.Length] = tokens.Length;
    }

    /// <summary>Whether a token is a quotation mark of its own (<see cref="TokenFlags.QuoteMark"/>):
    /// <c>“ ” " ‘ ’ ' „ « »</c>.</summary>
    public static bool IsQuoteMark(ReadOnlySpan<char> token) => token.Length == 1 && token[0] is '“' or '”' or '"' or '‘' or '’' or '\'' or '„' or '«' or '»';

    /// <summary>The clitics the tokenizer splits off: <c>'s 're 've 'll 'd 'm n't</c>, straight or curly.</summary>
    private static bool IsClitic(ReadOnlySpan<char> s)
    {
        if (s.Length >= 2 && s[0] is '\'' or '’')
        {
            return s.Length <= 3 && char.IsLetter(s[1]);
        }

        return s.Length == 3 && s[0] is 'n' or 'N' && s[1] is '\'' or '’' && s[2] is 't' or 'T';
    }
}
