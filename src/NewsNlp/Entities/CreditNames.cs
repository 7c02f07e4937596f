namespace NewsNlp;

/// <summary>Byline names as people. Each author the structure stage read from the credit line is a PERSON mention of
/// its words there, whatever the tagger made of them (an organization "Ledyard", a place "NELSON", a name cut in two
/// at the month "June"); a person named only inside the credit line is a credit (<see cref="Entity.IsCredit"/>), which
/// salience and keywords leave out.</summary>
internal static class CreditNames
{
    /// <summary>Puts a PERSON mention on each byline author's words, in place of the tagger's mentions there.</summary>
    /// <param name="text">The article.</param>
    /// <param name="byline">The byline, or <see langword="null"/>.</param>
    /// <param name="words">The tagger's words (spans in text order).</param>
    /// <param name="mentions">The mentions in text order; changed in place.</param>
    public static void AddAuthors(string text, Byline? byline, TextSpan[] words, List<EntityMention> mentions)
    {
        if (byline is null || byline.Authors.Count == 0)
        {
            return;
        }

        ReadOnlySpan<char> credit = byline.Span.Slice(text);
        int from = 0;
        foreach (string author in byline.Authors)
        {
            // Authors are written as in the credit, but for case ("JANE ROE" → "Jane Roe") and a dropped honorific.
            int at = credit[from..].IndexOf(author, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            int start = byline.Span.Start + from + at;
            int end = start + author.Length;
            from += at + author.Length;
            int first = WordStartingAt(words, start);
            int last = first < 0 ? -1 : WordEndingAt(words, first, end);
            if (last < 0)
            {
                continue; // the name's edges are inside words: leave the tagger's reading
            }

            var span = TextSpan.FromBounds(start, end);
            int insert = 0;
            for (int k = mentions.Count - 1; k >= 0; k--)
            {
                if (mentions[k].Span.Overlaps(span))
                {
                    mentions.RemoveAt(k);
                }
                else if (mentions[k].Span.End <= start)
                {
                    insert = k + 1;
                    break;
                }
            }

            // Named as the byline writes it ("JANE BIN ROE" → "Jane bin Roe"); the mention keeps the words as written.
            mentions.Insert(insert, new EntityMention(span, first, last + 1, EntityType.Person, text[start..end]) { Text = author });
        }
    }

    /// <summary>Marks the people named only inside the byline's credit line as credits.</summary>
    public static void MarkCredits(List<EntityCluster> clusters, Byline? byline)
    {
        if (byline is null)
        {
            return;
        }

        foreach (EntityCluster c in clusters)
        {
            if (c.Type != EntityType.Person)
            {
                continue;
            }

            bool inside = c.Mentions.Count > 0;
            foreach (EntityMention m in c.Mentions)
            {
                inside &= byline.Span.Contains(m.Span);
            }

            c.Credit = inside;
        }
    }

    private static int WordStartingAt(TextSpan[] words, int start)
    {
        int lo = StartOrder.FirstAtOrAfter<TextSpan>(words, start, static w => w.Start);
        return lo < words.Length && words[lo].Start == start ? lo : -1;
    }

    private static int WordEndingAt(TextSpan[] words, int first, int end)
    {
        for (int i = first; i < words.Length && words[i].Start < end; i++)
        {
            if (words[i].End == end)
            {
                return i;
            }
        }

        return -1;
    }
}
