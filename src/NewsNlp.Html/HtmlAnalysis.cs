using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsNlp;

/// <summary>The analysis of a news page: its extracted article and the analysis of the article text.</summary>
/// <param name="Article">The extracted article and the page's metadata; <see cref="NewsAnalysis.Text"/> is its
/// <see cref="HtmlArticle.Text"/>, so every offset of the analysis refers to that text.</param>
/// <param name="Analysis">The analysis of the article text.</param>
public sealed record HtmlAnalysis(HtmlArticle Article, NewsAnalysis Analysis)
{
    private static readonly JsonWriterOptions s_compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Gets the publication date: as the page's metadata states it, else the date of the story's dateline as
    /// written, else <see langword="null"/>.</summary>
    public string? Published => Article.Published ?? Analysis.Dateline?.Date;

    /// <summary>Writes the analysis object of the NewsNlp output contract plus <c>text</c> (the extracted text the
    /// offsets refer to) and <c>page</c> (the page's metadata: <c>headline</c>, <c>authors</c>, <c>published</c>,
    /// <c>publisher</c>, <c>url</c>, <c>section</c>).</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="id">An identifier to write as the <c>id</c> field, or <see langword="null"/> to omit it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public void WriteJson(Utf8JsonWriter writer, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        string analysis = Analysis.ToJson(id);
        using var extra = new MemoryStream();
        using (var w = new Utf8JsonWriter(extra, s_compact))
        {
            w.WriteStartObject();
            w.WriteString("text", Article.Text);
            w.WriteStartObject("page");
            Article.WriteMetadata(w);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        // Both are objects: the analysis without its closing brace, a comma, the extra fields without their opening one.
        string fields = Encoding.UTF8.GetString(extra.GetBuffer(), 1, (int)extra.Length - 1);
        writer.WriteRawValue(analysis[..^1] + "," + fields, skipInputValidation: true);
    }

    /// <summary>Serializes as <see cref="WriteJson"/> does.</summary>
    /// <param name="id">An identifier to write as the <c>id</c> field, or <see langword="null"/> to omit it.</param>
    /// <returns>The JSON text.</returns>
    public string ToJson(string? id = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, s_compact))
        {
            WriteJson(writer, id);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
