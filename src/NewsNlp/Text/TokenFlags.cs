namespace NewsNlp;

/// <summary>What a token of the <see cref="ArticleText"/> is, computed once so that no stage re-reads its
/// characters to ask. Several flags can be set at once.</summary>
[Flags]
internal enum TokenFlags : ushort
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary>A word (<see cref="TokenKind.Word"/>): letters, abbreviations, clitics, hyphenated words.</summary>
    Word = 1 << 0,

    /// <summary>A number (<see cref="TokenKind.Number"/>).</summary>
    Number = 1 << 1,

    /// <summary>Punctuation or a symbol (<see cref="TokenKind.Punctuation"/>, <see cref="TokenKind.Symbol"/>).</summary>
    Punctuation = 1 << 2,

    /// <summary>Starts with an upper-case letter.</summary>
    Capitalized = 1 << 3,

    /// <summary>Has at least two upper-case letters and no lower-case one (<c>NATO</c>, <c>U.S.</c>).</summary>
    AllCaps = 1 << 4,

    /// <summary>A quotation mark: <c>“ ” " ‘ ’ ' „ « »</c> as a token of its own.</summary>
    QuoteMark = 1 << 5,

    /// <summary>The first token of a line.</summary>
    LineStart = 1 << 6,

    /// <summary>The first token of a paragraph (see <see cref="ArticleText.Paragraphs"/>).</summary>
    ParagraphStart = 1 << 7,

    /// <summary>The first token of a sentence (see <see cref="ArticleText.Sentences"/>).</summary>
    SentenceStart = 1 << 8,

    /// <summary>Lies inside a quote region (see <see cref="ArticleText.QuoteRegions"/>), marks included.</summary>
    InQuote = 1 << 9,

    /// <summary>A clitic split off the word before it (<c>'s</c>, <c>n't</c>, <c>’re</c>), written with no space.</summary>
    Clitic = 1 << 10,

    /// <summary>Written right after the previous token, with no space between them.</summary>
    Joined = 1 << 11,
}
