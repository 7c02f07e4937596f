namespace NewsNlp.Tests.Support;

/// <summary>Output invariants of a <see cref="NewsAnalysis"/>: every span in range and every text slice matching its span.</summary>
internal static class AnalysisAssert
{
    public static void SpansInRange(NewsAnalysis a)
    {
        string text = a.Text;
        void Check(TextSpan s, string? sliced, string what)
        {
            if (s.Start < 0 || s.Length < 0 || s.End > text.Length)
            {
                throw new Xunit.Sdk.XunitException($"{what} span {s} is outside the text (length {text.Length})");
            }

            if (sliced is not null && !text.AsSpan(s.Start, s.Length).SequenceEqual(sliced))
            {
                throw new Xunit.Sdk.XunitException($"{what} text «{sliced}» does not match its span {s}");
            }
        }

        int end = 0;
        foreach (TextSpan s in a.Sentences)
        {
            Check(s, null, "sentence");
            if (s.Start < end)
            {
                throw new Xunit.Sdk.XunitException($"sentence {s} overlaps the previous one");
            }

            end = s.End;
        }

        foreach (TextSpan p in a.Paragraphs)
        {
            Check(p, null, "paragraph");
        }

        if (a.Headline is { } h)
        {
            Check(h.Span, h.Text, "headline");
        }

        if (a.Dateline is { } d)
        {
            Check(d.Span, d.Text, "dateline");
        }

        if (a.Byline is { } b)
        {
            Check(b.Span, b.Text, "byline");
        }

        foreach (TextSegment s in a.Boilerplate)
        {
            Check(s.Span, s.Text, "boilerplate");
        }

        foreach (Entity e in a.Entities)
        {
            foreach (Mention m in e.Mentions)
            {
                Check(m.Span, m.Text, "mention of " + e.Name);
            }

            if (e.Salience is < 0 or > 1)
            {
                throw new Xunit.Sdk.XunitException($"salience {e.Salience} of {e.Name} is outside [0, 1]");
            }
        }

        foreach (Quote q in a.Quotes)
        {
            Check(q.Span, q.Text, "quote");
            if (q.SpeakerMention is { } sm)
            {
                Check(sm.Span, sm.Text, "speaker mention");
            }
        }

        foreach (TopicScore t in a.Topics)
        {
            if (t.Score is < 0 or > 1)
            {
                throw new Xunit.Sdk.XunitException($"topic score {t.Score} is outside [0, 1]");
            }
        }
    }
}
