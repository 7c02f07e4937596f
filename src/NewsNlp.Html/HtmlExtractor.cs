using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsNlp;

/// <summary>Takes a news page (HTML) and returns its article text and metadata: main-content extraction on
/// AngleSharp's DOM in the spirit of readability and trafilatura (text and link density, paragraph grouping, class/id
/// hints of content and furniture, the JSON-LD <c>articleBody</c> as evidence). Thread-safe; linear in the page.</summary>
public static class HtmlExtractor
{
    /// <summary>The longest page accepted, in UTF-16 code units (32 Mi).</summary>
    public const int MaxPageLength = ExtractionRules.MaxPageLength;

    private static readonly HtmlParserOptions s_options = new() { IsScripting = false, IsKeepingSourceReferences = false };

    /// <summary>Extracts the article of one page.</summary>
    /// <param name="html">The page's HTML. Any string is accepted: an empty page, a page without a body, broken markup
    /// or plain text give an article with whatever text it holds (possibly empty), never an exception.</param>
    /// <returns>The article text and the page's metadata.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="html"/> is longer than <see cref="MaxPageLength"/>.</exception>
    public static HtmlArticle Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length > MaxPageLength)
        {
            throw new ArgumentException($"The page is {html.Length:N0} characters long; at most {MaxPageLength:N0} are accepted.", nameof(html));
        }

        var parser = new HtmlParser(s_options);
        using IDocument doc = parser.ParseDocument(NestingGuard.Flatten(html));
        PageMetadata meta = PageMetadata.Read(doc);
        IElement? root = doc.Body ?? doc.DocumentElement;
        List<string> body = [];
        string? h1 = null;
        if (root is not null)
        {
            PageBlocks page = PageBlocks.Read(root);
            h1 = PickHeading(page, meta.Headline);
            foreach (PageBlocks.Paragraph p in ContentSelector.Select(page, ArticleEvidence.From(meta.ArticleBody)))
            {
                body.Add(p.Text);
            }
        }

        if (body.Sum(p => p.Length) < ExtractionRules.MinBodyChars && meta.ArticleBody is { } articleBody
            && articleBody.Length > body.Sum(p => p.Length))
        {
            body = [.. articleBody.Split('\n').Select(PageMetadata.Clean).Where(l => l.Length > 0)];
        }

        string? headline = h1 ?? meta.Headline ?? meta.Title;
        if (headline is not null && body.Count > 0 && body.FindIndex(p => p == headline) is int at and >= 0 and < 3)
        {
            body.RemoveAt(at);
        }

        var text = new StringBuilder();
        if (headline is not null)
        {
            text.Append(headline).Append("\n\n");
        }

        if (BylineLine(meta.Authors, body) is { } byline)
        {
            text.Append(byline).Append("\n\n");
        }

        int bodyStart = text.Length;
        text.AppendJoin("\n\n", body);
        return new HtmlArticle(text.ToString().TrimEnd(), Math.Min(bodyStart, text.ToString().TrimEnd().Length), headline,
            meta.Authors, meta.Published, meta.Publisher, meta.Url, meta.Section);
    }

    /// <summary>A <c>By A, B and C</c> line from the stated authors when the body's opening does not name the first
    /// of them (its last word, the surname, within <see cref="ExtractionRules.BylineWindowChars"/>); else null.</summary>
    private static string? BylineLine(List<string> authors, List<string> body)
    {
        if (authors.Count == 0)
        {
            return null;
        }

        string first = authors[0];
        string surname = first[(first.LastIndexOf(' ') + 1)..];
        int seen = 0;
        foreach (string p in body)
        {
            if (p.Contains(surname, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            seen += p.Length;
            if (seen >= ExtractionRules.BylineWindowChars)
            {
                break;
            }
        }

        return authors.Count == 1 ? "By " + first : "By " + string.Join(", ", authors.Take(authors.Count - 1)) + " and " + authors[^1];
    }

    /// <summary>The page's headline element: the first <c>h1</c>, or the one that matches the stated headline.</summary>
    private static string? PickHeading(PageBlocks page, string? stated)
    {
        string? first = null;
        foreach (PageBlocks.Paragraph p in page.Paragraphs)
        {
            if (page.Boxes[p.Box].Tag != "h1" || p.Text.Length > 300)
            {
                continue;
            }

            if (stated is not null && (stated.StartsWith(p.Text, StringComparison.OrdinalIgnoreCase) || p.Text.StartsWith(stated, StringComparison.OrdinalIgnoreCase)))
            {
                return p.Text;
            }

            first ??= p.Text;
        }

        return stated is null ? first : null;
    }
}
