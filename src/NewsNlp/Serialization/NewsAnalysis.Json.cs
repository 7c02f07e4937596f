using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsNlp;

/// <content>JSON serialization in the shape of the NewsNlp output contract.</content>
public sealed partial record NewsAnalysis
{
    private static readonly JsonWriterOptions s_compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false };
    private static readonly JsonWriterOptions s_indented = s_compact with { Indented = true };

    /// <summary>Serializes the analysis as one JSON object following the NewsNlp output contract (camelCase, UTF-8).</summary>
    /// <param name="id">An identifier to write as the <c>id</c> field, or <see langword="null"/> to omit it.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public string ToJson(string? id = null, bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, indented ? s_indented : s_compact))
        {
            WriteJson(writer, id);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes the analysis as one JSON object following the NewsNlp output contract.</summary>
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

        WriteSegment(writer, "headline", Headline);

        if (Byline is { } b)
        {
            writer.WriteStartObject("byline");
            WriteSpanFields(writer, b.Text, b.Span);
            writer.WriteStartArray("authors");
            foreach (string a in b.Authors)
            {
                writer.WriteStringValue(a);
            }

            writer.WriteEndArray();
            writer.WriteString("agency", b.Agency);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("byline");
        }

        if (Dateline is { } d)
        {
            writer.WriteStartObject("dateline");
            WriteSpanFields(writer, d.Text, d.Span);
            writer.WriteString("city", d.City);
            writer.WriteString("region", d.Region);
            writer.WriteString("country", d.Country);
            writer.WriteString("agency", d.Agency);
            writer.WriteString("date", d.Date);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("dateline");
        }

        writer.WriteStartArray("categories");
        foreach (string c in Categories)
        {
            writer.WriteStringValue(c);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("boilerplate");
        foreach (TextSegment s in Boilerplate)
        {
            writer.WriteStartObject();
            WriteSpanFields(writer, s.Text, s.Span);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        WriteSpans(writer, "paragraphs", Paragraphs);
        WriteSpans(writer, "sentences", Sentences);

        writer.WriteStartArray("entities");
        foreach (Entity e in Entities)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", e.Id);
            writer.WriteString("name", JsonSafe(e.Name));
            writer.WriteString("type", TypeName(e.Type));
            writer.WriteNumber("salience", Math.Round(e.Salience, 4));
            writer.WriteString("title", e.Title is null ? null : JsonSafe(e.Title));
            writer.WriteString("countryCode", e.CountryCode);
            if (e.IsCredit)
            {
                writer.WriteBoolean("credit", true); // written only when true: a contract addition older readers skip
            }

            writer.WriteStartArray("mentions");
            foreach (Mention m in e.Mentions)
            {
                writer.WriteStartObject();
                WriteSpanFields(writer, m.Text, m.Span);
                if (m.Kind != MentionKind.Name)
                {
                    // Written only for nominals and pronouns, like "credit": absent means a name. Most mentions are
                    // names, and the field on each of them was 7% of the output's bytes.
                    writer.WriteString("kind", MentionKindName(m.Kind));
                }
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("quotes");
        foreach (Quote q in Quotes)
        {
            writer.WriteStartObject();
            WriteSpanFields(writer, q.Text, q.Span);
            writer.WriteString("kind", KindName(q.Kind));
            writer.WriteString("speaker", q.Speaker is null ? null : JsonSafe(q.Speaker));
            if (q.SpeakerEntityId is int sid)
            {
                writer.WriteNumber("speakerEntityId", sid);
            }
            else
            {
                writer.WriteNull("speakerEntityId");
            }

            if (q.SpeakerMention is { } sm)
            {
                writer.WriteStartObject("speakerMention");
                WriteSpanFields(writer, sm.Text, sm.Span);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("speakerMention");
            }

            writer.WriteString("cue", q.Cue);
            writer.WriteNumber("confidence", q.Confidence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("topics");
        foreach (TopicScore t in Topics)
        {
            writer.WriteStartObject();
            writer.WriteString("code", t.Code);
            writer.WriteString("label", t.Label);
            writer.WriteNumber("score", Math.Round(t.Score, 4));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("regions");
        foreach (RegionScore r in Regions)
        {
            writer.WriteStartObject();
            writer.WriteString("name", r.Name);
            writer.WriteString("code", r.Code);
            writer.WriteNumber("score", Math.Round(r.Score, 4));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("keywords");
        foreach (Keyword k in Keywords)
        {
            writer.WriteStartObject();
            writer.WriteString("text", JsonSafe(k.Text));
            writer.WriteNumber("score", Math.Round(k.Score, 4));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartObject("language");
        writer.WriteString("code", Language.Code);
        writer.WriteNumber("confidence", Math.Round(Language.Confidence, 4));
        writer.WriteEndObject();

        writer.WriteStartArray("warnings");
        foreach (AnalysisWarning w in Warnings)
        {
            writer.WriteStringValue(WarningName(w));
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The contract's name of an entity type (<c>PERSON</c>, <c>ORGANIZATION</c>…).</summary>
    /// <param name="type">The type.</param>
    /// <returns>The upper-case name.</returns>
    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORGANIZATION",
        EntityType.Location => "LOCATION",
        EntityType.Nationality => "NATIONALITY",
        _ => "MISC",
    };

    /// <summary>The contract's name of a warning (<c>notEnglish</c>, <c>markup</c>, <c>binary</c>, <c>tooShort</c>).</summary>
    /// <param name="warning">The warning.</param>
    /// <returns>The camelCase name.</returns>
    public static string WarningName(AnalysisWarning warning) => warning switch
    {
        AnalysisWarning.NotEnglish => "notEnglish",
        AnalysisWarning.Markup => "markup",
        AnalysisWarning.Binary => "binary",
        _ => "tooShort",
    };

    private static string MentionKindName(MentionKind kind) => kind switch
    {
        MentionKind.Nominal => "nominal",
        MentionKind.Pronoun => "pronoun",
        _ => "name",
    };

    private static string KindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Partial => "partial",
        _ => "indirect",
    };

    /// <summary>JSON text must be valid UTF-16: a lone surrogate is written as U+FFFD (same length, so offsets hold).</summary>
    private static string JsonSafe(string s)
    {
        int i = 0;
        for (; i < s.Length; i++)
        {
            if (char.IsSurrogate(s[i]))
            {
                break;
            }
        }

        if (i == s.Length)
        {
            return s;
        }

        char[] chars = s.ToCharArray();
        for (; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    private static void WriteSegment(Utf8JsonWriter writer, string name, TextSegment? segment)
    {
        if (segment is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        WriteSpanFields(writer, segment.Text, segment.Span);
        writer.WriteEndObject();
    }

    private static void WriteSpanFields(Utf8JsonWriter writer, string text, TextSpan span)
    {
        writer.WriteString("text", JsonSafe(text));
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
    }

    private static void WriteSpans(Utf8JsonWriter writer, string name, IReadOnlyList<TextSpan> spans)
    {
        writer.WriteStartArray(name);
        foreach (TextSpan s in spans)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", s.Start);
            writer.WriteNumber("end", s.End);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
