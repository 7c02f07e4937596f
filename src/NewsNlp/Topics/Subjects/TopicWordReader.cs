namespace NewsNlp;

/// <summary>Reads topic words off the tokenizer's tokens, one token at a time, into a caller's buffer (no allocation).
/// The words are the ones <c>topics.bin</c> was trained on:</summary>
/// <remarks>
/// <list type="bullet">
/// <item>tokens written with no space between them form one run (<c>China’s</c>, <c>did</c>+<c>n't</c>,
/// <c>Mr.</c>, <c>1,000</c>, <c>U.S.-led</c>, <c>tweet_id</c>, a URL); a run of letters and digits alone, the common
/// case, is one word;</item>
/// <item>any other run reads as its alphanumeric pieces: letters and digits joined by an inner <c>. - ' ’ &amp;</c>
/// (<c>China’s</c>, <c>al-Qaeda</c>, <c>AT&amp;T</c>, <c>3.5</c>), an upper-case acronym keeping its closing period
/// (<c>U.S.</c>); any other character ends a piece and breaks the phrase (<c>Mr</c> | <c>Smith</c>, <c>U.S.</c> |
/// <c>led</c>, <c>tweet</c> | <c>id</c>, <c>1</c> | <c>000</c>);</item>
/// <item>between runs, a line break or an invisible character (zero-width space, soft hyphen) breaks the phrase.</item>
/// </list>
/// </remarks>
internal ref struct TopicWordReader
{
    private readonly ReadOnlySpan<char> _text;
    private readonly Span<TopicWord> _output;
    private int _count;

    /// <summary>The run being read: from its first token's start to its last token's end; empty when none.</summary>
    private int _runStart;
    private int _runEnd;

    /// <summary>End of the previous token of this passage, or -1 when the next token starts a passage.</summary>
    private int _previousEnd;

    /// <summary>Whether a break lies between the last word and the next one.</summary>
    private bool _pendingBreak;

    /// <summary>Creates a reader over <paramref name="text"/> that writes its words into <paramref name="output"/>.</summary>
    /// <param name="text">The text the tokens are spans of.</param>
    /// <param name="output">Receives the words; <see cref="TopicWords.MaxWords"/> of the characters read is enough.</param>
    public TopicWordReader(ReadOnlySpan<char> text, Span<TopicWord> output)
    {
        _text = text;
        _output = output;
        _previousEnd = -1;
        _pendingBreak = true; // nothing before the first word
    }

    /// <summary>Reads the next token (tokens in text order).</summary>
    public void Add(Token t)
    {
        if (t.Start != _previousEnd)
        {
            ReadRun();
            if (_previousEnd >= 0 && !(t.Start - _previousEnd == 1 && _text[_previousEnd] == ' ') && GapBreaks(_text[_previousEnd..t.Start]))
            {
                _pendingBreak = true;
            }

            _runStart = t.Start;
        }

        _runEnd = t.End;
        _previousEnd = t.End;
    }

    /// <summary>Starts a new passage: the next token neither joins the previous one nor is the gap before it read
    /// (passages read as if written one after the other with a space between them).</summary>
    public void StartPassage()
    {
        ReadRun();
        _previousEnd = -1;
    }

    /// <summary>Puts a break before the next word (a line break between passages).</summary>
    public void Break()
    {
        ReadRun();
        _pendingBreak = true;
    }

    /// <summary>Reads what is left; returns the number of words written.</summary>
    public int Finish()
    {
        ReadRun();
        return _count;
    }

    private void ReadRun()
    {
        int start = _runStart, end = _runEnd;
        _runStart = _runEnd = 0;
        if (start == end)
        {
            return;
        }

        if (IsAsciiLettersAndDigits(_text[start..end]))
        {
            Emit(start, end);
            return;
        }

        int i = start;
        while (true)
        {
            while (i < end && !char.IsLetterOrDigit(_text[i]))
            {
                _pendingBreak = true;
                i++;
            }

            if (i >= end)
            {
                return;
            }

            int pieceStart = i;
            i = PieceEnd(i + 1, end);
            Emit(pieceStart, i);
        }
    }

    /// <summary>The end of the alphanumeric piece that goes on at <paramref name="i"/>, within a run ending at
    /// <paramref name="end"/>.</summary>
    private readonly int PieceEnd(int i, int end)
    {
        ReadOnlySpan<char> text = _text;
        while (i < end)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || char.IsLowSurrogate(c) || c == '\u0301')
            {
                i++;
            }
            else if (c is '-' or '\'' or '\u2019' or '.' or '&' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
            }
            else if (c == '.' && i >= 2 && text[i - 2] == '.' && char.IsUpper(text[i - 1]))
            {
                return i + 1; // the closing period of an acronym like U.S.
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private void Emit(int start, int end)
    {
        _output[_count++] = new TopicWord(start, end - start, _pendingBreak);
        _pendingBreak = false;
    }

    /// <summary>Whether a run is ASCII letters and digits only, the common case read as one word.</summary>
    private static bool IsAsciiLettersAndDigits(ReadOnlySpan<char> run)
    {
        foreach (char c in run)
        {
            if (c >= 128 || !CharClass.IsAsciiWordChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the space between two tokens holds a line break or an invisible character.</summary>
    private static bool GapBreaks(ReadOnlySpan<char> gap)
    {
        foreach (char c in gap)
        {
            if (c == '\n' || !char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }
}
