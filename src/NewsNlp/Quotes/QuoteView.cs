namespace NewsNlp;

/// <summary>The quote finder's view of the <see cref="ArticleText"/>: its words and its sentences, read off the text
/// layer's tokens, flags, lines, sentences, paragraphs and quote regions in one pass over the tokens (no pass over the
/// characters).</summary>
/// <remarks>
/// <para><b>Words</b> are the tokens, with a clitic joined to the word it is written against (<c>China's</c>,
/// <c>didn't</c>), since the rules read a possessive or a negation as one word (<c>Trump's remarks</c> is no cue).
/// Words, numbers, URLs, e-mail addresses, hashtags and handles are words; the rest are punctuation marks.</para>
/// <para><b>Sentences</b> are the text layer's sentences, with three changes:</para>
/// <list type="bullet">
/// <item>they are quote-atomic: a sentence never ends inside a quote region, so a quote and its attribution share
/// one sentence and a multi-paragraph quote is one sentence;</item>
/// <item>a sentence also ends at each paragraph start, and at a hard line break inside a paragraph: a line the next
/// line's first word would have fitted on, when that word can open a sentence (a headline and its subheadline in one
/// block). Any other line break inside a hard-wrapped paragraph breaks nothing: the sentence runs on across it;</item>
/// <item>a text-layer sentence that cannot open one (it starts with <c>, ; : . )</c> or in lower case, as after
/// <c>Sen. Mark Kirk, R-Ill.</c> or <c>said the U.S. “clearly” …</c>) is joined to the sentence before it, and
/// so is the attribution after a quote that ends with its own sentence mark (<c>“Why not?” Sen. Jane Doe asked.</c>).</item>
/// </list>
/// </remarks>
internal static class QuoteView
{
    /// <summary>Builds the words and sentences of <paramref name="article"/>.</summary>
    /// <param name="article">The text layer.</param>
    /// <param name="words">The words and punctuation marks, in order.</param>
    /// <param name="sentences">The sentences as half-open word ranges, in order.</param>
    public static void Build(ArticleText article, out QuoteWord[] words, out (int Start, int End)[] sentences)
    {
        Token[] tokens = article.Tokens;
        TokenFlags[] flags = article.Flags;
        QuoteRegion[] regions = article.QuoteRegions;
        int count = 0;
        for (int i = 0; i < flags.Length; i++)
        {
            count += (flags[i] & TokenFlags.Clitic) == 0 || count == 0 ? 1 : 0;
        }

        words = new QuoteWord[count];
        if (count == 0)
        {
            sentences = [];
            return;
        }

        // At most one sentence per text-layer sentence and one per line start.
        var found = new (int Start, int End)[article.Sentences.Length + article.Lines.Length];
        int sentenceCount = 0;
        int sentenceStart = 0;
        int w = -1;
        int r = 0;
        int paragraphEnd = -1;
        int wrapWidth = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            Token t = tokens[i];
            TokenFlags f = flags[i];
            if ((f & TokenFlags.Clitic) != 0 && w >= 0)
            {
                words[w] = words[w] with { End = t.End };
                continue;
            }

            while (r < regions.Length && regions[r].End <= t.Start)
            {
                r++;
            }

            int region = r < regions.Length && regions[r].Start <= t.Start ? r : -1;
            bool isWord = (f & (TokenFlags.Word | TokenFlags.Number)) != 0
                || t.Kind is TokenKind.Url or TokenKind.Email or TokenKind.Hashtag or TokenKind.Mention;
            words[++w] = new QuoteWord(t.Start, t.End, isWord, isWord && (f & TokenFlags.Capitalized) != 0, region);
            if (t.Start >= paragraphEnd && (f & TokenFlags.ParagraphStart) != 0)
            {
                (paragraphEnd, wrapWidth) = ParagraphWrap(article, t.Start);
            }

            if (w > 0 && (region < 0 || words[w - 1].Region != region) && StartsSentence(article, i, wrapWidth, words[w - 1].Region >= 0))
            {
                found[sentenceCount++] = (sentenceStart, w);
                sentenceStart = w;
            }
        }

