namespace NewsNlp;

/// <summary>The quote finder's view of the <see cref="ArticleText"/>: its words and its sentences, read off the text
/// layer's tokens, flags, sentences and quote regions in one pass over the tokens (no pass over the characters).</summary>
/// <remarks>
/// <para><b>Words</b> are the tokens, with a clitic joined to the word it is written against (<c>China's</c>,
/// <c>didn't</c>), since the rules read a possessive or a negation as one word (<c>Trump's remarks</c> is no cue).
/// Words, numbers, URLs, e-mail addresses, hashtags and handles are words; the rest are punctuation marks.</para>
/// <para><b>Sentences</b> are the text layer's sentences, made quote-atomic: a sentence never ends inside a quote
/// region, so a quote and its attribution share one sentence and a multi-paragraph quote is one sentence. Where a
/// sentence ends is otherwise the <see cref="SentenceSplitter"/>'s alone (paragraphs, hard line breaks, marks, the
/// attribution after a quote).</para>
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

        // At most one sentence per text-layer sentence.
        var found = new (int Start, int End)[article.Sentences.Length];
        int sentenceCount = 0;
        int sentenceStart = 0;
        int w = -1;
        int r = 0;
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
            if (w > 0 && (f & TokenFlags.SentenceStart) != 0 && (region < 0 || words[w - 1].Region != region))
            {
                found[sentenceCount++] = (sentenceStart, w);
                sentenceStart = w;
            }
        }

        found[sentenceCount++] = (sentenceStart, count);
        sentences = sentenceCount == found.Length ? found : found[..sentenceCount];
    }
}
