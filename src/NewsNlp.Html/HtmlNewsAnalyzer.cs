namespace NewsNlp;

/// <summary>Analyzes news pages: extracts the article (<see cref="HtmlExtractor"/>) and analyzes its text with a
/// <see cref="NewsAnalyzer"/>. Thread-safe.</summary>
/// <remarks>The page's metadata fills what the text lacks in the text itself, so that offsets keep referring to the
/// analyzed text: the headline leads the text (the page's <c>h1</c>, else the stated headline, else the title), and a
/// <c>By A and B</c> line from the stated authors follows it when the body's opening does not name the first author
/// (see <see cref="HtmlExtractor.Extract(string)"/>); the stated date is <see cref="HtmlAnalysis.Published"/>.</remarks>
public sealed class HtmlNewsAnalyzer
{
    private static readonly Lazy<HtmlNewsAnalyzer> s_default = new(() => new HtmlNewsAnalyzer(NewsAnalyzer.Default));

    private readonly NewsAnalyzer _analyzer;

    private HtmlNewsAnalyzer(NewsAnalyzer analyzer) => _analyzer = analyzer;

    /// <summary>Gets an HTML analyzer over <see cref="NewsAnalyzer.Default"/>.</summary>
    public static HtmlNewsAnalyzer Default => s_default.Value;

    /// <summary>Creates an HTML analyzer over the given text analyzer.</summary>
    /// <param name="analyzer">The analyzer of the extracted text, or <see langword="null"/> for <see cref="NewsAnalyzer.Default"/>.</param>
    /// <returns>A thread-safe HTML analyzer.</returns>
    public static HtmlNewsAnalyzer Create(NewsAnalyzer? analyzer = null) => new(analyzer ?? NewsAnalyzer.Default);

    /// <summary>Extracts the article of a page and analyzes it.</summary>
    /// <param name="html">The page's HTML (see <see cref="HtmlExtractor.Extract(string)"/>).</param>
    /// <returns>The article and its analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="html"/> is longer than <see cref="HtmlExtractor.MaxPageLength"/>.</exception>
    public HtmlAnalysis Analyze(string html)
    {
        HtmlArticle article = HtmlExtractor.Extract(html);
        return new HtmlAnalysis(article, _analyzer.Analyze(article.Text));
    }
}
