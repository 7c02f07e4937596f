namespace NewsNlp;

/// <summary>The subject after the cue: an inverted cue (<c>“…,” said Sen. Jane Doe</c>, <c>said a senior official</c>)
/// and the source after <c>according to</c>.</summary>
internal static partial class SubjectFinder
{
    /// <summary>The subject after an inverted cue ending at word <paramref name="s"/>: a pronoun, a name, or a nominal with
    /// the name that follows it (<c>said party spokesman John Smith</c>).</summary>
    private static (int Start, int End) RightSubject(QuoteDocument doc, int s, int b)
    {
        // Skip a time word: said Tuesday Sen. Jane Doe is rare, but "said on Tuesday" leaves no subject.
        if (s >= b)
        {
            return default;
        }

        QuoteWord[] words = doc.Words;
        SubjectHead head = HeadOf(doc, s);
        if (head == SubjectHead.Pronoun)
        {
            return doc.Is(s, "who") ? default : (s, s + 1);
        }

        if (head == SubjectHead.Name)
        {
            int e = s + 1;
            while (e < b && doc.IsFrameWord(e) && (words[e].IsCapitalized && !QuoteWords.IsNotName(doc.W(e))
                || ((doc.W(e) is "of" or "for") && e + 1 < b && words[e + 1].IsCapitalized)))
            {
                e++;
            }

            // said American officials: a nationality is the nominal's modifier, not the speaker; so is any name before a
            // person noun that no name follows (said one GOP source, said a Democratic aide; not "said White House
            // spokesman Josh Earnest", whose name speaks).
            if (e < b && HeadOf(doc, e) == SubjectHead.Nominal && NameAfterNominal(doc, e + 1, b) is int named and > 0)
            {
                return (s, named); // said White House spokesman Josh Earnest, said Republican strategist Al Cardenas: the name speaks
            }

            if (e < b && HeadOf(doc, e) == SubjectHead.Nominal && (PlaceIndex.Default.IsCountryOrDemonym(doc.W(e - 1)) || IsPersonNounAfterName(doc, e, b)))
            {
                e++;
                if (s - 1 >= 0 && doc.IsFrameWord(s - 1) && QuoteWords.IsCueDeterminer(doc.W(s - 1)) && !doc.Is(s - 1, "by"))
                {
                    s--; // "one", "a": the whole phrase
                }
            }

            return (s, e);
        }

        // A nominal: a determiner and modifiers up to a speaker noun.
        for (int e = s; e < b && e < s + QuoteRules.MaxRightNominal; e++)
        {
            if (!doc.IsFrameWord(e))
            {
                break;
            }

            if (HeadOf(doc, e) is SubjectHead.Nominal)
            {
                // said witness Laura Kim / said party spokesman John Smith / said chief inspector Jane Roe
                int end = e + 1;
                while (end < b && end < e + QuoteRules.MaxNameAfterNominal && doc.IsFrameWord(end) && !words[end].IsCapitalized
                    && Titles.Is(doc.W(end), TitleFacets.Head | TitleFacets.Occupation | TitleFacets.Modifier))
                {
                    end++;
                }

                while (end < b && end < e + QuoteRules.MaxNameAfterNominal && doc.IsFrameWord(end)
                    && (words[end].IsCapitalized && !QuoteWords.IsNotName(doc.W(end)) || HeadOf(doc, end) == SubjectHead.Nominal))
                {
                    end++;
                }

                // said another witness, former adviser John Doe: the name in the appositive is the speaker.
                if (end == e + 1 && end + 1 < b && doc.IsPunct(end, ',') && AppositiveName(doc, end + 1, b) is { End: > 0 } named)
                {
                    return named;
                }

                return (s, end);
            }

            if (HeadOf(doc, e) is SubjectHead.Name)
            {
                int end = e + 1;
                while (end < b && doc.IsFrameWord(end) && words[end].IsCapitalized)
                {
                    end++;
                }

                if (IsPersonNounAfterName(doc, end, b))
                {
                    end++; // said one GOP source: the source speaks, the party is its modifier
                }

                return (s, end);
            }
        }

        return default;
    }

    /// <summary>One past the capitalized name that follows a speaker noun or title, after any more lower-case title
    /// words, starting at word <paramref name="s"/> (<c>Josh Earnest</c> of "White House spokesman Josh Earnest",
    /// <c>Jane Roe</c> of "party chief inspector Jane Roe"); 0 when no name follows.</summary>
    private static int NameAfterNominal(QuoteDocument doc, int s, int b)
    {
        (int name, int e) = TitledName(doc, s, b, QuoteRules.MaxNameAfterNominal);
        return e > name ? e : 0;
    }

    /// <summary>Lower-case title words from word <paramref name="s"/>, then up to <paramref name="maxNameWords"/>
    /// capitalized name words: where the name starts and one past its end (equal when no name follows the titles).</summary>
    private static (int Name, int End) TitledName(QuoteDocument doc, int s, int b, int maxNameWords)
    {
        QuoteWord[] words = doc.Words;
        int e = s;
        while (e < b && e < s + QuoteRules.MaxNameAfterNominal && doc.IsFrameWord(e) && !words[e].IsCapitalized
            && Titles.Is(doc.W(e), TitleFacets.Head | TitleFacets.Occupation | TitleFacets.Modifier))
        {
            e++;
        }

        int name = e;
        while (e < b && e < name + maxNameWords && doc.IsFrameWord(e) && words[e].IsCapitalized && !QuoteWords.IsNotName(doc.W(e)))
        {
            e++;
        }

        return (name, e);
    }

    /// <summary>Whether word <paramref name="e"/>, right after a name, is a lower-case speaker noun for a person (not an
    /// organization's: "the Trump campaign") that no name follows (<c>source</c> of "one GOP source"; not <c>spokesman</c>
    /// of "White House spokesman Josh Earnest").</summary>
    private static bool IsPersonNounAfterName(QuoteDocument doc, int e, int b) =>
        e < b && doc.IsFrameWord(e) && !doc.Words[e].IsCapitalized && HeadOf(doc, e) == SubjectHead.Nominal
        && !QuoteWords.IsOrganizationNoun(doc.W(e)) && (e + 1 >= b || !doc.Words[e + 1].IsCapitalized);

    /// <summary>An appositive that names a person, starting at word <paramref name="s"/>: lower-case title words, then a
    /// capitalized name, up to a comma, a period or <paramref name="b"/> (<c>former adviser John Doe</c>); default when
    /// the words are anything else (a clause, a place).</summary>
    private static (int Start, int End) AppositiveName(QuoteDocument doc, int s, int b)
    {
        (int name, int e) = TitledName(doc, s, b, QuoteRules.MaxTitledNameWords + 1);
        bool closed = e == b || doc.IsPunct(e, ',') || doc.IsPunct(e, '.');
        return e > name && closed && HeadOf(doc, e - 1) == SubjectHead.Name ? (s, e) : default;
    }

    /// <summary>The source after <c>according to</c>: up to a comma, period, dash, bracket, quote or <c>that</c>.</summary>
    private static (int Start, int End) AccordingPhrase(QuoteDocument doc, int s, int b)
    {
        int e = s;
        while (e < b && e < s + QuoteRules.MaxPhrase && doc.Words[e].Region < 0 && !doc.IsPunct(e, ',') && !doc.IsPunct(e, '.')
            && !doc.IsPunct(e, ';') && !doc.IsPunct(e, '—') && !doc.IsPunct(e, '(') && !(e > s && doc.Is(e, "that")))
        {
            e++;
        }

        return (s, e);
    }
}
