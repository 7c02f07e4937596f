namespace NewsNlp;

/// <summary>Shapes of the text around a name the tagger read as a person that show it names no one, or not only a
/// person: an auxiliary that opens a question ("Will Warren continue …?"), a possessive determiner ("our Country"), a
/// town before a US state's postal code ("Bristow, VA"), a store named with its possessive ("Macy’s, Kellogg’s"), a
/// role and "at" before a workplace ("strategist at Miller Tabak"), an appositive that names a kind of organization
/// ("Ascom, a global solutions provider").
/// Each reads the words next to the mention only.</summary>
internal static class NonPersonShapes
{
    /// <summary>Whether word <paramref name="i"/> is an auxiliary or modal opening a question, alone or after a question
    /// word (<c>Will</c> of "Will Warren continue to face the heat, or …?", <c>Can</c> of "Can Biden win?", <c>WILL</c>
    /// of "HOW WILL OBAMA PLAY?"): inverted before its subject, so no part of the subject's name. The sentence must end
    /// with a question mark.</summary>
    public static bool IsQuestionAuxiliary(NerDocument doc, int i)
    {
        bool opens = (doc.Flags[i] & NerDocument.FlagSentenceInitial) != 0
            || (i > 0 && (doc.Flags[i - 1] & NerDocument.FlagSentenceInitial) != 0 && FunctionWords.Is(doc.Word(i - 1), FunctionWordKinds.Wh));
        if (!opens || (FunctionWords.Of(doc.Word(i)) & FunctionWordKinds.Auxiliary) == 0)
        {
            return false;
        }

        int end = doc.SentenceOf(i).End;
        for (int k = end - 1; k > i && k >= end - MaxClosingMarks - 1; k--)
        {
            ReadOnlySpan<char> w = doc.Word(k);
            if (w.Contains('?'))
            {
                return true;
            }

            if (CharScan.ContainsLetterOrDigit(w))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the text at <paramref name="end"/> (a name's end) goes on with a comma and the relative
    /// <c>which</c>.</summary>
    public static bool IsFollowedByWhich(string text, int end)
    {
        ReadOnlySpan<char> rest = text.AsSpan(end, Math.Min(MaxWhichLookahead, text.Length - end));
        if (rest.IsEmpty || rest[0] != ',')
        {
            return false;
        }

        rest = rest[1..].TrimStart(' ');
        return rest.StartsWith("which", StringComparison.Ordinal) && (rest.Length == 5 || !char.IsLetter(rest[5]));
    }

    /// <summary>Whether the text before <paramref name="start"/> (a name's start) is a role and "at": "equity strategist
    /// at Miller Tabak", "a researcher at Futurelab", "80 workers at Argonaut", "partners at the firm": the place someone
    /// works, an organization. The role is a title, occupation or newsroom word of <see cref="Titles"/>, singular or
    /// plural.</summary>
    public static bool IsAfterRoleAt(string text, int start)
    {
        ReadOnlySpan<char> before = BeforeArticle(text, start);
        if (!before.EndsWith(" at", StringComparison.Ordinal))
        {
            return false;
        }

        ReadOnlySpan<char> role = LastWord(before[..^3]);
        return IsRole(role) || (role.Length > 2 && role[^1] == 's' && IsRole(role[..^1]));
    }

    /// <summary>Whether the text at <paramref name="end"/> (a name's end) goes on with an appositive that calls the name
    /// a kind of organization: a comma, "a" or "an", at most <see cref="MaxKindModifiers"/> modifiers and a noun of
    /// <see cref="OrganizationKinds"/> ("Ascom, a global solutions provider focused on …", "Dräger, a producer of
    /// …", "Crowdpac, a start-up that …"). Not when the noun modifies a role ("Reid, a company founder") or a possessive
    /// follows; not "the company said", which reports.</summary>
    public static bool IsFollowedByKindAppositive(string text, int end)
    {
        int i = end;
        if (i >= text.Length || text[i] != ',')
        {
            return false;
        }

        ReadOnlySpan<char> article = NextWord(text, ref i);
        if (article is not ("a" or "an"))
        {
            return false;
        }

        for (int k = 0; k <= MaxKindModifiers; k++)
        {
            ReadOnlySpan<char> word = NextWord(text, ref i);
            if (word.IsEmpty || FunctionWords.Of(word) != FunctionWordKinds.None)
            {
                return false;
            }

            int after = i;
            ReadOnlySpan<char> next = NextWord(text, ref after);
            if (OrganizationKinds.Contains(word, next is "of"))
            {
                return !(i < text.Length && text[i] is '\'' or '’') && (next.IsEmpty || Titles.Of(next) == TitleFacets.None);
            }
        }

        return false;
    }

    /// <summary>Whether the word before <paramref name="start"/> (a name's start) is a preposition: "In San Francisco,
    /// …", "At the Capitol, …" (an article may come between).</summary>
    public static bool IsAfterPreposition(string text, int start)
    {
        ReadOnlySpan<char> word = LastWord(BeforeArticle(text, start));
        return !word.IsEmpty && (FunctionWords.Of(word) & FunctionWordKinds.Preposition) != 0;
    }

    /// <summary>Whether the one-word mention at <paramref name="i"/> follows a possessive determiner ("save our
    /// Country", "my Lord"): a person's name takes no determiner; "his wife Jill" has the noun between.</summary>
    public static bool AfterPossessiveDeterminer(NerDocument doc, int i) =>
        i > 0 && (FunctionWords.Of(doc.Word(i - 1)) & FunctionWordKinds.Possessive) != 0 && CharScan.ContainsLetterOrDigit(doc.Word(i - 1));

    /// <summary>Whether the mention ending before word <paramref name="end"/> is a town followed by a comma and a US
    /// state's two-letter postal code that ends the line or phrase (<c>Bristow, VA</c> of a tour's dates, an address):
    /// a place; a person's name is never written so (not "Colin Powell, US Secretary of State").</summary>
    public static bool IsTownBeforeStateCode(NerDocument doc, Gazetteer gazetteer, int end)
    {
        if (end + 1 >= doc.Count || doc.Word(end) is not "," || (doc.Flags[end] & NerDocument.FlagCapsSentence) != 0
            || !IsStateCode(doc.Word(end + 1), gazetteer))
        {
            return false;
        }

        return EndsPhrase(doc, end + 1);
    }

    /// <summary>Whether the mention starting at word <paramref name="first"/> is a hometown after a person's age: "of"
    /// right after a number and an optional comma (<c>Ryan Hollman, 31, of Hope</c>, <c>Hollman 31, of Hope and …</c>):
    /// news writes a person's town so, never a second person; not a date's day ("until May 1 of Paul Luyten").</summary>
    public static bool IsHometownAfterAge(NerDocument doc, int first)
    {
        if (first < 2 || doc.Word(first - 1) is not "of")
        {
            return false;
        }

        int k = doc.Word(first - 2) is "," ? first - 3 : first - 2;
        if (k < 0)
        {
            return false;
        }

        ReadOnlySpan<char> age = doc.Word(k);
        return age.Length is > 0 and <= MaxAgeDigits && !age.ContainsAnyExceptInRange('0', '9')
            && (k == 0 || !CalendarWords.Is(doc.Word(k - 1).TrimEnd('.'), CalendarFacets.Month | CalendarFacets.MonthAbbreviation)); // "May 1 of Paul Luyten"
    }

    /// <summary>Whether word <paramref name="i"/> ends its phrase: the text's last word, or followed by punctuation or
    /// a line break (<c>VA</c> of "Bristow, VA\nJune 26 -- …").</summary>
    public static bool EndsPhrase(NerDocument doc, int i) =>
        i + 1 >= doc.Count || !CharScan.ContainsLetterOrDigit(doc.Word(i + 1))
        || doc.Text.AsSpan(doc.Words[i].End, doc.Words[i + 1].Start - doc.Words[i].End).Contains('\n');

    /// <summary>Whether the mention [<paramref name="first"/>, <paramref name="end"/>) (titles included) is a store or brand named with a
    /// possessive (<c>Macy’s</c> of "Ford, Macy’s, Kellogg’s and NBC", <c>Lowe's</c> of "Rival Lowe's was also
    /// lower"): its word has the possessive attached wherever the story writes it, and somewhere it is
    /// followed by punctuation or a verb, where a person's possessive is followed by what the person has ("Trump's decision").
    /// Not after an honorific ("plans drawn up by Mr Tellier's would …"), nor a name the story also writes without
    /// it ("… compare their pedigree with Tulu's," of Derartu Tulu).</summary>
    public static bool IsPossessiveStoreName(NerDocument doc, int first, int end)
    {
        if (end >= doc.Count || !IsAttachedPossessive(doc, end)
            || Titles.Is(doc.Word(first), TitleFacets.Honorific) || (first > 0 && Titles.Is(doc.Word(first - 1), TitleFacets.Honorific)))
        {
            return false;
        }

        ulong word = doc.Lower[end - 1];
        bool storeShape = false;
        for (int i = 0; i < doc.Count; i++)
        {
            if (doc.Lower[i] == word)
            {
                if (i + 2 >= doc.Count || !IsAttachedPossessive(doc, i + 1))
                {
                    return false;
                }

                // Not "been" or "going": "Obama's been saying" is "Obama has been".
                storeShape |= doc.Word(i + 2) is "," or ";" or ")" or "is" or "was" or "has" or "had" or "will" or "would";
            }
        }

        return storeShape;
    }

    /// <summary>The closing marks a question mark may be followed by before the sentence ends (<c>?”)</c>).</summary>
    private const int MaxClosingMarks = 2;

    /// <summary>How far after a name <see cref="IsFollowedByWhich"/> reads: a comma, a few spaces and "which".</summary>
    private const int MaxWhichLookahead = 12;

    /// <summary>Most digits of a person's age before "of" and a hometown (<see cref="IsHometownAfterAge"/>): 3 ("104, of
    /// Dayton"); a longer number is a count ("2,000 of Texas's …" is no age).</summary>
    private const int MaxAgeDigits = 3;

    /// <summary>How many words may come between "a" and the noun of <see cref="IsFollowedByKindAppositive"/>: "a global
    /// solutions provider" has two, "a Swiss medical technology group" three; a longer run is a clause.</summary>
    private const int MaxKindModifiers = 4;

    /// <summary>The next word of letters, digits and inner hyphens after position <paramref name="i"/>, skipping
    /// spaces and one comma; <paramref name="i"/> moves past it. Empty at any other character.</summary>
    private static ReadOnlySpan<char> NextWord(string text, ref int i)
    {
        if (i < text.Length && text[i] == ',')
        {
            i++;
        }

        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        int start = i;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '-' && i > start)))
        {
            i++;
        }

        return text.AsSpan(start, i - start);
    }

