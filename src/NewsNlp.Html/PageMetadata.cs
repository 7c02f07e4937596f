using System.Text.Json;
using AngleSharp.Dom;

namespace NewsNlp;

/// <summary>What a page states about its article: JSON-LD first (the article object, also inside <c>@graph</c>),
/// then Open Graph / <c>article:</c> properties, then plain meta tags, <c>link rel=canonical</c> and <c>&lt;title&gt;</c>.
/// A field the page does not state stays <see langword="null"/>.</summary>
internal sealed class PageMetadata
{
    public string? Headline { get; private set; }
    public List<string> Authors { get; } = [];
    public string? Published { get; private set; }
    public string? Publisher { get; private set; }
    public string? Url { get; private set; }
    public string? Section { get; private set; }
    public string? ArticleBody { get; private set; }
    public string? Title { get; private set; }

    private static readonly JsonDocumentOptions s_json = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static PageMetadata Read(IDocument doc)
    {
        var m = new PageMetadata();
        foreach (IElement script in doc.QuerySelectorAll("script[type='application/ld+json']"))
        {
            m.ReadJsonLd(script.TextContent);
        }

        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var metaAuthors = new List<string>();
        foreach (IElement e in doc.QuerySelectorAll("meta"))
        {
            string? key = e.GetAttribute("property") ?? e.GetAttribute("name") ?? e.GetAttribute("itemprop");
            string? value = e.GetAttribute("content");
            if (key is null || string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            value = Clean(value);
            if (key.Equals("author", StringComparison.OrdinalIgnoreCase) || key.Equals("article:author", StringComparison.OrdinalIgnoreCase)
                || key.Equals("parsely-author", StringComparison.OrdinalIgnoreCase) || key.Equals("sailthru.author", StringComparison.OrdinalIgnoreCase))
            {
                metaAuthors.Add(value);
            }

            meta.TryAdd(key, value);
        }

        m.Headline ??= First(meta, "og:title", "twitter:title", "parsely-title", "headline", "title");
        m.Published ??= First(meta, "article:published_time", "datePublished", "parsely-pub-date", "pubdate", "publishdate", "date", "dc.date", "sailthru.date", "og:published_time");
        m.Publisher ??= First(meta, "og:site_name", "application-name", "publisher");
        m.Section ??= First(meta, "article:section", "parsely-section", "section");
        m.Url ??= doc.QuerySelector("link[rel='canonical']")?.GetAttribute("href") is { Length: > 0 } canonical ? canonical.Trim() : First(meta, "og:url", "parsely-link");
        if (m.Authors.Count == 0)
        {
            foreach (string a in metaAuthors)
            {
                m.AddAuthor(a);
            }
        }

        m.Title = doc.QuerySelector("title")?.TextContent is { } t && Clean(t) is { Length: > 0 } title ? title : null;
        if (m.Published is null && doc.QuerySelector("time[datetime]")?.GetAttribute("datetime") is { Length: > 0 } time)
        {
            m.Published = time.Trim();
        }

        return m;
    }

    private static string? First(Dictionary<string, string> meta, params ReadOnlySpan<string> keys)
    {
        foreach (string k in keys)
        {
            if (meta.TryGetValue(k, out string? v))
            {
                return v;
            }
        }

        return null;
    }

    private void ReadJsonLd(string json)
    {
        try
        {
            using JsonDocument doc = JsonDocument.Parse(json, s_json);
            Visit(doc.RootElement, 0);
        }
        catch (JsonException)
        {
            // A broken JSON-LD block states nothing.
        }
    }

    private void Visit(JsonElement e, int depth)
    {
        if (depth > 4)
        {
            return;
        }

        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in e.EnumerateArray())
            {
                Visit(item, depth + 1);
            }

            return;
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (e.TryGetProperty("@graph", out JsonElement graph))
        {
            Visit(graph, depth + 1);
        }

        if (!IsArticle(e))
        {
            if (e.TryGetProperty("mainEntity", out JsonElement main))
            {
                Visit(main, depth + 1);
            }

            return;
        }

        bool webPage = TypeIs(e, "WebPage");
        if (webPage && Headline is not null)
        {
            return;
        }

        Headline ??= Text(e, "headline") ?? (webPage ? null : Text(e, "name"));
        Published ??= Text(e, "datePublished") ?? Text(e, "dateCreated");
        Section ??= Text(e, "articleSection");
        ArticleBody ??= e.TryGetProperty("articleBody", out JsonElement body) && body.ValueKind == JsonValueKind.String ? body.GetString() : null;
        Url ??= Text(e, "url") ?? (e.TryGetProperty("mainEntityOfPage", out JsonElement page) ? Text(page, "@id") ?? Text(page, null) : null);
        if (e.TryGetProperty("publisher", out JsonElement publisher))
        {
            Publisher ??= Text(publisher, "name") ?? Text(publisher, null);
        }

        if (Authors.Count == 0 && (e.TryGetProperty("author", out JsonElement author) || e.TryGetProperty("creator", out author)))
        {
            foreach (JsonElement a in author.ValueKind == JsonValueKind.Array ? author.EnumerateArray() : Enumerable.Repeat(author, 1))
            {
                if ((Text(a, "name") ?? Text(a, null)) is { } name)
                {
                    AddAuthor(name);
                }
            }
        }
    }

    private void AddAuthor(string name)
    {
        name = Clean(name);
        if (name.Length == 0 || name.Length > 100 || name.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (name.StartsWith("By ", StringComparison.OrdinalIgnoreCase))
        {
            name = name[3..].Trim();
        }

        if (!Authors.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            Authors.Add(name);
        }
    }

    private static bool IsArticle(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out JsonElement type))
        {
            return false;
        }

        foreach (JsonElement t in type.ValueKind == JsonValueKind.Array ? type.EnumerateArray() : Enumerable.Repeat(type, 1))
        {
            if (t.ValueKind == JsonValueKind.String && ExtractionRules.ArticleTypes.Contains(t.GetString()!))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TypeIs(JsonElement e, string name) =>
        e.TryGetProperty("@type", out JsonElement type) && type.ValueKind == JsonValueKind.String && type.GetString() == name;

    /// <summary>A string property (or the element itself when <paramref name="property"/> is null), the first string of
    /// an array, cleaned; <see langword="null"/> when there is none.</summary>
    private static string? Text(JsonElement e, string? property)
    {
        if (property is not null)
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(property, out e))
            {
                return null;
            }
        }

        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in e.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    e = item;
                    break;
                }
            }
        }

        return e.ValueKind == JsonValueKind.String && Clean(e.GetString()!) is { Length: > 0 } s ? s : null;
    }

    /// <summary>Entities decoded (JSON-LD often double-encodes them), whitespace collapsed.</summary>
    internal static string Clean(string s)
    {
        if (s.Contains('&', StringComparison.Ordinal))
        {
            s = System.Net.WebUtility.HtmlDecode(s);
        }

        return string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
