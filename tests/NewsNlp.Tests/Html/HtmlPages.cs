namespace NewsNlp.Tests.Html;

/// <summary>Made-up news pages in the shapes real sites use (JSON-LD, Open Graph, navigation, share bars, related
/// links, comments, footers). No text of a real page.</summary>
internal static class HtmlPages
{
    public const string Headline = "Harbor council approves new ferry terminal after long debate";

    public const string FirstParagraph = "PORT ELLIS, Maine — The harbor council voted 5-2 on Tuesday to approve a new ferry terminal on the north pier, ending two years of argument over cost, traffic and the view from Water Street.";

    public const string SecondParagraph = "\"This is the biggest change to the waterfront in a generation,\" council chair Dana Whitcombe said after the vote, adding that construction could begin in the spring if the state grant arrives on time.";

    public const string ThirdParagraph = "Opponents, who packed the meeting room for more than three hours, said the $48 million plan would bring heavy trucks through the old town and block the harbor light, a landmark since 1871.";

    public const string FourthParagraph = "The terminal will replace a wooden shed built in the 1950s. Ferries to the outer islands carried 410,000 passengers last year, up from 300,000 a decade ago, according to the port authority.";

    public static string NewsPage(bool jsonLd = true, bool h1 = true, bool bylineInBody = false) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>{{Headline}} | Coast Gazette</title>
          <meta property="og:title" content="{{Headline}}">
          <meta property="og:site_name" content="Coast Gazette">
          <meta property="og:url" content="https://gazette.example/news/ferry-terminal">
          <meta property="article:published_time" content="2026-03-10T18:04:00Z">
          <meta property="article:section" content="Local">
          <meta name="author" content="Meta Only Author">
          <link rel="canonical" href="https://gazette.example/news/ferry-terminal-approved">
          {{(jsonLd ? """
          <script type="application/ld+json">
          {"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "name": "Coast Gazette"},
            {"@type": "NewsArticle", "headline": "Harbor council approves new ferry terminal after long debate",
             "author": [{"@type": "Person", "name": "Maria Fenwick"}, {"@type": "Person", "name": "Tom Okafor"}],
             "datePublished": "2026-03-10T14:04:00-04:00", "publisher": {"@type": "Organization", "name": "Coast Gazette Media"},
             "articleSection": ["News", "Local"], "url": "https://gazette.example/news/ferry-terminal-approved"}
          ]}
          </script>
          """ : "")}}
          <script>window.dataLayer = window.dataLayer || []; dataLayer.push({"page": "article"});</script>
          <style>.share { color: red }</style>
        </head>
        <body>
          <header class="site-header"><a href="/">Coast Gazette</a>
            <nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
          </header>
          <div class="cookie-banner">We use cookies to improve your experience. <a href="/privacy">Learn more</a></div>
          <main>
            <article class="story">
              {{(h1 ? "<h1 class=\"story-headline\">" + Headline + "</h1>" : "")}}
              <div class="social-share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email this story</a></div>
              <div class="story-body">
                {{(bylineInBody ? "<p class=\"byline\">By Maria Fenwick and Tom Okafor</p>" : "")}}
                <p>{{FirstParagraph}}</p>
                <p>{{SecondParagraph}}</p>
                <div class="ad-slot">Advertisement</div>
                <p>{{ThirdParagraph}}</p>
                <aside class="related-stories"><h3>Related</h3><ul>
                  <li><a href="/a">Island ferry fares rise for summer season</a></li>
                  <li><a href="/b">Water Street parking plan goes to vote</a></li>
                  <li><a href="/c">Harbor light restoration finished after two years of work</a></li>
                </ul></aside>
                <p>{{FourthParagraph}}</p>
              </div>
            </article>
            <section id="comments" class="comments"><h2>Comments</h2>
              <div class="comment"><p>Finally! The old shed was an embarrassment to the whole town, and everyone knows it.</p></div>
              <div class="comment"><p>Nobody asked the people on Water Street what they think about the trucks, as usual.</p></div>
            </section>
          </main>
          <footer class="site-footer"><p>© 2026 Coast Gazette Media. All rights reserved. <a href="/terms">Terms</a> <a href="/privacy">Privacy</a></p></footer>
        </body>
        </html>
        """;
}
