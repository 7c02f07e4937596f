using System.Buffers;

namespace NewsNlp;

/// <summary>Looks at the characters of an input for what is not text: control characters and undecodable bytes
/// (binary data read as text) and markup tags. Both scans jump between candidates with vectorized searches, so plain
/// news text costs one fast pass.</summary>
internal static class InputScan
{
    /// <summary>C0 controls but tab, line feed, vertical tab, form feed and carriage return; DEL; C1 controls; U+FFFD.</summary>
    private static readonly SearchValues<char> s_binary = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017"
        + "\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088"
        + "\u0089\u008A\u008B\u008C\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A"
        + "\u009B\u009C\u009D\u009E\u009F\uFFFD");

    /// <summary>Whether <paramref name="text"/> is binary data read as text (see <see cref="InputRules.MinBinaryShare"/>).</summary>
    public static bool IsBinary(ReadOnlySpan<char> text)
    {
        int bad = 0;
        int at;
        ReadOnlySpan<char> rest = text;
        while ((at = rest.IndexOfAny(s_binary)) >= 0)
        {
            bad++;
            rest = rest[(at + 1)..];
        }

        return bad >= InputRules.MinBinaryCharacters && bad >= text.Length * InputRules.MinBinaryShare;
    }

    /// <summary>HTML elements, any case; a lower-case name not listed (<c>&lt;tweet&gt;</c>) is a tag too. A capitalized
    /// name not listed is not: Reuters writes company names in angle brackets (<c>&lt;American Financial Corp&gt;</c>).</summary>
    private static readonly WordSet s_elements = WordSet.Create(WordCasing.IgnoreCase,
        "html", "head", "body", "title", "meta", "link", "script", "style", "noscript", "div", "span", "p", "a", "br", "hr",
        "img", "figure", "figcaption", "picture", "source", "iframe", "article", "section", "header", "footer", "nav",
        "aside", "main", "ul", "ol", "li", "table", "tr", "td", "th", "tbody", "thead", "form", "input", "button",
        "h1", "h2", "h3", "h4", "h5", "h6", "b", "i", "em", "strong", "u", "font", "center", "blockquote", "pre", "code",
        "svg", "path", "time", "small", "sup", "sub");

    /// <summary>The elements only a whole page has: text with tags left in does not hold them.</summary>
    private static readonly WordSet s_pageElements = WordSet.Create(WordCasing.IgnoreCase,
        "html", "head", "body", "meta", "link", "script", "style", "noscript", "nav", "iframe");

    /// <summary>The markup in <paramref name="text"/>.</summary>
    /// <returns>Whether it holds markup, and whether it is a whole web page (see <see cref="AnalysisWarning.Markup"/>).</returns>
    public static (bool HasMarkup, bool IsPage) Markup(ReadOnlySpan<char> text)
    {
        int tags = 0;
        int pageTags = 0;
        long tagChars = 0;
        int at;
        ReadOnlySpan<char> rest = text;
        while ((at = rest.IndexOf('<')) >= 0)
        {
            rest = rest[(at + 1)..];
            ReadOnlySpan<char> window = rest[..Math.Min(rest.Length, InputRules.MaxTagLength)];
            int end = window.IndexOfAny('>', '<');
            if (end < 0 || window[end] == '<' || !IsTag(window[..end], out bool pageTag))
            {
                continue;
            }

            tags++;
            pageTags += pageTag ? 1 : 0;
            tagChars += end + 2;
            rest = rest[(end + 1)..];
        }

        bool isPage = OpensAsPage(text)
            || (pageTags >= InputRules.MinMarkupTags && tagChars >= text.Length * InputRules.MinPageMarkupShare);
        return (tags >= InputRules.MinMarkupTags || isPage, isPage);
    }

    /// <summary>Whether the text between <c>&lt;</c> and <c>&gt;</c> is a tag: a comment, declaration or processing
    /// instruction, or an element name (see <see cref="s_elements"/>) ended by the tag, a slash or attributes.</summary>
    private static bool IsTag(ReadOnlySpan<char> inside, out bool pageTag)
    {
        pageTag = false;
        if (inside.IsEmpty)
        {
            return false;
        }

        if (inside[0] is '!' or '?')
        {
            return inside.Length > 1 && (char.IsAsciiLetter(inside[1]) || inside[1] == '-');
        }

        ReadOnlySpan<char> name = inside[0] == '/' ? inside[1..] : inside;
        int length = 0;
        while (length < name.Length && char.IsAsciiLetterOrDigit(name[length]))
        {
            length++;
        }

        if (length == 0 || !char.IsAsciiLetter(name[0]))
        {
            return false;
        }

        ReadOnlySpan<char> after = name[length..];
        if (!after.IsEmpty && !(after[0] == '/' || (char.IsWhiteSpace(after[0]) && after.Contains('='))))
        {
            return false;
        }

        ReadOnlySpan<char> element = name[..length];
        bool known = s_elements.Contains(element);
        if (!known && element.ContainsAnyInRange('A', 'Z'))
        {
            return false;
        }

        pageTag = s_pageElements.Contains(element);
        return true;
    }

    /// <summary>Whether the text opens with a document type, an XML declaration or an <c>html</c> element.</summary>
    private static bool OpensAsPage(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> start = text.TrimStart();
        if (!start.IsEmpty && start[0] == '\uFEFF')
        {
            start = start[1..].TrimStart();
        }

        return start.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase);
    }
}
