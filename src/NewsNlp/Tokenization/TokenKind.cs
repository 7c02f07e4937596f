namespace NewsNlp;

/// <summary>The kind of a <see cref="Token"/>.</summary>
public enum TokenKind : byte
{
    /// <summary>A word, including hyphenated words, abbreviations (<c>U.S.</c>) and clitics (<c>n't</c>, <c>'s</c>).</summary>
    Word,
    /// <summary>A number: <c>3.5</c>, <c>1,000</c>, <c>10:30</c>, <c>2023-06-14</c>, <c>1990s</c>.</summary>
    Number,
    /// <summary>Punctuation: sentence marks, commas, quotes, brackets, dashes.</summary>
    Punctuation,
    /// <summary>A symbol: currency signs, <c>%</c>, <c>&amp;</c>, math and other symbols.</summary>
    Symbol,
    /// <summary>A URL (<c>https://…</c>, <c>www.…</c>).</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>A hashtag (<c>#news</c>).</summary>
    Hashtag,
    /// <summary>A mention or handle (<c>@AP</c>).</summary>
    Mention,
    /// <summary>An emoji or pictograph, with its modifiers and joiners.</summary>
    Emoji,
}
