using System.Globalization;

namespace NewsNlp.Cli;

/// <summary>The human-readable report of <c>newsnlp analyze FILE</c>.</summary>
internal static class Report
{
    public static void Write(NewsAnalysis a, TextWriter o)
    {
        CultureInfo inv = CultureInfo.InvariantCulture;
        if (a.Categories.Count > 0)
        {
            o.WriteLine("Categories: " + string.Join(" | ", a.Categories));
        }

        o.WriteLine("Headline:   " + (a.Headline?.Text ?? "(none)"));
        if (a.Dateline is { } d)
        {
            o.WriteLine(string.Format(inv, "Dateline:   {0}  (city {1}, region {2}, country {3}, agency {4}{5})", d.Text, d.City, d.Region ?? "-", d.Country ?? "-", d.Agency ?? "-", d.Date is null ? "" : ", date " + d.Date));
        }
        else
        {
            o.WriteLine("Dateline:   (none)");
        }

        if (a.Byline is { } b)
        {
            o.WriteLine(string.Format(inv, "Byline:     {0}  (authors: {1}; agency {2})", b.Text, b.Authors.Count == 0 ? "-" : string.Join(", ", b.Authors), b.Agency ?? "-"));
        }

        o.WriteLine(string.Format(inv, "Sentences:  {0}, paragraphs: {1}", a.Sentences.Count, a.Paragraphs.Count));
        if (a.Topics.Count > 0)
        {
            o.WriteLine("Topics:     " + string.Join(", ", a.Topics.Select(t => string.Format(inv, "{0} ({1:0.00})", t.Label, t.Score))));
        }

        if (a.Regions.Count > 0)
        {
            o.WriteLine("Regions:    " + string.Join(", ", a.Regions.Select(r => string.Format(inv, "{0} ({1:0.00})", r.Name, r.Score))));
        }

        if (a.Keywords.Count > 0)
        {
            o.WriteLine("Keywords:   " + string.Join(", ", a.Keywords.Select(k => k.Text)));
        }

        o.WriteLine();
        o.WriteLine(string.Format(inv, "Entities ({0}):", a.Entities.Count));
        foreach (Entity e in a.Entities)
        {
            o.WriteLine(string.Format(inv, "  {0,-28} {1,-12} {2,2}x  salience {3:0.00}{4}{5}", e.Name, NewsAnalysis.TypeName(e.Type), e.Mentions.Count, e.Salience, e.Title is null ? "" : "  title: " + e.Title, e.CountryCode is null ? "" : "  [" + e.CountryCode + "]"));
        }

        o.WriteLine();
        o.WriteLine(string.Format(inv, "Quotes ({0}):", a.Quotes.Count));
        foreach (Quote q in a.Quotes)
        {
            o.WriteLine(string.Format(inv, "  [{0}] {1} {2}: {3}", q.Kind.ToString().ToLowerInvariant(), q.Speaker ?? "(unknown)", q.Cue ?? "-", q.Text));
        }
    }
}
