namespace NewsNlp;

/// <summary>Line and paragraph scanning over raw text. Lines are trimmed of surrounding white space;
/// blank lines are reported so callers can find paragraph breaks.</summary>
internal static class TextLines
{
    /// <summary>A hard-wrapped line is rarely longer than this; longer lines are one paragraph each.</summary>
    private const int WrappedLineLength = 100;

    /// <summary>Returns the non-blank lines of <paramref name="text"/>, trimmed, with whether a blank line
    /// (or the start of the text) precedes each.</summary>
    public static List<TextLine> Split(ReadOnlySpan<char> text)
    {
        var lines = new List<TextLine>();
        int pos = 0;
        bool blankBefore = true;
        while (pos <= text.Length)
        {
            int nl = pos < text.Length ? text[pos..].IndexOf('\n') : -1;
            nl = nl < 0 ? -1 : nl + pos;
            int lineEnd = nl < 0 ? text.Length : nl;
            int start = pos;
            while (start < lineEnd && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            int end = lineEnd;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (start < end)
            {
                lines.Add(new TextLine(start, end, blankBefore, start > pos && text[pos] is ' ' or '\t'));
                blankBefore = false;
            }
            else
            {
                blankBefore = true;
            }

            if (nl < 0)
            {
                break;
            }

            pos = nl + 1;
        }

        return lines;
    }

    /// <summary>Groups lines into paragraphs: blocks between blank lines; inside a block, each line is its own
    /// paragraph when the block is not hard-wrapped (long lines), and an indented line starts a new one.</summary>
    public static void Paragraphs(List<TextLine> lines, List<TextSpan> paragraphs)
    {
        int i = 0;
        while (i < lines.Count)
        {
            int j = i + 1;
            int maxLength = lines[i].Length;
            while (j < lines.Count && !lines[j].BlankBefore)
            {
                maxLength = Math.Max(maxLength, lines[j].Length);
                j++;
            }

            bool eachLine = maxLength > WrappedLineLength;
            int start = lines[i].Start;
            for (int k = i; k < j; k++)
            {
                bool last = k == j - 1;
                bool breakAfter = last || eachLine || lines[k + 1].Indented;
                if (breakAfter)
                {
                    paragraphs.Add(TextSpan.FromBounds(start, lines[k].End));
                    if (!last)
                    {
                        start = lines[k + 1].Start;
                    }
                }
            }

            i = j;
        }
    }
}
