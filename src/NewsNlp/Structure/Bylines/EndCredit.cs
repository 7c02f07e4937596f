namespace NewsNlp;

/// <summary>Reads the credit lines that close a story, other than Reuters' trailer (<see cref="ReutersTrailer"/>):
/// <c>Contributing: Jane Roe, John Doe</c>, <c>Compiled by Jane Roe for Reuters</c>, <c>Written by Jane Roe</c>,
/// <c>— Jane Roe, Associated Press</c>, a column's tagline <c>Ask Acme is written by Jane Roe, …</c>, a contact
/// line <c>Jane Roe may be reached at …</c> and a contributor line <c>Associated Press writer Jane Roe in Chicago
/// contributed to this report.</c></summary>
/// <remarks>Only the last <see cref="BylineRules.TrailerLines"/> lines are read, and only lines no earlier rule took.
/// A credit whose names do not read as names (<c>Compiled by the bank's economists</c>) is prose.</remarks>
internal static class EndCredit
{
    /// <summary>Labels that open a closing credit line, each followed by the names.</summary>
    private static readonly string[] s_labels =
    [
        "Contributing:", "Contributors:", "Contributing to this report:", "Compiled by ", "Written by ", "Posted by ",
        "Reported by ", "Story by ", "Text by ",
    ];

    /// <summary>The verb phrase of a column's tagline: "Ask Acme is written by Jane Roe".</summary>
    private const string WrittenBy = " is written by ";

    /// <summary>The verb phrases of a contact line: "Jane Roe may be reached at jroe@example.com".</summary>
    private static readonly string[] s_reachedAt = [" may be reached at ", " can be reached at ", " can be contacted at "];

    /// <summary>The phrases that end a contributor line: "Associated Press writer Jane Roe contributed to this report".</summary>
    private static readonly string[] s_contributed =
        [" contributed to this report", " contributed to this story", " contributed to this article", " contributed reporting"];

