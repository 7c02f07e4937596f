namespace NewsNlp;

/// <summary>Pipeline stage for the article's structure: category header, headline, dateline, byline,
/// boilerplate and paragraphs, and the spans later stages must not read entities, quotes or topics from.</summary>
/// <remarks>Reads the text layer's lines, in time linear in the text. Stateless, so one instance serves any number
/// of threads.</remarks>
internal sealed class StructureStage : AnalysisStage
{
    /// <summary>Whether the byline line is excluded from content analysis. Off: the worked example's gold
    /// counts "Associated Press" in "By Associated Press" as a mention of the agency, and a byline holds no quote
    /// or topic words.</summary>
    internal const bool ExcludeByline = false;

    /// <summary>Up to this many lines, the per-line flags for the byline search live on the stack.</summary>
    private const int MaxStackLines = 512;

    public override void LoadModels()
    {
        // The word lists datelines and bylines read (their own and the Lexicons' calendar, function, title and
        // organization words and agencies), built and compiled here rather than in the first article.
        _ = DatelineWords.IsNotCity("update") | DatelineWords.IsConnector("de") | DatelineWords.IsMonth("jan") |
            BylineNames.IsName("Jane Roe") | BylineNames.IsRole("Staff Writer") | BylineNames.IsOrganization("Post") |
            Agencies.Normalize("AP") is null;
        _ = PlaceIndex.Default;
    }

    /// <summary>Reads the page structure of <paramref name="article"/>.</summary>
    public PageStructure Read(ArticleText article)
    {
        string text = article.Text;
        TextLine[] lines = article.Lines;
        var categories = new List<string>();
        var excluded = new List<TextSpan>();

        // Category header: a run-together or breadcrumb line at the very top, followed by more text.
        int categoryLine = -1;
        for (int i = 0; i < Math.Min(StructureRules.CategoryHeaderLines, lines.Length - 1); i++)
        {
            if (CategoryHeader.TrySplit(text.AsSpan(lines[i].Start, lines[i].Length), categories))
            {
                categoryLine = i;
                excluded.Add(lines[i].Span);
                break;
            }
        }

        // Boilerplate, line by line.
        var boilerplate = new List<TextSpan>();
        var wholeLine = new bool[lines.Length];
        for (int i = 0; i < lines.Length; i++)
        {
            if (i != categoryLine)
            {
                wholeLine[i] = BoilerplateDetector.Match(article, lines[i], boilerplate);
            }
        }

        // Dateline, and any site noise before it on its line.
        Dateline? dateline = DatelineLocator.Find(article);
        int datelineLine = -1;
        if (dateline is not null)
        {
            datelineLine = article.LineAt(dateline.Span.Start);
            if (datelineLine >= 0 && lines[datelineLine].Start < dateline.Span.Start)
            {
                AddNoisePrefix(text, lines[datelineLine].Start, dateline.Span.Start, boilerplate);
            }
        }

        boilerplate.Sort((a, b) => a.Start.CompareTo(b.Start));
        var segments = new TextSegment[boilerplate.Count];
        for (int i = 0; i < segments.Length; i++)
        {
            segments[i] = new TextSegment(boilerplate[i].GetText(text), boilerplate[i]);
            excluded.Add(boilerplate[i]);
        }

        // Byline, on a line no rule above took.
        Span<bool> taken = lines.Length <= MaxStackLines ? stackalloc bool[lines.Length] : new bool[lines.Length];
        for (int i = 0; i < lines.Length; i++)
        {
            taken[i] = i == categoryLine || wholeLine[i] || (dateline is not null && lines[i].Span.Contains(dateline.Span));
        }

        Byline? byline = BylineFinder.Find(article, taken);
        if (byline is not null && ExcludeByline)
        {
            excluded.Add(byline.Span);
        }

        TextSegment? headline = FindHeadline(article, categoryLine, wholeLine, datelineLine, byline);
        return new PageStructure(headline, byline, dateline, [.. categories], segments, [.. excluded]);
    }

    /// <summary>The headline: the first content line, when it is a short title line before the body.</summary>
    private static TextSegment? FindHeadline(ArticleText article, int categoryLine, bool[] wholeLine, int datelineLine, Byline? byline)
    {
        string text = article.Text;
        TextLine[] lines = article.Lines;
        for (int i = 0; i < lines.Length; i++)
        {
            TextLine line = lines[i];
            if (i == categoryLine || wholeLine[i] || (byline is not null && byline.Span.Overlaps(line.Span)))
            {
                continue;
            }

            ReadOnlySpan<char> s = text.AsSpan(line.Start, line.Length);
            bool last = i == lines.Length - 1;
            if (last && i == 0 && IsLoneHeadline(article, s))
            {
                return new TextSegment(s.ToString(), line.Span); // headline-only input: a title alone, no body
            }

            if (i == datelineLine || last || line.Length > StructureRules.MaxHeadlineLength
                || DatelineLocator.LooksLikeBody(article, line, article.TokenAt(line.Start)))
            {
                return null;
            }

            if (s.Length <= StructureRules.MaxSectionLabelLength && s.IndexOf(' ') < 0 && i < lines.Length - 2)
            {
                continue; // a one-word section label ("World", "Politics") above the headline
            }

            if (s[^1] is ':' or ',' || s.IndexOf(' ') < 0 || !(char.IsLetterOrDigit(s[0]) || s[0] is '"' or '\u201C' or '\'' or '\u2018' or '(' or '<' or '[')
                || WrapsIntoNextLine(article, i, datelineLine, byline))
            {
                return null;
            }

            return new TextSegment(s.ToString(), line.Span);
        }

        return null;
    }

