using System.Text;

namespace NewsNlp;

/// <summary>Keeps hostile nesting from making the parse quadratic: the HTML tree builder looks through the stack of
/// open elements for each start tag, so 100,000 nested <c>div</c>s take minutes. One linear scan estimates the nesting
/// depth from the tags (void elements and those with implied end tags do not count; comments and script/style bodies
/// are skipped); only when it passes <see cref="ExtractionRules.MaxNesting"/> is a copy made without the start and end
/// tags beyond that depth (their text stays). Real pages nest a few dozen deep and are passed through unchanged.</summary>
internal static class NestingGuard
{
    private static readonly HashSet<string> s_uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "p", "li", "dt", "dd", "option", "tr", "td", "th", "!doctype",
    };

    public static string Flatten(string html)
    {
        List<(int Start, int End)>? cut = null;
        int depth = 0;
        int i = 0;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                int close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }

            bool end = html[lt + 1] == '/';
            int nameStart = lt + (end ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '!'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]) && html[nameStart] != '!')
            {
                i = lt + 1;
                continue;
            }

            int gt = TagEnd(html, nameEnd);
            string name = html[nameStart..nameEnd];
            bool selfClosing = gt > 0 && html[gt - 1] == '/';
            int after = gt + 1;
            if (!end && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                int close = html.IndexOf("</" + name, after, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }

            if (!s_uncounted.Contains(name) && !selfClosing)
            {
                if (end)
                {
                    if (depth > ExtractionRules.MaxNesting)
                    {
                        (cut ??= []).Add((lt, after));
                    }

                    depth = Math.Max(0, depth - 1);
                }
                else if (++depth > ExtractionRules.MaxNesting)
                {
                    (cut ??= []).Add((lt, after));
                }
            }

            i = after;
        }

        if (cut is null)
        {
            return html;
        }

        var sb = new StringBuilder(html.Length);
        int from = 0;
        foreach ((int start, int stop) in cut)
        {
            sb.Append(html, from, start - from);
            from = stop;
        }

        return sb.Append(html, from, html.Length - from).ToString();
    }

    /// <summary>The index of the tag's closing <c>&gt;</c> (quoted attribute values skipped), or the last index.</summary>
    private static int TagEnd(string html, int i)
    {
        char quote = '\0';
        for (; i < html.Length; i++)
        {
            char c = html[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
        }

        return html.Length - 1;
    }
}
