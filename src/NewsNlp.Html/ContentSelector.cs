namespace NewsNlp;

/// <summary>Picks the article's paragraphs from a flattened page: furniture removed (unless it holds most of the
/// prose), paragraphs scored by length and commas into their containers (evidence from the JSON-LD
/// <c>articleBody</c> weighing more), the best container by score and link density, its siblings that read like the
/// article, and in it the paragraphs that are not lists of links. Each step is one pass over the boxes or paragraphs.</summary>
internal static class ContentSelector
{
    public static List<PageBlocks.Paragraph> Select(PageBlocks page, ArticleEvidence? evidence)
    {
        List<PageBlocks.Box> boxes = page.Boxes;
        int totalProse = boxes[0].Prose;

        // Furniture goes unless it holds most of the page's prose; removal passes to the subtree (parents come first).
        for (int i = 1; i < boxes.Count; i++)
        {
            PageBlocks.Box b = boxes[i];
            b.Removed = boxes[b.Parent].Removed || b.StrongFurniture || (b.Furniture && b.Prose < ExtractionRules.MaxPrunedProseShare * totalProse);
        }

        foreach (PageBlocks.Paragraph p in page.Paragraphs)
        {
            PageBlocks.Box owner = boxes[p.Box];
            if (owner.Removed || p.Text.Length < ExtractionRules.MinScoredParagraphChars)
            {
                continue;
            }

            double score = 1 + Commas(p.Text) + Math.Min(p.Text.Length / ExtractionRules.CharsPerPoint, ExtractionRules.MaxLengthPoints);
            if (evidence is not null && evidence.Confirms(p.Text))
            {
                score *= ExtractionRules.EvidenceBoost;
            }

            // A block that holds text itself (a div of text and line breaks) is a candidate; a paragraph element is not.
            int level = ExtractionRules.ParagraphTags.Contains(owner.Tag) ? 1 : 0;
            int at = level == 1 ? owner.Parent : p.Box;
            for (; at >= 0 && level <= ExtractionRules.ScoreLevels; level++, at = boxes[at].Parent)
            {
                boxes[at].Score += score / (level <= 1 ? 1 : level == 2 ? 2 : level * 3);
            }
        }

        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < boxes.Count; i++)
        {
            PageBlocks.Box b = boxes[i];
            if (b.Removed || b.Score <= 0)
            {
                continue;
            }

            double final = Final(b);
            b.Score = final;
            if (final > bestScore)
            {
                best = i;
                bestScore = final;
            }
        }

        var kept = new List<PageBlocks.Paragraph>();
        if (best < 0)
        {
            return kept;
        }

        best = Promote(boxes, best, bestScore);
        MarkSelection(boxes, best, boxes[best].Score);
        foreach (PageBlocks.Paragraph p in page.Paragraphs)
        {
            PageBlocks.Box owner = boxes[p.Box];
            if (owner.Selected && !owner.Removed && (double)p.LinkChars / p.Text.Length <= ExtractionRules.MaxParagraphLinkDensity)
            {
                kept.Add(p);
            }
        }

        return kept;
    }

    /// <summary>When other strong candidates sit in an ancestor of the best one (an article split into sections),
    /// that ancestor is the article. Walks only the ancestor chains of a few candidates.</summary>
    private static int Promote(List<PageBlocks.Box> boxes, int best, double bestScore)
    {
        var top = new List<int>(ExtractionRules.AlternativeCandidates);
        for (int i = 0; i < boxes.Count; i++)
        {
            if (i == best || boxes[i].Removed || boxes[i].Score < ExtractionRules.AlternativeScoreShare * bestScore)
            {
                continue;
            }

            top.Add(i);
            if (top.Count == ExtractionRules.AlternativeCandidates)
            {
                break;
            }
        }

        var contains = new Dictionary<int, int>();
        foreach (int alt in top)
        {
            for (int at = boxes[alt].Parent; at >= 0; at = boxes[at].Parent)
            {
                contains[at] = contains.GetValueOrDefault(at) + 1;
            }
        }

        for (int at = boxes[best].Parent; at > 0; at = boxes[at].Parent)
        {
            if (contains.GetValueOrDefault(at) >= ExtractionRules.MinAlternativesInAncestor)
            {
                boxes[at].Score = Math.Max(boxes[at].Score, bestScore);
                return at;
            }
        }

        return best;
    }

    private static double Final(PageBlocks.Box b)
    {
        double density = b.Chars == 0 ? 0 : (double)b.LinkChars / b.Chars;
        double tagBonus = b.Tag switch
        {
            "div" or "article" or "section" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return (b.Score + tagBonus + (b.Hint * ExtractionRules.HintWeight)) * (1 - density);
    }

    /// <summary>The best box and those of its siblings that score near it or read as prose; then every box below a
    /// selected one is selected (parents come before children).</summary>
    private static void MarkSelection(List<PageBlocks.Box> boxes, int best, double bestScore)
    {
        int parent = boxes[best].Parent;
        double threshold = Math.Max(ExtractionRules.MinSiblingScore, bestScore * ExtractionRules.SiblingScoreShare);
        boxes[best].Selected = true;
        if (parent >= 0)
        {
            for (int i = parent + 1; i < boxes.Count; i++)
            {
                PageBlocks.Box b = boxes[i];
                if (b.Parent != parent || b.Removed || i == best)
                {
                    continue;
                }

                double density = b.Chars == 0 ? 0 : (double)b.LinkChars / b.Chars;
                bool prose = ExtractionRules.ParagraphTags.Contains(b.Tag) && b.Tag[0] == 'p'
                    && ((b.Chars > ExtractionRules.SiblingParagraphChars && density < ExtractionRules.SiblingMaxLinkDensity)
                        || (b.Chars > 0 && density == 0 && b.Element.TextContent.TrimEnd().EndsWith('.')));
                // A sibling of the same class as the best box is another part of the same body (readability's bonus).
                string? bestClass = boxes[best].Element.GetAttribute("class");
                double bonus = !string.IsNullOrEmpty(bestClass) && b.Element.GetAttribute("class") == bestClass
                    ? bestScore * ExtractionRules.SameClassSiblingBonus : 0;
                if (b.Score + bonus >= threshold || prose)
                {
                    b.Selected = true;
                }
            }
        }

        for (int i = 1; i < boxes.Count; i++)
        {
            if (boxes[boxes[i].Parent].Selected)
            {
                boxes[i].Selected = true;
            }
        }
    }

    private static int Commas(string text)
    {
        int n = 0;
        foreach (char c in text)
        {
            n += c is ',' or '，' or '、' ? 1 : 0;
        }

        return n;
    }
}
