namespace NewsNlp;

/// <summary>The language an input is written in, as far as its script and its commonest words tell.</summary>
/// <param name="Code">The ISO 639-1 code (<c>en</c>, <c>de</c>, <c>zh</c>…), or <see langword="null"/> when the input
/// is too short to tell, gives no evidence either way (a table of figures), or is written in a script many languages
/// share (Cyrillic, Arabic, Devanagari).</param>
/// <param name="Confidence">How sure <paramref name="Code"/> is, from 0 to 1: the share of the evidence (function
/// words, or letters of the script) that speaks for it; 0 when <paramref name="Code"/> is <see langword="null"/>.</param>
public sealed record DetectedLanguage(string? Code, double Confidence)
{
    /// <summary>Gets the value for an input whose language cannot be told.</summary>
    public static DetectedLanguage Unknown { get; } = new(null, 0);
}

/// <summary>Why an analysis may be incomplete or untrustworthy: the input is not what the analyzer reads.</summary>
/// <remarks>Written in JSON with camelCase names (<c>notEnglish</c>, <c>markup</c>, <c>binary</c>, <c>tooShort</c>).</remarks>
public enum AnalysisWarning
{
    /// <summary>The input is not English: names, quotes and topics are not read (structure, sentences and
    /// paragraphs are).</summary>
    NotEnglish,

    /// <summary>The input holds markup (HTML or XML tags). A whole web page (a document type or <c>&lt;html&gt;</c>
    /// opening it, or mostly tags) is not analyzed beyond sentences and paragraphs: extract the article text first.</summary>
    Markup,

    /// <summary>The input holds control characters or undecodable bytes (U+FFFD) in a share no text has: it is
    /// binary data read as text, and nothing beyond sentences and paragraphs is analyzed.</summary>
    Binary,

    /// <summary>The input has too few words to have a subject: no topics, regions or keywords.</summary>
    TooShort,
}