    /// <summary>The text before <paramref name="start"/> without the spaces and the article "the" right before it.</summary>
    private static ReadOnlySpan<char> BeforeArticle(string text, int start)
    {
        ReadOnlySpan<char> before = text.AsSpan(0, start).TrimEnd(' ');
        return before.EndsWith(" the", StringComparison.OrdinalIgnoreCase) ? before[..^4].TrimEnd(' ') : before;
    }

    /// <summary>The letters that end <paramref name="before"/> after its trailing spaces (empty when it ends otherwise).</summary>
    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd(' ');
        int w = before.Length;
        while (w > 0 && char.IsLetter(before[w - 1]))
        {
            w--;
        }

        return before[w..];
    }

    private static bool IsRole(ReadOnlySpan<char> word) =>
        (Titles.Of(word) & (TitleFacets.Head | TitleFacets.Occupation | TitleFacets.Journalist)) != 0;

    private static bool IsAttachedPossessive(NerDocument doc, int i) =>
        doc.Word(i) is "'s" or "’s" or "'S" or "’S" && doc.Words[i].Start == doc.Words[i - 1].End;

    private static bool IsStateCode(ReadOnlySpan<char> w, Gazetteer gazetteer) =>
        w.Length == 2 && char.IsAsciiLetterUpper(w[0]) && char.IsAsciiLetterUpper(w[1])
        && gazetteer.Places.TryGetRegion(w, out PlaceRegion region) && region.Country == "US";
}
