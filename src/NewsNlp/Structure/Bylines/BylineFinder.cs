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
                return by.Agency is null && AgencyLine(article, taken, i + 1) is { } next ? by with { Agency = next } : by;
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

    /// <summary>The agency when line <paramref name="i"/> is only an agency ("By Jane Roe" / "Associated Press": the
    /// credit's agency on the line under it), else null.</summary>
    private static string? AgencyLine(ArticleText article, ReadOnlySpan<bool> taken, int i)
    {
        if (i >= article.Lines.Length || taken[i] || article.Lines[i].Length > BylineRules.MaxAgencyOnlyLength)
        {
            return null;
        }

        return Agencies.Normalize(article.Text.AsSpan(article.Lines[i].Start, article.Lines[i].Length));
    }

    /// <summary>A bare name line under the headline ("Jane Roe", "JANE ROE and John Doe", "Jane Roe, John Doe", "Jane
    /// Roe, Staff Writer", "Jane Roe | The Acme Herald"): the second line no earlier rule took, before more text, read
    /// as a credit after "By" is (<see cref="CreditLine.ReadCredit"/>) but with no digit (a date or a dateline: "FARMINGTON
    /// Conn., March 9 - …"), each name a person's (<see cref="IsPersonName"/>).</summary>
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
            string? agency = null;
            if (CharScan.ContainsDigit(s) || !CreditLine.ReadCredit(s, authors, ref agency))
            {
                return null;
            }

            foreach (string author in authors)
            {
                if (!IsPersonName(author))
                {
                    return null;
                }
            }

            return authors.Count > 0 ? new Byline(s.ToString(), lines[i].Span, authors, agency) : null;
        }

        return null;
    }

    /// <summary>Whether a name of a bare name line is a person's: two words or more, opening with a known given name
    /// ("Jane Roe"), or else with every word after the first a proper name only (<see cref="IsProperOnly"/>: "Hazel
    /// Quorn", "Devi Marwah"), the first no title or function word ("Your Money."), and the whole no place ("New York", "Hong Kong"). Page labels
    /// ("Breaking News", "Market Wrap", "Getty Images", a column's "Economic Scene.") end in a common word.</summary>
    private static bool IsPersonName(string name)
    {
        int space = name.IndexOf(' ');
        if (space < 0)
        {
            return false;
        }

        ReadOnlySpan<char> first = name.AsSpan(0, space);
        if (IsFirstName(first))
        {
            return true;
        }

        if (Titles.Of(first) != TitleFacets.None || FunctionWords.Of(first) != FunctionWordKinds.None || Gazetteer.Default.IsPlaceName(name))
        {
            return false;
        }

        ReadOnlySpan<char> rest = name.AsSpan(space + 1);
        foreach (Range r in rest.Split(' '))
        {
            ReadOnlySpan<char> w = rest[r].TrimEnd('.');
            if (!w.IsEmpty && char.IsUpper(w[0]) && (!IsProperOnly(w) || (w.Length > 1 && w.Length < rest[r].Length)))
            {
                return false; // a common word, or an abbreviation ("Conn.", "Inc."); an initial ("M.") may stand
            }
        }

        return true;
    }

    /// <summary>Whether a word is no common word: the word clusters' vocabulary never has it in lower case (a surname,
    /// a rare given name), or does not know it at all.</summary>
    private static bool IsProperOnly(ReadOnlySpan<char> word) => (uint)WordClusters.Default.Entry(FeatureHash.Lower(word)) == WordClusters.None;

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
