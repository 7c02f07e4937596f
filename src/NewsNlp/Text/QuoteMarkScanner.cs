using System.Buffers;

namespace NewsNlp;

/// <summary>Pairs quotation marks, paragraph by paragraph, in one linear pass.</summary>
/// <remarks>
/// <para>Double marks (curly <c>“ ”</c>, straight <c>"</c>, guillemets) are paired first. Single marks
/// (<c>‘ ’</c>, straight <c>'</c>) are paired only in paragraphs without double marks (headlines and
/// British-style copy), since inside double quotes they are a quote within the quote and belong to it.</para>
/// <para>A quote never runs past its paragraph, except the news convention for a quote that goes on into
/// the next paragraph: the closing mark is left off and the next paragraph opens with a mark again. Such a
/// quote is one region over both paragraphs (and further, as long as each next paragraph reopens, up to
/// <see cref="QuoteRules.MaxQuoteParagraphs"/>). An
/// opening mark with no closing mark is capped at the end of its paragraph; a stray closing mark is ignored.</para>
/// </remarks>
internal static class QuoteMarkScanner
{
    private static readonly SearchValues<char> s_doubleMarks = SearchValues.Create("“”\"„«»");

    /// <summary>The quote regions of <paramref name="text"/> over its <paramref name="paragraphs"/>
    /// (<see cref="TextLines.Paragraphs"/>), in order.</summary>
    public static List<QuoteRegion> Scan(string text, List<TextSpan> paragraphs)
    {
        var regions = new List<QuoteRegion>();
        bool[] hasDouble = new bool[paragraphs.Count];
        for (int p = 0; p < paragraphs.Count; p++)
        {
            ReadOnlySpan<char> body = text.AsSpan(paragraphs[p].Start, paragraphs[p].Length);
            hasDouble[p] = body.IndexOfAny(s_doubleMarks) >= 0 || body.IndexOf("''", StringComparison.Ordinal) >= 0;
        }

        int pendingStart = -1; // a quote carried over from the previous paragraph
        int pendingParagraphs = 0;
        bool pendingDouble = false;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            TextSpan para = paragraphs[p];
            bool useDouble = hasDouble[p];
            int open = -1;
            int from = para.Start;
            if (pendingStart >= 0)
            {
                if (pendingDouble == useDouble && pendingParagraphs < QuoteRules.MaxQuoteParagraphs && IsOpening(text, para.Start, para, useDouble))
                {
                    open = pendingStart;
                    from = para.Start + (IsDoubleApostrophe(text, para.Start, para) ? 2 : 1);
                }
                else
                {
                    regions.Add(new QuoteRegion(pendingStart, paragraphs[p - 1].End, false, pendingParagraphs));
                }

                pendingStart = -1;
            }

            int paragraphsSoFar = open >= 0 ? pendingParagraphs + 1 : 1;
            int depth = 0;
            for (int i = from; i < para.End; i++)
            {
                char c = text[i];
                if (!IsMark(c, useDouble))
                {
                    if (!(useDouble && IsDoubleApostrophe(text, i, para)))
                    {
                        continue;
                    }

                    // Two apostrophes stand for a straight double mark (''Like this,'' he said).
                    c = '"';
                }

                int markEnd = c == '"' && text[i] == '\'' ? i + 2 : i + 1;

                bool opening = IsOpening(text, i, para, useDouble);
                bool closing = IsClosing(text, i, para, useDouble);
                if (markEnd == i + 2)
                {
                    opening = (i == para.Start || IsOpenContext(text[i - 1])) && i + 2 < para.End && !char.IsWhiteSpace(text[i + 2]);
                    closing = (i > para.Start && !char.IsWhiteSpace(text[i - 1])) || i + 2 >= para.End || !char.IsLetterOrDigit(text[i + 2]);
                }

                if (open < 0)
                {
                    if (opening)
                    {
                        open = i;
                        paragraphsSoFar = 1;
                    }

                    // A closing mark with nothing open is stray: ignore it.
                }
                else if (closing && depth > 0 && c != '"')
                {
                    depth--; // closes a quote inside the quote
                }
                else if (closing)
                {
                    regions.Add(new QuoteRegion(open, markEnd, true, paragraphsSoFar));
                    open = -1;
                    depth = 0;
                }
                else if (opening && useDouble && c != '"')
                {
                    // A curly opening mark while one is open: a quote inside the quote. If it is really an
                    // unclosed quote followed by a new one, the region is capped at the paragraph end.
                    depth++;
                }

                i = markEnd - 1;
            }

            if (open >= 0)
            {
                bool nextReopens = p + 1 < paragraphs.Count && hasDouble[p + 1] == useDouble
                    && IsOpening(text, paragraphs[p + 1].Start, paragraphs[p + 1], useDouble);
                if (nextReopens)
                {
                    pendingStart = open;
                    pendingParagraphs = paragraphsSoFar;
                    pendingDouble = useDouble;
                }
                else if (useDouble)
                {
                    regions.Add(new QuoteRegion(open, para.End, false, paragraphsSoFar));
                }
                else if (paragraphsSoFar > 1)
                {
                    regions.Add(new QuoteRegion(open, para.End, false, paragraphsSoFar));
                }
            }
        }