        found[sentenceCount++] = (sentenceStart, count);
        sentences = sentenceCount == found.Length ? found : found[..sentenceCount];
    }

    /// <summary>Whether token <paramref name="i"/>, not inside the quote region of the word before it, starts a
    /// sentence of the view; <paramref name="afterQuote"/> tells whether the word before it closes a quote.</summary>
    private static bool StartsSentence(ArticleText article, int i, int wrapWidth, bool afterQuote)
    {
        TokenFlags f = article.Flags[i];
        if ((f & TokenFlags.ParagraphStart) != 0)
        {
            return true;
        }

        if ((f & TokenFlags.LineStart) != 0 && IsHardLineBreak(article, i, wrapWidth))
        {
            return true;
        }

        return (f & TokenFlags.SentenceStart) != 0 && (f & TokenFlags.LineStart) == 0 && CanOpenSentence(article, i)
            && !(afterQuote && IsAttribution(article, i))
            || (f & (TokenFlags.SentenceStart | TokenFlags.LineStart)) == (TokenFlags.SentenceStart | TokenFlags.LineStart);
    }

    /// <summary>Whether the words from token <paramref name="i"/>, right after a closing quotation mark, are the quote's
    /// attribution: a capitalized name and a reporting verb that ends the clause (<c>“Why not?” Sen. Jane Doe asked.</c>),
    /// which stays in the quote's sentence.</summary>
    private static bool IsAttribution(ArticleText article, int i)
    {
        int end = Math.Min(article.Tokens.Length, i + QuoteRules.MaxAttributionNameWords + 1);
        for (int k = i; k < end; k++)
        {
            TokenFlags f = article.Flags[k];
            if ((f & TokenFlags.Capitalized) != 0 && (f & TokenFlags.Word) != 0)
            {
                continue;
            }

            // The verb ends the attribution: “Why not?” Doe asked. / asked, smiling. Not: “No.” Doe said the plan …
            return k > i && k + 1 < article.Tokens.Length && (f & TokenFlags.Word) != 0 && ReportingLexicon.VerbLookup.Contains(article.TokenText(k))
                && (article.Flags[k + 1] & TokenFlags.Punctuation) != 0 && article.Text[article.Tokens[k + 1].Start] is '.' or ',' or ';' or '!' or '?';
        }

        return false;
    }

    /// <summary>Whether token <paramref name="i"/> can open a sentence: not a mark that closes or continues one, not a
    /// lower-case word, not an opening quotation mark before a lower-case word.</summary>
    private static bool CanOpenSentence(ArticleText article, int i)
    {
        TokenFlags f = article.Flags[i];
        string text = article.Text;
        char first = text[article.Tokens[i].Start];
        if ((f & TokenFlags.QuoteMark) != 0 && i + 1 < article.Tokens.Length && (article.Flags[i + 1] & TokenFlags.Joined) != 0)
        {
            first = text[article.Tokens[i + 1].Start];
        }

        return !char.IsLower(first) && first is not (',' or ';' or ':' or '.' or ')' or ']' or '}' or '!' or '?' or '…');
    }

    /// <summary>Whether the line break before token <paramref name="i"/> (a line start inside a paragraph) is hard:
    /// the line before is short enough that the first word of this line would have fitted on it, and this line opens
    /// like a sentence (an upper-case letter, a digit or an opening mark).</summary>
    private static bool IsHardLineBreak(ArticleText article, int i, int wrapWidth)
    {
        Token t = article.Tokens[i];
        char first = article.Text[t.Start];
        if (!(char.IsUpper(first) || char.IsDigit(first) || (article.Flags[i] & TokenFlags.QuoteMark) != 0 || first is '(' or '['))
        {
            return false;
        }

        int line = article.LineAt(t.Start);
        if (line < 1)
        {
            return false;
        }

        int end = i;
        while (end + 1 < article.Tokens.Length && (article.Flags[end + 1] & TokenFlags.Joined) != 0)
        {
            end++;
        }

        int firstWord = article.Tokens[end].End - t.Start;
        return article.Lines[line - 1].Length + 1 + firstWord <= wrapWidth;
    }

    /// <summary>The end of the paragraph starting at <paramref name="start"/> and its longest line (the width its lines
    /// are wrapped at, when they are).</summary>
    private static (int End, int Width) ParagraphWrap(ArticleText article, int start)
    {
        int p = article.ParagraphAt(start);
        if (p < 0)
        {
            return (start, 0);
        }

        int end = article.Paragraphs[p].End;
        int width = 0;
        for (int line = article.LineAt(start); line >= 0 && line < article.Lines.Length && article.Lines[line].Start < end; line++)
        {
            width = Math.Max(width, article.Lines[line].Length);
        }

        return (end, width);
    }
}
