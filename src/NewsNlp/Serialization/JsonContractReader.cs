using System.Text.Json;

namespace NewsNlp;

/// <summary>Reads the fields of one contract analysis object (see <see cref="NewsAnalysis.FromJson"/>).</summary>
internal sealed class JsonContractReader(string text)
{
    public NewsAnalysis Read(JsonElement root) => new()
    {
        Text = text,
        Headline = Optional(root, "headline", Segment),
        Byline = Optional(root, "byline", e => new Byline(Str(e, "text"), Span(e), Strings(e, "authors"), NullableStr(e, "agency"))),
        Dateline = Optional(root, "dateline", e => new Dateline(Str(e, "text"), Span(e), NullableStr(e, "city"), NullableStr(e, "region"),
            NullableStr(e, "country"), NullableStr(e, "agency"), NullableStr(e, "date"))),
        Categories = Strings(root, "categories"),
        Boilerplate = List(root, "boilerplate", Segment),
        Paragraphs = List(root, "paragraphs", Span),
        Sentences = List(root, "sentences", Span),
        Entities = List(root, "entities", e => new Entity(e.GetProperty("id").GetInt32(), Str(e, "name"), EntityTypeOf(Str(e, "type")),
            e.GetProperty("salience").GetDouble(), NullableStr(e, "title"), List(e, "mentions", EntityMentionOf), NullableStr(e, "countryCode"))
        {
            IsCredit = e.TryGetProperty("credit", out JsonElement credit) && credit.ValueKind == JsonValueKind.True,
        }),
        Quotes = List(root, "quotes", e => new Quote(Str(e, "text"), Span(e), QuoteKindOf(Str(e, "kind")), NullableStr(e, "speaker"),
            e.TryGetProperty("speakerEntityId", out JsonElement id) && id.ValueKind == JsonValueKind.Number ? id.GetInt32() : null,
            Optional(e, "speakerMention", MentionOf), NullableStr(e, "cue"),
            e.TryGetProperty("confidence", out JsonElement c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : 0)),
        Topics = List(root, "topics", e => new TopicScore(Str(e, "code"), Str(e, "label"), e.GetProperty("score").GetDouble())),
        Regions = List(root, "regions", e => new RegionScore(Str(e, "name"), NullableStr(e, "code"), e.GetProperty("score").GetDouble())),
        Keywords = List(root, "keywords", e => new Keyword(Str(e, "text"), e.GetProperty("score").GetDouble())),
        Language = Optional(root, "language", e => NullableStr(e, "code") is string code
            ? new DetectedLanguage(code, e.GetProperty("confidence").GetDouble()) : DetectedLanguage.Unknown) ?? DetectedLanguage.Unknown,
        Warnings = [.. Strings(root, "warnings").Select(NewsAnalysis.ParseWarning)],
    };

    private TextSegment Segment(JsonElement e) => new(Str(e, "text"), Span(e));

    private Mention MentionOf(JsonElement e) => new(Str(e, "text"), Span(e));

    private Mention EntityMentionOf(JsonElement e) => new(Str(e, "text"), Span(e))
    {
        Kind = NullableStr(e, "kind") switch
        {
            null or "name" => MentionKind.Name,
            "nominal" => MentionKind.Nominal,
            "pronoun" => MentionKind.Pronoun,
            string other => throw new FormatException($"Unknown mention kind '{other}'."),
        },
    };

    private TextSpan Span(JsonElement e)
    {
        int start = e.GetProperty("start").GetInt32();
        int end = e.GetProperty("end").GetInt32();
        if (start < 0 || end < start || end > text.Length)
        {
            throw new FormatException($"The span [{start}, {end}) lies outside the text ({text.Length} characters).");
        }

        return TextSpan.FromBounds(start, end);
    }

    private static T? Optional<T>(JsonElement parent, string name, Func<JsonElement, T> read)
        where T : class =>
        parent.TryGetProperty(name, out JsonElement e) && e.ValueKind == JsonValueKind.Object ? read(e) : null;

    private static T[] List<T>(JsonElement parent, string name, Func<JsonElement, T> read)
    {
        if (!parent.TryGetProperty(name, out JsonElement array) || array.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var items = new T[array.GetArrayLength()];
        int i = 0;
        foreach (JsonElement e in array.EnumerateArray())
        {
            items[i++] = read(e);
        }

        return items;
    }

    private static string[] Strings(JsonElement parent, string name) => List(parent, name, e => e.GetString() ?? string.Empty);

    private static string Str(JsonElement e, string name) => e.GetProperty(name).GetString() ?? throw new FormatException($"\"{name}\" is null.");

    private static string? NullableStr(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static EntityType EntityTypeOf(string name) => name switch
    {
        "PERSON" => EntityType.Person,
        "ORGANIZATION" => EntityType.Organization,
        "LOCATION" => EntityType.Location,
        "NATIONALITY" => EntityType.Nationality,
        "MISC" => EntityType.Misc,
        _ => throw new FormatException($"Unknown entity type \"{name}\"."),
    };

    private static QuoteKind QuoteKindOf(string name) => name switch
    {
        "direct" => QuoteKind.Direct,
        "partial" => QuoteKind.Partial,
        "indirect" => QuoteKind.Indirect,
        _ => throw new FormatException($"Unknown quote kind \"{name}\"."),
    };
}