    /// <summary>Finds the last closing credit among the last lines, or returns <see langword="null"/>.</summary>
    public static Byline? Find(string text, TextLine[] lines, ReadOnlySpan<bool> taken)
    {
        for (int i = lines.Length - 1; i >= Math.Max(0, lines.Length - BylineRules.TrailerLines); i--)
        {
            TextLine line = lines[i];
            if (taken[i] || line.Length > BylineRules.MaxEndCreditLength)
            {
                continue;
            }

            ReadOnlySpan<char> s = text.AsSpan(line.Start, line.Length);
            Byline? found = TryLabel(line, s) ?? TryDashCredit(line, s) ?? TryTagline(line, s) ?? TryContact(line, s) ?? TryContributed(line, s);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>"Contributing: Jane Roe, John Doe", "Compiled by Jane Roe for Reuters".</summary>
    private static Byline? TryLabel(TextLine line, ReadOnlySpan<char> s)
    {
        foreach (string label in s_labels)
        {
            if (s.StartsWith(label, StringComparison.OrdinalIgnoreCase) && char.IsUpper(s[0]))
            {
                var authors = new List<string>();
                string? agency = null;
                return ReadCredits(s[label.Length..], authors, ref agency) ? new Byline(s.ToString(), line.Span, authors, agency) : null;
            }
        }

        return null;
    }

    /// <summary>"— Jane Roe, Associated Press", "-- Jane Roe and John Doe, The Acme Herald".</summary>
    private static Byline? TryDashCredit(TextLine line, ReadOnlySpan<char> s)
    {
        ReadOnlySpan<char> rest = s.TrimStart("-\u2014\u2013 ");
        if (rest.Length == s.Length || rest.Length > BylineRules.MaxNameAgencyLength || !rest.Contains(','))
        {
            return null;
        }

        var authors = new List<string>();
        string? agency = null;
        return ReadCredits(rest, authors, ref agency) && authors.Count > 0 && agency is not null
            ? new Byline(s.ToString(), line.Span, authors, agency)
            : null;
    }

    /// <summary>"Ask Acme is written by Jane Roe, also known as …": the sentence up to its period is the byline, its
    /// first name the author.</summary>
    private static Byline? TryTagline(TextLine line, ReadOnlySpan<char> s)
    {
        int at = s.IndexOf(WrittenBy, StringComparison.Ordinal);
        if (at <= 0 || !IsColumnTitle(s[..at]))
        {
            return null;
        }

        ReadOnlySpan<char> names = s[(at + WrittenBy.Length)..];
        int stop = names.IndexOfAny(",;.");
        var authors = new List<string>();
        if (!BylineNames.AddNames(names[..(stop < 0 ? names.Length : stop)].Trim(), authors))
        {
            return null;
        }

        int end = SentenceEnd(s, at + WrittenBy.Length);
        return new Byline(s[..end].ToString(), new TextSpan(line.Start, end), authors, null);
    }

    /// <summary>"Jane Roe may be reached at jroe@example.com or 555-0100.": the name is the author; the address is an
    /// e-mail address or a number ("Jane Roe can be reached at home" is prose).</summary>
    private static Byline? TryContact(TextLine line, ReadOnlySpan<char> s)
    {
        foreach (string phrase in s_reachedAt)
        {
            int at = s.IndexOf(phrase, StringComparison.Ordinal);
            ReadOnlySpan<char> address = at > 0 ? s[(at + phrase.Length)..] : [];
            int space = address.IndexOf(' ');
            ReadOnlySpan<char> first = space < 0 ? address : address[..space];
            if (at > 0 && (first.Contains('@') || CharScan.ContainsDigit(first)))
            {
                var authors = new List<string>();
                return BylineNames.AddNames(s[..at], authors) ? new Byline(s.ToString(), line.Span, authors, null) : null;
            }
        }

        return null;
    }

    /// <summary>"Associated Press writer Jane Roe in Chicago contributed to this report.", "Jane Roe and John Doe
    /// contributed reporting.": the names before the phrase are the authors; an agency or outlet before a newsroom
    /// role ("writer", "reporters") is the agency.</summary>
    private static Byline? TryContributed(TextLine line, ReadOnlySpan<char> s)
    {
        ReadOnlySpan<char> head = s.TrimEnd().TrimEnd('.');
        int cut = -1;
        foreach (string phrase in s_contributed)
        {
            if (head.EndsWith(phrase, StringComparison.Ordinal))
            {
                cut = head.Length - phrase.Length;
                break;
            }
        }

        if (cut <= 0 || !char.IsUpper(s[0]))
        {
            return null;
        }

        head = head[..cut];
        string? agency = null;
        int role = RoleWordAt(head);
        if (role >= 0)
        {
            ReadOnlySpan<char> outlet = head[..role].Trim();
            agency = outlet.IsEmpty ? null : Agency(outlet);
            if (!outlet.IsEmpty && agency is null)
            {
                return null; // "Several of our writers contributed …": no outlet before the role
            }

            int after = head[role..].IndexOf(' ');
            head = after < 0 ? [] : head[(role + after + 1)..];
        }

        var authors = new List<string>();
        foreach (Range r in head.Split(','))
        {
            ReadOnlySpan<char> piece = head[r].Trim();
            piece = piece.StartsWith("and ", StringComparison.Ordinal) ? piece[4..] : piece;
            if (!piece.IsEmpty && !AddPlacedNames(piece, authors))
            {
                return null;
            }
        }

        return authors.Count > 0 ? new Byline(s.ToString(), line.Span, authors, agency) : null;
    }

    /// <summary>Where the first lower-case newsroom role word ("writer", "reporters") of a contributor line starts, or -1.</summary>
    private static int RoleWordAt(ReadOnlySpan<char> s)
    {
        int start = 0;
        foreach (Range r in s.Split(' '))
        {
            ReadOnlySpan<char> w = s[r];
            if (w.Length > 0 && char.IsLower(w[0]) && BylineNames.IsRole(w))
            {
                return start;
            }

            start += w.Length + 1;
        }

        return -1;
    }

    /// <summary>Reads "Jane Roe in Jakarta, John Doe and Ann Poe; The Associated Press" into names and an agency:
    /// false when a piece is neither.</summary>
    private static bool ReadCredits(ReadOnlySpan<char> s, List<string> authors, ref string? agency)
    {
        s = s.Trim().TrimEnd('.');
        foreach (Range r in s.SplitAny(",;"))
        {
            ReadOnlySpan<char> piece = s[r].Trim();
            if (piece.StartsWith("and ", StringComparison.Ordinal))
            {
                piece = piece[4..];
            }

            if (piece.IsEmpty)
            {
                continue;
            }

            // "Jane Roe for Reuters": the outlet after "for".
            int forAt = piece.IndexOf(" for ", StringComparison.Ordinal);
            if (forAt > 0 && Agency(piece[(forAt + 5)..]) is { } forAgency)
            {
                agency ??= forAgency;
                piece = piece[..forAt];
            }

            if (Agency(piece) is { } a)
            {
                agency ??= a;
                continue;
            }

            if (!AddPlacedNames(piece, authors))
            {
                return false;
            }
        }

        return authors.Count > 0 || agency is not null;
    }

    /// <summary>Adds "Jane Roe in Jakarta and John Doe": each name may be followed by "in &lt;place&gt;".</summary>
    private static bool AddPlacedNames(ReadOnlySpan<char> piece, List<string> authors)
    {
        while (!piece.IsEmpty)
        {
            int and = piece.IndexOf(" and ", StringComparison.Ordinal);
            ReadOnlySpan<char> one = and < 0 ? piece : piece[..and];
            piece = and < 0 ? [] : piece[(and + 5)..];
            int inPlace = one.IndexOf(" in ", StringComparison.Ordinal);
            if (inPlace > 0)
            {
                one = one[..inPlace];
            }

            if (!BylineNames.AddNames(one.Trim(), authors))
            {
                return false;
            }
        }

        return true;
    }

    private static string? Agency(ReadOnlySpan<char> s) =>
        Agencies.Normalize(s) ?? (BylineNames.IsOrganization(s) && char.IsUpper(s.Trim()[0]) ? s.Trim().ToString() : null);

    /// <summary>The end of the sentence that runs through <paramref name="from"/>: after its period, or the line end.</summary>
    private static int SentenceEnd(ReadOnlySpan<char> s, int from)
    {
        int dot = s[from..].IndexOf(". ", StringComparison.Ordinal);
        return dot < 0 ? s.Length : from + dot + 1;
    }

    /// <summary>A column's name in title case, not a sentence's subject: "Dear Abby", "Ask the Acme Doctor", not "The
    /// book" or "Acme's new book".</summary>
    private static bool IsColumnTitle(ReadOnlySpan<char> s)
    {
        int words = 0;
        foreach (Range r in s.Split(' '))
        {
            ReadOnlySpan<char> w = s[r];
            if (w.IsEmpty)
            {
                continue;
            }

            words++;
            bool connector = words > 1 && FunctionWords.Is(w, FunctionWordKinds.Article | FunctionWordKinds.Preposition | FunctionWordKinds.NameParticle);
            if (!char.IsUpper(w[0]) && !connector)
            {
                return false;
            }

            if (words == 1 && FunctionWords.Is(w, FunctionWordKinds.Determiner | FunctionWordKinds.Pronoun))
            {
                return false;
            }
        }

        return words is > 0 and <= BylineRules.MaxTaglineTitleWords;
    }
}
