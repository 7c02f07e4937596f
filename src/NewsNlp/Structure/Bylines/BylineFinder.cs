namespace NewsNlp;

/// <summary>Finds the credit line: <c>By Associated Press</c>, <c>By JANE DOE and JOHN ROE, Associated Press</c>,
/// <c>Jane Doe, Reuters</c>, <c>Staff Reports</c>, Reuters' trailer <c>(Reporting by X; Editing by Y)</c>, another
/// closing credit (<c>Contributing: Jane Doe</c>, <see cref="EndCredit"/>), or an agency alone (<c>Reuter</c>,
/// <c>The Associated Press</c>) on its own line.</summary>
/// <remarks>Preference: the first "By" line; else the first "Name, Agency" line; else the first staff line; else the
/// trailer; else the last closing credit; else the first line that is only an agency.</remarks>
internal static class BylineFinder
{
    /// <summary>Finds the byline among the lines of <paramref name="article"/>.</summary>
    /// <param name="article">The text layer.</param>
    /// <param name="taken">For each line, whether an earlier rule took it (category header, boilerplate, the
    /// dateline's line); the trailer is looked for in every line.</param>
    /// <returns>The byline, or <see langword="null"/>.</returns>
    public static Byline? Find(ArticleText article, ReadOnlySpan<bool> taken)
    {
        string text = article.Text;
        TextLine[] lines = article.Lines;
        Byline? nameAgency = null;
        Byline? agencyOnly = null;
        Byline? staff = null;
        for (int i = 0; i < lines.Length; i++)
        {
            TextLine line = lines[i];
            if (line.Length > BylineRules.MaxBylineLength || taken[i])
            {
                continue;
            }

            ReadOnlySpan<char> s = text.AsSpan(line.Start, line.Length);
            Byline? by = s.StartsWith("by ", StringComparison.Ordinal) && i > 0 && article.SentenceRunsOn(i - 1) ? null : CreditLine.TryBy(text, line);
            if (by is not null)
            {
                return by;
            }

            nameAgency ??= CreditLine.TryNameAgency(line, s);
            staff ??= CreditLine.TryStaffReport(line, s);
            if (agencyOnly is null && s.Length <= BylineRules.MaxAgencyOnlyLength && Agencies.Normalize(s) is { } agency)
            {
                agencyOnly = new Byline(s.ToString(), line.Span, [], agency);
            }
        }

        if (nameAgency is not null)
        {
            return nameAgency;
        }

        return staff ?? NameLine(article, taken) ?? ReutersTrailer.Find(text, lines) ?? EndCredit.Find(text, lines, taken) ?? agencyOnly;
    }

    /// <summary>A bare name line under the headline ("Jane Roe", "JANE ROE and John Doe", "Jane Roe, John Doe"): the
    /// second line no earlier rule took, before more text, each name opening with a known given name.</summary>
    private static Byline? NameLine(ArticleText article, ReadOnlySpan<bool> taken)
    {
        TextLine[] lines = article.Lines;
        int seen = 0;
        for (int i = 0; i < lines.Length - 1 && seen < 2; i++)
        {
            if (taken[i])
            {
                continue;
            }

            if (++seen < 2 || lines[i].Length > BylineRules.MaxNameLineLength)
            {
                continue;
            }

            ReadOnlySpan<char> s = article.Text.AsSpan(lines[i].Start, lines[i].Length);
            var authors = new List<string>();
            foreach (Range r in s.Split(','))
            {
                if (!BylineNames.AddNames(s[r].Trim(), authors))
                {
                    return null;
                }
            }

            foreach (string author in authors)
            {
                int space = author.IndexOf(' ');
                if (space < 0 || !IsFirstName(author.AsSpan(0, space)))
                {
                    return null;
                }
            }

            return authors.Count > 0 ? new Byline(s.ToString(), lines[i].Span, authors, null) : null;
        }

        return null;
    }

    /// <summary>A given name of the hand list (<see cref="FirstNames"/>) or of the NER's first-name list.</summary>
    private static bool IsFirstName(ReadOnlySpan<char> word)
    {
        if (FirstNames.Contains(word))
        {
            return true;
        }

        _ = Gazetteer.Default.TryPhrase(FeatureHash.Lower(word), out ushort types);
        return (types & Gazetteer.FirstName) != 0;
    }
}
