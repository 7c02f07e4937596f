namespace NewsNlp;

/// <summary>A view of the text layer for the structure stage: the words of a line as written, that is the runs
/// between spaces (<c>U.S.-led</c> and <c>“Yes,”</c> are one each).</summary>
/// <remarks>Counted from the tokens: a token starts a new run when white space comes before it (not only an
/// invisible character such as a soft hyphen). Candidate for the text layer (a per-line word count).</remarks>
internal static class LineWords
{
    /// <summary>The number of runs between spaces from token <paramref name="first"/> up to <paramref name="end"/>.</summary>
    /// <param name="article">The text layer.</param>
    /// <param name="first">The first token counted; it starts a run.</param>
    /// <param name="end">The text position where counting stops (a line end).</param>
    /// <returns>The number of runs.</returns>
    public static int Count(ArticleText article, int first, int end)
    {
        Token[] tokens = article.Tokens;
        string text = article.Text;
        int words = 0;
        for (int k = first; k < tokens.Length && tokens[k].Start < end; k++)
        {
            if (k == first || (!article.Has(k, TokenFlags.Joined) && SpaceBetween(text, tokens[k - 1].End, tokens[k].Start)))
            {
                words++;
            }
        }

        return words;
    }

    /// <summary>Whether the gap between two tokens holds white space (usually it is one space).</summary>
    private static bool SpaceBetween(string text, int from, int to)
    {
        for (int i = to - 1; i >= from; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
