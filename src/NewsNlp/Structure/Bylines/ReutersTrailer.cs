namespace NewsNlp;

/// <summary>Reads Reuters' closing credit: <c>(Reporting by Yew Lun Tian in Beijing; Additional reporting by
/// X; Editing by Y)</c>, in parentheses after the last sentence or on its own line. Reporters count as
/// authors, editors and graphics artists do not.</summary>
internal static class ReutersTrailer
{
    /// <summary>Finds the trailer among the last lines, or returns <see langword="null"/>.</summary>
    public static Byline? Find(string text, TextLine[] lines)
    {
        for (int i = Math.Max(0, lines.Length - BylineRules.TrailerLines); i < lines.Length; i++)
        {
            TextLine line = lines[i];
            ReadOnlySpan<char> s = text.AsSpan(line.Start, line.Length);
            int at = s.IndexOf("Reporting by ", StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            // Start at the opening parenthesis when there is one; end at its closing one, else at the line end.
            int start = at;
            int k = at - 1;
            while (k >= 0 && s[k] == ' ')
            {
                k--;
            }

            bool paren = k >= 0 && s[k] == '(';
            if (paren)
            {
                start = k;
            }
            else if (at > 0 && k >= 0 && !(s[k] is '.' or ';' or '-' or '\u2014'))
            {
                continue; // "... after reporting by the newspaper" is prose.
            }

            int end = s.Length;
            if (paren)
            {
                int close = s[start..].IndexOf(')');
                if (close > 0)
                {
                    end = start + close + 1;
                }
            }

            if (end - start > BylineRules.MaxTrailerLength)
            {
                continue;
            }

            ReadOnlySpan<char> credit = s[start..end];
            var authors = new List<string>();
            ReadOnlySpan<char> body = credit.Trim("()");
            foreach (Range r in body.Split(';'))
            {
                ReadOnlySpan<char> segment = body[r].Trim();
                int by = segment.IndexOf(" by ", StringComparison.OrdinalIgnoreCase);
                if (by < 0)
                {
                    continue;
                }

                ReadOnlySpan<char> role = segment[..by];
                if (role.Contains("Editing", StringComparison.OrdinalIgnoreCase) || role.Contains("Graphics", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                ReadOnlySpan<char> names = segment[(by + 4)..];
                foreach (Range n in names.Split(','))
                {
                    AddNames(names[n], authors);
                }
            }

            return new Byline(credit.ToString(), new TextSpan(line.Start + start, end - start), authors, "Reuters");
        }

        return null;
    }

    /// <summary>Adds the names in "Jane Doe in Beijing and John Roe", each possibly followed by "in &lt;place&gt;".</summary>
    private static void AddNames(ReadOnlySpan<char> names, List<string> authors)
    {
        while (!names.IsEmpty)
        {
            int and = names.IndexOf(" and ", StringComparison.Ordinal);
            ReadOnlySpan<char> one = and < 0 ? names : names[..and];
            names = and < 0 ? [] : names[(and + 5)..];
            int inPlace = one.IndexOf(" in ", StringComparison.Ordinal);
            if (inPlace > 0)
            {
                one = one[..inPlace];
            }

            one = one.Trim();
            if (BylineNames.IsName(one))
            {
                string name = BylineNames.NameCase(one);
                if (!authors.Contains(name))
                {
                    authors.Add(name);
                }
            }
        }
    }
}
