namespace NewsNlp;

/// <summary>The thresholds of the input check (<see cref="InputCheck"/>), each with its reason.</summary>
internal static class InputRules
{
    /// <summary>Words read for the language evidence: a few sentences of function words are enough to tell, and the
    /// check then costs the same on a long article as on a short one.</summary>
    public const int MaxLanguageWords = 100;

    /// <summary>Letters read for the script evidence, over the same words.</summary>
    public const int MaxScriptLetters = 2000;

    /// <summary>Longest word looked up as a function word: the lists' longest words (<c>durante</c>, <c>werden</c>)
    /// fit; a longer word is never one, and skipping it saves the lookup for most words.</summary>
    public const int MaxFunctionWordLength = 7;

    /// <summary>Fewer words than this tell no language by their function words (a headline, "ok"): the input is
    /// read as English unless its script says otherwise.</summary>
    public const int MinLanguageWords = 10;

    /// <summary>Share of letters outside the Latin script that makes the input another language: a Chinese or
    /// Arabic name quoted in an English story stays far below it.</summary>
    public const double MinForeignScriptShare = 0.5;

    /// <summary>Share of the words that must be another language's function words (and outnumber the English ones)
    /// for a Latin-script input to be that language: German, Spanish or French prose runs at 0.25–0.45; an English
    /// story quoting a foreign phrase, or a table of figures, stays far below.</summary>
    public const double MinForeignWordShare = 0.12;

    /// <summary>Fewer words than this give no topics: one or two words (<c>ok</c>, a name) have no subject, and a
    /// classifier would return its prior.</summary>
    public const int MinTopicWords = 5;

    /// <summary>Share of characters that are control characters or U+FFFD that makes the input binary data: decoded
    /// text has none or a stray few; an executable or image read as text has tens of percent.</summary>
    public const double MinBinaryShare = 0.01;

    /// <summary>Fewest such characters for a binary verdict, so that one bad byte in a short text is not.</summary>
    public const int MinBinaryCharacters = 8;

    /// <summary>Tags that make the input markup: one <c>&lt;br&gt;</c> or "a &lt; b" in a story is not.</summary>
    public const int MinMarkupTags = 3;

    /// <summary>Share of characters inside tags that makes input holding page elements (<c>script</c>, <c>meta</c>,
    /// <c>body</c> …) a web page rather than text with some tags left in: a page's markup is most of it; a story with
    /// embedded posts or paragraphs still wrapped in <c>&lt;p&gt;</c> has no page elements.</summary>
    public const double MinPageMarkupShare = 0.25;

    /// <summary>Longest tag measured, so that a lone <c>&lt;</c> never makes a scan run to the end of the text.</summary>
    public const int MaxTagLength = 2000;
}
