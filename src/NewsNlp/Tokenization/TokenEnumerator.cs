namespace NewsNlp;

/// <summary>Enumerates the tokens of a span without allocating. Use it in <see langword="foreach"/>.</summary>
/// <remarks>A <see langword="ref struct"/>: it cannot be stored in a field of a class, captured in a lambda or used
/// across <see langword="await"/>. Copy the tokens you need (they are small values).</remarks>
public ref struct TokenEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;
    private Token _current;

    internal TokenEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        _current = default;
    }

    /// <summary>Gets the current token.</summary>
    public readonly Token Current => _current;

    /// <summary>Returns this enumerator, so that it can be used in <see langword="foreach"/>.</summary>
    /// <returns>This enumerator.</returns>
    public readonly TokenEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next token.</summary>
    /// <returns><see langword="false"/> at the end of the text.</returns>
    public bool MoveNext()
    {
        int pos = TokenScanner.SkipSpace(_text, _position);
        if (pos >= _text.Length)
        {
            _position = _text.Length;
            return false;
        }

        _current = TokenScanner.Scan(_text, pos);
        _position = _current.End;
        return true;
    }
}
