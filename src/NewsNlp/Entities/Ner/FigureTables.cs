namespace NewsNlp;

/// <summary>Tables of figures, which are no prose for the tagger: a run of consecutive short lines (no blank line
/// between them), each with no capitalized word after its first and no sentence mark at its end, of which at least
/// <see cref="EntityRules.MinTableFigureLines"/> hold <see cref="EntityRules.MinFigureLineNumbers"/> numbers or more —
/// the earnings tables of wire copy ("Shr 1.23 dlrs vs 1.01 dlrs" / "Net 4.5 mln vs 3.9 mln" / "Year"). The first word of
/// such a line is a row label, not a name; a line with a name in it ("Arsenal 2 Chelsea 1") or labelled with a place
/// ("ALGERIA 0.64 0.64 0.635") is no table line.</summary>
internal static class FigureTables
{
    /// <summary>The token ranges <c>[From, To)</c> of the tables of <paramref name="article"/>, in text order, or
    /// <see langword="null"/> when it has none (almost every article: nothing is allocated then).</summary>
    public static List<(int From, int To)>? Find(ArticleText article, Gazetteer gazetteer)
    {
        Token[] tokens = article.Tokens;
        TokenFlags[] flags = article.Flags;
        List<(int From, int To)>? tables = null;
        int runStart = -1; // first token of the current run of label lines
        int runEnd = -1; // one past the last figure line of the run: label lines after it ("Reuter") are not the table's
        int runFigureLines = 0;
        int t = 0;
        while (t < tokens.Length)
        {
            int lineEnd = t + 1;
            while (lineEnd < tokens.Length && (flags[lineEnd] & TokenFlags.LineStart) == 0)
            {
                lineEnd++;
            }

            bool label = IsLabelLine(article, t, lineEnd, gazetteer, out bool figures);
            bool continues = label && runStart >= 0 && !BlankBefore(article, t);
            if (!continues)
            {
                Close(ref tables, runStart, runEnd, runFigureLines);
                runStart = label ? t : -1;
                runFigureLines = 0;
            }

            if (figures)
            {
                runFigureLines++;
                runEnd = lineEnd;
            }

            t = lineEnd;
        }

        Close(ref tables, runStart, runEnd, runFigureLines);
        return tables;
    }

    private static void Close(ref List<(int From, int To)>? tables, int runStart, int runEnd, int figureLines)
    {
        if (runStart >= 0 && figureLines >= EntityRules.MinTableFigureLines)
        {
            (tables ??= []).Add((runStart, runEnd));
        }
    }

    private static bool BlankBefore(ArticleText article, int token)
    {
        int line = article.LineAt(article.Tokens[token].Start);
        return line >= 0 && article.Lines[line].BlankBefore;
    }

    /// <summary>Whether tokens <c>[a, b)</c> (one line) are a table row: at most <see cref="EntityRules.MaxFigureLineWords"/>
    /// words and numbers, no capitalized word after the first, no sentence mark at the end.</summary>
    /// <param name="article">The text layer.</param>
    /// <param name="a">The line's first token.</param>
    /// <param name="b">One past the line's last token.</param>
    /// <param name="gazetteer">The places: a row labelled with a place ("ALGERIA 0.64 0.64") names it.</param>
    /// <param name="figures">Whether the row holds at least <see cref="EntityRules.MinFigureLineNumbers"/> numbers.</param>
    private static bool IsLabelLine(ArticleText article, int a, int b, Gazetteer gazetteer, out bool figures)
    {
        figures = false;
        TokenFlags[] flags = article.Flags;
        int words = 0;
        int numbers = 0;
        for (int i = a; i < b; i++)
        {
            TokenFlags f = flags[i];
            if ((f & (TokenFlags.Word | TokenFlags.Number)) == 0)
            {
                continue;
            }

            words++;
            numbers += (f & TokenFlags.Number) != 0 ? 1 : 0;
            if (words > EntityRules.MaxFigureLineWords || (i > a && (f & (TokenFlags.Word | TokenFlags.Capitalized)) == (TokenFlags.Word | TokenFlags.Capitalized)))
            {
                return false;
            }
        }

        ReadOnlySpan<char> last = article.TokenText(b - 1);
        if (words == 0 || last is "." or "!" or "?" or ":" || gazetteer.IsPlaceName(article.TokenText(a)))
        {
            return false;
        }

        figures = numbers >= EntityRules.MinFigureLineNumbers;
        return true;
    }
}