    /// <summary>Whether line <paramref name="i"/> is the first line of a hard-wrapped paragraph rather than a title: no
    /// blank line, byline or dateline follows it and its sentence runs on into the next line (<c>BRT Realty Trust said it raised</c> /
    /// <c>its quarterly dividend to 50 cts …</c>; <c>Export Import Bank president John</c> / <c>Bohn said …</c>).</summary>
    private static bool WrapsIntoNextLine(ArticleText article, int i, int datelineLine, Byline? byline)
    {
        TextLine[] lines = article.Lines;
        if (i + 1 >= lines.Length || lines[i + 1].BlankBefore || i + 1 == datelineLine || (byline is not null && byline.Span.Overlaps(lines[i + 1].Span)))
        {
            return false; // a title directly above its byline or dateline
        }

        if (article.Text.AsSpan(lines[i].Start, lines[i].Length).TrimEnd() is [.., ';'])
        {
            return false; // "Clinton tries to avoid setback in Nevada;" / "Dems in a dead heat …": a headline's two parts
        }

        // The sentence runs on, or the next line goes on in lower case ("… entered the U.S." / "government securities
        // market …": the splitter ends a sentence at an abbreviation that ends a line).
        int next = article.TokenAt(lines[i + 1].Start);
        if (next >= article.Tokens.Length)
        {
            return false;
        }

        if (OpensSentence(article, next) && !EndsInFunctionWord(article, lines[i]))
        {
            return false; // "Council approves harbour plan" / "The decision ends …": a dek under its title, not a wrap
        }

        return article.SentenceRunsOn(i) || char.IsLower(article.Text[article.Tokens[next].Start]);
    }

    /// <summary>Whether token <paramref name="t"/> is a capitalized article, demonstrative or subject pronoun ("The",
    /// "This", "It"): a sentence's first word, seldom the middle of one.</summary>
    private static bool OpensSentence(ArticleText article, int t)
    {
        ReadOnlySpan<char> w = article.TokenText(t);
        return char.IsUpper(w[0]) && (w.Length == 1 || !CharScan.IsAllCaps(w))
            && FunctionWords.Is(w, FunctionWordKinds.Article | FunctionWordKinds.Demonstrative | FunctionWordKinds.SubjectPronoun);
    }

    /// <summary>Whether a line ends in a function word ("… was reported by" / "The Acme Times …"): its sentence goes on.</summary>
    private static bool EndsInFunctionWord(ArticleText article, TextLine line)
    {
        int end = line.Start + article.Text.AsSpan(line.Start, line.Length).TrimEnd().Length;
        if (end <= line.Start)
        {
            return false;
        }

        int t = article.TokenAt(end - 1);
        return t < article.Tokens.Length && FunctionWords.Of(article.TokenText(t)) != FunctionWordKinds.None;
    }

    /// <summary>Whether the input's one line is a headline given alone: a few words, one sentence, no end mark of a
    /// sentence (<c>Fed raises rates as inflation cools</c>; not <c>Just landed in Paris!</c> nor a one-line story).</summary>
    private static bool IsLoneHeadline(ArticleText article, ReadOnlySpan<char> line)
    {
        int words = 0;
        for (int t = 0; t < article.Tokens.Length; t++)
        {
            words += article.Has(t, TokenFlags.Word) ? 1 : 0;
        }

        return article.Sentences.Length == 1 && words >= StructureRules.MinLoneHeadlineWords && words <= StructureRules.MaxLoneHeadlineWords
            && line[^1] is not ('.' or '!' or '?' or ':' or ',' or ';')
            && (char.IsLetterOrDigit(line[0]) || line[0] is '"' or '\u201C' or '\'' or '\u2018');
    }

    /// <summary>Marks the text before a mid-line dateline as boilerplate when it reads as site noise
    /// (short, no sentence), unless a desk label there was already marked.</summary>
    private static void AddNoisePrefix(string text, int lineStart, int datelineStart, List<TextSpan> boilerplate)
    {
        int end = datelineStart;
        while (end > lineStart && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end <= lineStart || end - lineStart > StructureRules.MaxNoisePrefixLength)
        {
            return;
        }

        var noise = TextSpan.FromBounds(lineStart, end);
        foreach (TextSpan b in boilerplate)
        {
            if (b.Overlaps(noise))
            {
                return;
            }
        }

        // Site noise is short or ends in a label mark ("Desk:", "Home | World |"); a run-in headline is left alone.
        ReadOnlySpan<char> s = noise.Slice(text);
        bool labelEnd = s[^1] is ':' or '|' or '>' or '\u00BB' or '\u203A' or ']' or '\u2022';
        if ((!labelEnd && s.Length > StructureRules.MaxUnmarkedNoiseLength) || s.Contains(". ", StringComparison.Ordinal) || s.Contains('"') || s.Contains('\u201C'))
        {
            return;
        }

        boilerplate.Add(noise);
    }
}
