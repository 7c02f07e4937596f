using System.Text.Json;
using NewsNlp.Tests.Support;

namespace NewsNlp.Tests.Quotes;

/// <summary>Locates the shared data (../shared beside the clone in CI) and runs the quote stage in isolation.</summary>
internal static class QuoteTestData
{
    public static string SharedDir() => TestData.SharedDir;

    /// <summary>Runs the quote stage on <paramref name="text"/>, after the structure stage (the dateline and headline
    /// the quote stage reads), with the given entities.</summary>
    public static List<Quote> Run(string text, IEnumerable<Entity>? entities = null)
    {
        var found = new EntityResult(entities is null ? [] : [.. entities]);
        ArticleText article = ArticleText.Build(text);
        return [.. new QuoteStage().Find(article, new StructureStage().Read(article), found).Quotes];
    }

    public static string GoldenText() => TestData.ReadGolden("blinken-qin.txt");

    public static JsonDocument GoldenJson() => JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedDir(), "golden", "blinken-qin.gold.json")));

    /// <summary>The gold file's entities as <see cref="Entity"/> records, ids in file order.</summary>
    public static List<Entity> GoldenEntities(JsonDocument gold)
    {
        var result = new List<Entity>();
        JsonElement titles = gold.RootElement.GetProperty("titles");
        int id = 0;
        foreach (JsonElement e in gold.RootElement.GetProperty("entities").EnumerateArray())
        {
            string name = e.GetProperty("name").GetString()!;
            EntityType type = e.GetProperty("type").GetString() switch
            {
                "PERSON" => EntityType.Person,
                "ORGANIZATION" => EntityType.Organization,
                "LOCATION" => EntityType.Location,
                "NATIONALITY" => EntityType.Nationality,
                _ => EntityType.Misc,
            };
            var mentions = new List<Mention>();
            foreach (JsonElement m in e.GetProperty("mentions").EnumerateArray())
            {
                int start = m.GetProperty("start").GetInt32();
                int end = m.GetProperty("end").GetInt32();
                mentions.Add(new Mention(m.GetProperty("text").GetString()!, TextSpan.FromBounds(start, end)));
            }

            string? title = titles.TryGetProperty(name, out JsonElement t) ? t.GetString() : null;
            result.Add(new Entity(id++, name, type, 0.5, title, mentions, null));
        }

        return result;
    }
}
