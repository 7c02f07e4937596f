namespace NewsNlp.Tests.ArticleStructure;

/// <summary>An analyzer that runs only tokenization and structure, shared by the structure tests.</summary>
internal static class StructureAnalyzer
{
    public static NewsAnalyzer Instance { get; } = NewsAnalyzer.Create(new NewsAnalyzerOptions
    {
        FindEntities = false,
        FindQuotes = false,
        ClassifyTopics = false,
    });
}