        if (pendingStart >= 0)
        {
            regions.Add(new QuoteRegion(pendingStart, paragraphs[^1].End, false, pendingParagraphs));
        }

        return regions;
    }

    private static bool IsMark(char c, bool useDouble) => useDouble
        ? c is '“' or '”' or '"' or '„' or '«' or '»'
        : c is '‘' or '’' or '\'';

    private static bool IsOpening(string text, int i, TextSpan para, bool useDouble)
    {
        if (i >= para.End)
        {
            return false;
        }

        char c = text[i];
        if (useDouble && IsDoubleApostrophe(text, i, para))
        {
            return (i == para.Start || IsOpenContext(text[i - 1])) && i + 2 < para.End && !char.IsWhiteSpace(text[i + 2]);
        }

        if (useDouble)
        {
            if (c is '“' or '„' or '«')
            {
                return true;
            }

            if (c != '"')
            {
                return false;
            }
        }
        else if (c != '‘' && c != '\'')
        {
            return false;
        }

        bool startOk = i == para.Start || IsOpenContext(text[i - 1]);
        bool nextOk = i + 1 < para.End && !char.IsWhiteSpace(text[i + 1]);
        if (!useDouble)
        {
            // A single mark opens only before a letter (not '90s) and after a space: not an apostrophe.
            nextOk = i + 1 < para.End && char.IsLetter(text[i + 1]);
        }

        return startOk && nextOk;
    }

    private static bool IsClosing(string text, int i, TextSpan para, bool useDouble)
    {
        char c = text[i];
        if (useDouble)
        {
            if (c is '”' or '»')
            {
                return true;
            }

            if (c != '"')
            {
                return false;
            }

            return i > para.Start && !char.IsWhiteSpace(text[i - 1]) || i + 1 >= para.End || !char.IsLetterOrDigit(text[i + 1]);
        }

        if (c != '’' && c != '\'')
        {
            return false;
        }

        bool prevOk = i > para.Start && !char.IsWhiteSpace(text[i - 1]);
        bool nextOk = i + 1 >= para.End || !char.IsLetterOrDigit(text[i + 1]);
        return prevOk && nextOk;
    }

    private static bool IsDoubleApostrophe(string text, int i, TextSpan para) =>
        i + 1 < para.End && text[i] == '\'' && text[i + 1] == '\'' && (i + 2 >= para.End || text[i + 2] != '\'');

    /// <summary>The last character inside a quote region before its closing mark(s).</summary>
    public static char LastInner(string text, QuoteRegion region)
    {
        for (int i = region.End - 1; i > region.Start; i--)
        {
            if (text[i] is not ('”' or '"' or '\'' or '’' or '»' or '“'))
            {
                return text[i];
            }
        }

        return ' ';
    }

    private static bool IsOpenContext(char prev) =>
        char.IsWhiteSpace(prev) || prev is '(' or '[' or '{' or '—' or '–' or '-' or '/' or ':' or '“' or '‘' or '"';
}
