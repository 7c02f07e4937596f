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
            Byline? by = CreditLine.TryBy(text, line);
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

        return staff ?? ReutersTrailer.Find(text, lines) ?? EndCredit.Find(text, lines, taken) ?? agencyOnly;
    }
}
