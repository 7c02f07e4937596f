namespace NewsNlp;

/// <summary>Finds the dateline that opens a wire story (<c>TAIPEI, Taiwan (AP) —</c>,
/// <c>BEIJING, June 14 (Reuters) -</c>, <c>WASHINGTON —</c>): where one may start, read by
/// <see cref="DatelineReader"/>, taken or not by <see cref="DatelineDecision"/>.</summary>
/// <remarks>Only the head of the article is searched: its first lines (<see cref="DatelineRules.MaxHeadLines"/>),
/// until the body has clearly begun, at a line start or (for a capitalized city with an agency, date or known
/// region) after site noise on the same line. Every candidate reads a bounded number of characters, so the work
/// is linear in the head and bounded whatever the input.</remarks>
internal static class DatelineLocator
{
    /// <summary>Finds the dateline of <paramref name="article"/>, or returns <see langword="null"/>.</summary>
    public static Dateline? Find(ArticleText article)
    {
        TextLine[] lines = article.Lines;
        int headLimit = Math.Min(article.Text.Length, DatelineRules.MaxHeadChars);
        int bodyLines = 0;
        for (int n = 0; n < lines.Length && n < DatelineRules.MaxHeadLines && lines[n].Start < headLimit; n++)
        {
            TextLine line = lines[n];
            int first = article.TokenAt(line.Start);
            Dateline? found = first < article.Tokens.Length && article.Tokens[first].Start == line.Start
                ? TryAt(article, line, first, atLineStart: true)
                : null;
            if (found is not null)
            {
                return found;
            }

            // After site noise on the same line: "Desk: TAIPEI", "Home | WASHINGTON".
            int limit = Math.Min(line.End, line.Start + DatelineRules.MaxMidLineOffset);
            for (int k = first + 1; k < article.Tokens.Length && article.Tokens[k].Start < limit; k++)
            {
                if (IsMidLineCandidate(article, line.Start, k))
                {
                    found = TryAt(article, line, k, atLineStart: false);
                    if (found is not null)
                    {
                        return found;
                    }
                }
            }

            if (LooksLikeBody(article, line, first) && !BoilerplateDetector.IsWholeLine(article, line))
            {
                bodyLines++;
                if (bodyLines >= DatelineRules.BodyLinesBeforeStop || line.Length >= DatelineRules.LongBodyLine)
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>The length of the part of <paramref name="text"/> a search can read: up to the end of its
    /// <see cref="DatelineRules.MaxHeadLines"/>th non-blank line (body-length lines are not counted here: a caption
    /// is boilerplate the search reads past), and no further than the first line break after
    /// <see cref="DatelineRules.MaxHeadReach"/> characters. Lines are whole, so the text layer of this part has the
    /// same head lines and tokens as the whole text's.</summary>
    public static int HeadLength(string text)
    {
        int reach = Math.Min(text.Length, DatelineRules.MaxHeadReach);
        int lines = 0;
        for (int pos = 0; pos < text.Length;)
        {
            int nl = text.IndexOf('\n', pos);
            if (nl < 0)
            {
                break;
            }

            int length = text.AsSpan(pos, nl - pos).Trim().Length;
            if (length > 0)
            {
                lines++;
                if (lines >= DatelineRules.MaxHeadLines)
                {
                    return nl;
                }
            }

            if (nl >= reach)
            {
                return nl;
            }

            pos = nl + 1;
        }

        return text.Length;
    }

    /// <summary>A line that reads as body prose: long, or a full sentence of many words.</summary>
    /// <param name="article">The text layer.</param>
    /// <param name="line">The line.</param>
    /// <param name="first">The index of the line's first token.</param>
    /// <returns>Whether the line is body prose.</returns>
    public static bool LooksLikeBody(ArticleText article, TextLine line, int first)
    {
        if (line.Length >= DatelineRules.BodyLineLength)
        {
            return true;
        }

        // A closing quote ends a sentence when an end mark is inside it ("… he said." / "'… back down.'"); a headline may
        // end in a quoted phrase ("Mayor vows to fight: 'We will not back down'").
        char last = article.Text[line.End - 1];
        char beforeQuote = line.Length > 1 ? article.Text[line.End - 2] : ' ';
        bool sentenceEnd = last is '.' or '?' or '!'
            || (last is '"' or '\u201D' or '\'' or '\u2019' && beforeQuote is '.' or '?' or '!' or ',');
        return sentenceEnd && LineWords.Count(article, first, line.End) >= DatelineRules.BodySentenceWords;
    }

    /// <summary>Reads a candidate at token <paramref name="k"/> and decides on it.</summary>
    private static Dateline? TryAt(ArticleText article, TextLine line, int k, bool atLineStart)
    {
        if (DatelineReader.TryRead(article, line, k, atLineStart, out DatelineCandidate c) && DatelineDecision.Accept(article.Text, c))
        {
            return DatelineDecision.ToDateline(article.Text, c);
        }

        // No city: "(Reuters) —", "AFP - ", "Feb. 3, 2015 --".
        return atLineStart && DatelineOpener.TryRead(article, line, k, line.Start == article.Lines[0].Start, out c) && DatelineDecision.Accept(article.Text, c)
            ? DatelineDecision.ToDateline(article.Text, c)
            : null;
    }

    /// <summary>A token after site noise on the same line: a capital after a space that follows a colon, bar,
    /// bullet, bracket or digit (<c>Desk: TAIPEI</c>, <c>Home | WASHINGTON</c>, <c>June 14 NEW YORK</c>).</summary>
    private static bool IsMidLineCandidate(ArticleText article, int lineStart, int k)
    {
        string text = article.Text;
        int i = article.Tokens[k].Start;
        if (i < lineStart + DatelineRules.MinMidLineOffset || !article.Has(k, TokenFlags.Capitalized) || !DatelineReader.IsInlineSpace(text[i - 1]))
        {
            return false;
        }

        int j = i - 1;
        while (j > lineStart && DatelineReader.IsInlineSpace(text[j]))
        {
            j--;
        }

        return text[j] is ':' or '|' or '•' or '·' or '>' or '»' or '›' or ']' or ')' or '*' || char.IsDigit(text[j]);
    }
}
