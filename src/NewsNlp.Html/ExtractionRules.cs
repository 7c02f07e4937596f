namespace NewsNlp;

/// <summary>The thresholds and word lists of the main-content extraction (<see cref="HtmlExtractor"/>), each with its
/// reason. Tuned on the hash-selected tuning half of the development pages (see README, "HTML pages").</summary>
internal static class ExtractionRules
{
    /// <summary>A paragraph shorter than this gives no score to its containers: captions, labels and buttons.</summary>
    public const int MinScoredParagraphChars = 25;

    /// <summary>Length credit per this many characters of a scored paragraph (readability's measure of substance).</summary>
    public const int CharsPerPoint = 100;

    /// <summary>At most this many length points per paragraph, so that one long blob cannot outweigh a run of prose.</summary>
    public const double MaxLengthPoints = 3;

    /// <summary>How many ancestor levels a paragraph's score reaches: the article body is rarely deeper above its text.</summary>
    public const int ScoreLevels = 5;

    /// <summary>Score added to or taken from a container whose class or id names content or page furniture.</summary>
    public const double HintWeight = 25;

    /// <summary>Candidates scoring at least this share of the best count as alternatives (readability's 0.75).</summary>
    public const double AlternativeScoreShare = 0.75;

    /// <summary>At most this many alternatives are looked at (in document order).</summary>
    public const int AlternativeCandidates = 5;

    /// <summary>An ancestor of the best candidate holding this many alternatives becomes the article container.</summary>
    public const int MinAlternativesInAncestor = 1;

    /// <summary>Only this much of a class/id attribute is read for hints (some pages carry kilobytes of utility classes).</summary>
    public const int MaxHintChars = 300;

    /// <summary>A sibling of the best container joins it when it scores at least this share of the best score.</summary>
    public const double SiblingScoreShare = 0.2;

    /// <summary>Bonus, as a share of the best score, for a sibling with the best container's class: an article body
    /// split into several blocks between ads.</summary>
    public const double SameClassSiblingBonus = 0.2;

    /// <summary>… and at least this much: tiny scores of sidebars never qualify.</summary>
    public const double MinSiblingScore = 10;

    /// <summary>A sibling paragraph of the best container joins when it is this long and mostly not links.</summary>
    public const int SiblingParagraphChars = 80;

    /// <summary>The link density below which such a sibling paragraph counts as prose.</summary>
    public const double SiblingMaxLinkDensity = 0.25;

    /// <summary>A paragraph whose text is more than this share links is a list of links (related stories, tags).</summary>
    public const double MaxParagraphLinkDensity = 0.5;

    /// <summary>A furniture-named element is removed only when it holds less than this share of the page's prose:
    /// a body container whose class happens to say "comments-enabled" stays.</summary>
    public const double MaxPrunedProseShare = 0.5;

    /// <summary>A JSON-LD <c>articleBody</c> at least this long is evidence of which paragraphs are the article.</summary>
    public const int MinEvidenceChars = 400;

    /// <summary>A paragraph whose word 4-grams are at least this share in the <c>articleBody</c> is article text.</summary>
    public const double EvidenceOverlap = 0.5;

    /// <summary>Score multiplier of a paragraph confirmed by the <c>articleBody</c>.</summary>
    public const double EvidenceBoost = 3;

    /// <summary>When the DOM yields less than this many characters and the JSON-LD <c>articleBody</c> is longer, the
    /// <c>articleBody</c> is the text (pages that render their story by script).</summary>
    public const int MinBodyChars = 200;

    /// <summary>A stated author named this early in the body has a byline there; otherwise one is written from the
    /// metadata (a byline sits above the story or in its first lines).</summary>
    public const int BylineWindowChars = 400;

    /// <summary>Tags nested deeper than this are dropped before parsing (their text stays): real pages nest a few
    /// dozen deep, and the parser's cost grows with depth times tags.</summary>
    public const int MaxNesting = 1000;

    /// <summary>Pages longer than this (UTF-16 units) are refused: no news page is near it, and parsing stays bounded.</summary>
    public const int MaxPageLength = 32 * 1024 * 1024;

    /// <summary>Elements whose whole subtree is never text: code, styling, media, form controls, document head.</summary>
    public static readonly HashSet<string> SkippedTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video",
        "audio", "select", "option", "textarea", "input", "button", "head", "title", "link", "meta", "picture", "source",
    };

    /// <summary>Page furniture by its element: navigation, side boxes, footers, dialogs, picture captions (not article
    /// text in the benchmark's references).</summary>
    public static readonly HashSet<string> FurnitureTags = new(StringComparer.Ordinal)
    {
        "nav", "aside", "footer", "dialog", "menu", "figcaption",
    };

    /// <summary>Elements that continue the paragraph they are in; every other element starts a new block.</summary>
    public static readonly HashSet<string> InlineTags = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "img", "kbd", "label",
        "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
        "del", "ins",
    };

    /// <summary>Blocks that are a paragraph themselves, not a container of paragraphs.</summary>
    public static readonly HashSet<string> ParagraphTags = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "td", "th", "pre", "blockquote", "figcaption",
        "caption", "address",
    };

    /// <summary>Parts of a class or id that name page furniture (matched inside the lower-cased class and id).</summary>
    public static readonly string[] FurnitureHints =
    [
        "share", "social", "related", "newsletter", "comment", "sidebar", "advert", "promo", "subscribe",
        "breadcrumb", "cookie", "popup", "modal", "footer", "navbar", "navigation", "menu", "outbrain", "taboola",
        "recommend", "popular", "trending", "sponsor", "signup", "sign-up", "banner", "masthead", "widget", "toolbar",
        "skip-link", "byline-share", "more-stories", "read-more", "readmore", "paywall", "disqus", "gdpr", "consent",
        "pagination", "pager", "tags", "author-bio", "topics-list", "ad-slot", "adslot", "ad-container", "dfp",
    ];

    /// <summary>Furniture that goes however much text it holds (a 50-picture gallery's captions outweigh the story).</summary>
    public static readonly string[] StrongFurnitureHints = ["gallery", "carousel", "slideshow"];

    /// <summary>Parts of a class or id that name the article body.</summary>
    public static readonly string[] ContentHints =
    [
        "article", "content", "story", "entry", "post", "body", "main", "text", "blog",
    ];

    /// <summary>JSON-LD types that describe an article.</summary>
    public static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "TechArticle", "Report",
        "ScholarlyArticle", "SocialMediaPosting", "WebPage", "Review", "Recipe",
    };
}
