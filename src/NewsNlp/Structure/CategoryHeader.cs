namespace NewsNlp;

/// <summary>Splits a scraped category header into its labels: run-together labels
/// (<c>ConflictNorth AmericaWorld</c> → Conflict, North America, World) or a breadcrumb
/// (<c>Home › World › Asia</c>).</summary>
internal static class CategoryHeader
{
    private const int MaxHeaderLength = 120;
    private const int MaxLabelWords = 4;

    /// <summary>Splits <paramref name="line"/> into labels when it is a category header.</summary>
    /// <returns>Whether the line is a category header.</returns>
    public static bool TrySplit(ReadOnlySpan<char> line, List<string> labels)
    {
        if (line.Length is 0 or > MaxHeaderLength)
        {
            return false;
        }

        var found = new List<string>();
        if (line.IndexOfAny('>', '\u203A', '\u00BB') >= 0)
        {
            foreach (Range r in line.SplitAny(">\u203A\u00BB"))
            {
                ReadOnlySpan<char> label = line[r].Trim();
                if (!IsLabel(label))
                {
                    return false;
                }

                found.Add(label.ToString());
            }

            if (found.Count < 2)
            {
                return false;
            }

            labels.AddRange(found);
            return true;
        }

        int start = 0;
        bool runTogether = false;
        for (int i = 1; i < line.Length; i++)
        {
            if (!IsBoundary(line, i))
            {
                continue;
            }

            ReadOnlySpan<char> label = line[start..i].Trim();
            if (label.Length < 2 || label is "Mc" or "Mac")
            {
                continue;
            }

            if (!IsLabel(label))
            {
                return false;
            }

            found.Add(label.ToString());
            start = i;
            runTogether = true;
        }

        ReadOnlySpan<char> lastLabel = line[start..].Trim();
        if (!runTogether || !IsLabel(lastLabel))
        {
            return false;
        }

        found.Add(lastLabel.ToString());
        labels.AddRange(found);
        return true;
    }

    /// <summary>A label boundary with no space: lower→Upper (<c>tN</c>), digit→Upper, or the last capital of
    /// an acronym before a capitalized word (<c>USPolitics</c>).</summary>
    private static bool IsBoundary(ReadOnlySpan<char> s, int i)
    {
        char c = s[i];
        if (!char.IsUpper(c))
        {
            return false;
        }

        char prev = s[i - 1];
        if (char.IsLower(prev))
        {
            return true;
        }

        if (char.IsDigit(prev))
        {
            return i + 1 < s.Length && char.IsLower(s[i + 1]); // "Covid-19Health", not "4TH QTR"
        }

        return char.IsUpper(prev) && i >= 2 && char.IsUpper(s[i - 2]) && i + 1 < s.Length && char.IsLower(s[i + 1]);
    }

    /// <summary>A label is one to four capitalized words (digits, &amp; and "and" allowed), no sentence punctuation.</summary>
    private static bool IsLabel(ReadOnlySpan<char> label)
    {
        if (label.IsEmpty)
        {
            return false;
        }

        int words = 0;
        foreach (Range r in label.Split(' '))
        {
            ReadOnlySpan<char> w = label[r];
            if (w.IsEmpty)
            {
                continue;
            }

            words++;
            if (!(char.IsUpper(w[0]) || char.IsDigit(w[0]) || w is "&" or "and" or "of"))
            {
                return false;
            }

            foreach (char c in w)
            {
                if (!(char.IsLetterOrDigit(c) || c is '&' or '-' or '\'' or '\u2019'))
                {
                    return false;
                }
            }
        }

        return words is > 0 and <= MaxLabelWords;
    }
}
