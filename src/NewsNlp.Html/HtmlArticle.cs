using System.Text.Json;

namespace NewsNlp;

/// <summary>The article of a news page: its text and what the page states about it in JSON-LD, Open Graph and meta
/// tags. Immutable.</summary>
/// <param name="Text">The article text: the headline first when the page has one, then the body paragraphs, separated
/// by blank lines (a line break inside a paragraph stays a single <c>\n</c>). Empty when the page holds no article.</param>
/// <param name="BodyStart">Where the body starts in <paramref name="Text"/> (after the headline and its blank line; 0
/// without a headline).</param>
/// <param name="Headline">The headline: the page's <c>&lt;h1&gt;</c>, else its JSON-LD / Open Graph headline, else its
/// title; <see langword="null"/> when it has none.</param>
/// <param name="Authors">The authors the page's metadata names (JSON-LD <c>author</c>, else <c>author</c> meta tags).</param>
/// <param name="Published">The publication date as the page states it (usually ISO 8601), or <see langword="null"/>.</param>
/// <param name="Publisher">The publisher or site name, or <see langword="null"/>.</param>
/// <param name="Url">The canonical URL, or <see langword="null"/>.</param>
/// <param name="Section">The section (<c>articleSection</c>, <c>article:section</c>), or <see langword="null"/>.</param>
public sealed record HtmlArticle(string Text, int BodyStart, string? Headline, IReadOnlyList<string> Authors, string? Published,
    string? Publisher, string? Url, string? Section)
{
    /// <summary>Gets the body: <see cref="Text"/> without the headline.</summary>
    public string Body => Text[BodyStart..];

    /// <summary>Writes the article as one JSON object: <c>id</c> (when given), <c>text</c>, <c>headline</c>,
    /// <c>authors</c>, <c>published</c>, <c>publisher</c>, <c>url</c>, <c>section</c> (the NewsNlp output contract's
    /// <c>extract</c> line).</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="id">An identifier to write as the <c>id</c> field, or <see langword="null"/> to omit it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public void WriteJson(Utf8JsonWriter writer, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (id is not null)
        {
            writer.WriteString("id", id);
        }

        writer.WriteString("text", Text);
        WriteMetadata(writer);
        writer.WriteEndObject();
    }

    /// <summary>The metadata fields, inside an object being written.</summary>
    internal void WriteMetadata(Utf8JsonWriter writer)
    {
        writer.WriteString("headline", Headline);
        writer.WriteStartArray("authors");
        foreach (string a in Authors)
        {
            writer.WriteStringValue(a);
        }

        writer.WriteEndArray();
        writer.WriteString("published", Published);
        writer.WriteString("publisher", Publisher);
        writer.WriteString("url", Url);
        writer.WriteString("section", Section);
    }

    /// <inheritdoc/>
    public bool Equals(HtmlArticle? other) => other is not null && Text == other.Text && BodyStart == other.BodyStart
        && Headline == other.Headline && Authors.SequenceEqual(other.Authors) && Published == other.Published
        && Publisher == other.Publisher && Url == other.Url && Section == other.Section;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Text, BodyStart, Headline, Authors.Count, Published, Publisher, Url, Section);
}
