namespace NewsNlp;

/// <summary>The line rules of the <see cref="SentenceSplitter"/>: which line breaks end a sentence, read off the
/// text layer's lines and paragraphs (<see cref="TextLines"/>). Asked about the gaps between tokens in text order (the
/// same gap may be asked again), it keeps a cursor over the lines and paragraphs, so the whole article costs one walk
/// over its lines.</summary>
/// <remarks>
/// <para>A line break ends a sentence when the next line starts a paragraph (after a blank line, at each line of a
/// block that is not hard-wrapped, at an indented line), and inside a hard-wrapped paragraph when it is a hard break:</para>
/// <list type="bullet">
/// <item>the next line starts with a bullet or a dash;</item>
/// <item>the line just ended is short (<see cref="SentenceRules.ShortLineLength"/>), does not end in <c>, : -</c> or a
/// lower-case letter, holds the whole sentence so far, and the next line opens like a sentence (a headline, a list
/// item, a headline and its shorter subheadline: <c>Republicans pile on Obama, Clinton;\nTime running short …</c>);</item>
/// <item>the line just ended ends like a unit (a mark, a number, an all-caps word), the first word of the next line
/// would have fitted on it (its paragraph's longest line, indentation included, is the wrap width), and the next line
/// opens like a sentence: the writer broke the line, not the wrapping (a headline and its subheadline in one block,
/// <c>Sanders says he's riding momentum;\nTakes Wisconsin …</c>).</item>
/// </list>
/// <para>Any other line break inside a hard-wrapped paragraph breaks nothing.</para>
/// </remarks>
internal ref struct SentenceLineBreaks
{
    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<Token> _tokens;
    private readonly ReadOnlySpan<TextLine> _lines;
    private readonly ReadOnlySpan<TextSpan> _paragraphs;
    private int _line;
    private int _paragraph;
    private int _widthOf = -1;
    private int _width;

    /// <summary>Reads the line breaks of <paramref name="text"/>.</summary>
    public SentenceLineBreaks(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<TextLine> lines, ReadOnlySpan<TextSpan> paragraphs)
    {
        _text = text;
        _tokens = tokens;
        _lines = lines;
        _paragraphs = paragraphs;
    }

    /// <summary>Whether a line break between token <paramref name="last"/> and the next token ends the sentence that
    /// starts at token <paramref name="sentenceStart"/>. Ask in text order.</summary>
    public bool Ends(int last, int sentenceStart)
    {
        int end = _tokens[last].End;
        int nextStart = _tokens[last + 1].Start;
        while (_line + 1 < _lines.Length && _lines[_line + 1].Start < end)
        {
            _line++;
        }

        if (_line + 1 >= _lines.Length || _lines[_line + 1].Start > nextStart)
        {
            return false;
        }

        TextLine ended = _lines[_line];
        int line = _line + 1;
        while (line + 1 < _lines.Length && _lines[line + 1].Start <= nextStart)
        {
            line++;
        }

        int lineStart = _lines[line].Start;
        while (_paragraph + 1 < _paragraphs.Length && _paragraphs[_paragraph].End <= lineStart)
        {
            _paragraph++;
        }

        if (_paragraph < _paragraphs.Length && _paragraphs[_paragraph].Start == lineStart)
        {
            return true;
        }

        char next = _text[nextStart];
        if (next is '•' or '*' or '·' or '▪' or '–' or '—' || (next == '-' && nextStart + 1 < _text.Length && _text[nextStart + 1] == ' '))
        {
            return true;
        }

        Token before = _tokens[last];
        if (before.Kind == TokenKind.Word && before.Length > 1 && _text[before.End - 1] == '.' && SentenceSplitter.IsNamePrefix(_text.Slice(before.Start, before.Length)))
        {
            // A title or an initial at the end of a line goes on with its name: "… Charles F.\nBarbar, former chairman …".
            return false;
        }

        bool opens = char.IsUpper(next) || char.IsDigit(next) || next is '(' or '[' || ArticleText.IsQuoteMark(_text.Slice(nextStart, _tokens[last + 1].Length));
        return opens && (EndsShortLine(ended, sentenceStart) || (EndsClosed(last) && FitsOnLine(ended, last + 1, line)));
    }

    /// <summary>Whether the line just ended, whose last token is <paramref name="last"/>, ends like a unit: in a mark
    /// (<c>;</c> <c>:</c> <c>.</c> <c>”</c> <c>)</c>, not <c>,</c> <c>-</c> or an opening mark), a number or an
    /// all-caps word (<c>Camden, NJ</c>). A line that ends in another word goes on: a short first line is often one
    /// whose start was cut off (a dateline taken away), not a line the writer broke (<c>… from six Gulf\nArab states …</c>).</summary>
    private readonly bool EndsClosed(int last)
    {
        Token t = _tokens[last];
        char c = _text[t.End - 1];
        return t.Kind == TokenKind.Number
            || (t.Kind == TokenKind.Word && CharScan.IsAllCaps(_text.Slice(t.Start, t.Length), minUpper: 2))
            || (t.Kind == TokenKind.Punctuation && c is not (',' or '-' or '(' or '[' or '“' or '‘'));
    }

    /// <summary>The line just ended is short (indentation included), does not end in <c>, : -</c> or a lower-case
    /// letter, and holds the whole sentence so far.</summary>
    private readonly bool EndsShortLine(TextLine ended, int sentenceStart)
    {
        char lastChar = _text[ended.End - 1];
        bool goesOn = lastChar is ',' or ':' or '-' || char.IsLower(lastChar);
        return Column(ended) < SentenceRules.ShortLineLength && !goesOn && _tokens[sentenceStart].Start >= ended.Start;
    }

    /// <summary>The first word of the next line (token <paramref name="first"/> and the tokens written against it)
    /// would have fitted on the line just ended, at the width of the paragraph's longest line. Widths are columns:
    /// a line's indentation counts (an indented first line of a paragraph is wrapped as if it were one).</summary>
    private bool FitsOnLine(TextLine ended, int first, int line)
    {
        int end = first;
        while (end + 1 < _tokens.Length && _tokens[end + 1].Start == _tokens[end].End)
        {
            end++;
        }

        return Column(ended) + 1 + (_tokens[end].End - _tokens[first].Start) <= ParagraphWidth(line);
    }

    /// <summary>The column after the last character of <paramref name="line"/>: its length plus its indentation.</summary>
    private readonly int Column(TextLine line)
    {
        int start = line.Start;
        while (start > 0 && _text[start - 1] is ' ' or '\t')
        {
            start--;
        }

        return line.End - start;
    }

    /// <summary>The length of the longest line of the current paragraph (which holds line <paramref name="inside"/>):
    /// the width its lines are wrapped at.</summary>
    private int ParagraphWidth(int inside)
    {
        if (_widthOf != _paragraph && _paragraph < _paragraphs.Length)
        {
            _widthOf = _paragraph;
            _width = 0;
            TextSpan p = _paragraphs[_paragraph];
            for (int line = inside; line >= 0 && _lines[line].Start >= p.Start; line--)
            {
                _width = Math.Max(_width, Column(_lines[line]));
            }

            for (int line = inside + 1; line < _lines.Length && _lines[line].Start < p.End; line++)
            {
                _width = Math.Max(_width, Column(_lines[line]));
            }
        }

        return _width;
    }
}
