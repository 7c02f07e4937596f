namespace NewsNlp;

/// <summary>The words <see cref="MentionBuilder"/> keeps out of names, and the mentions that are no name at all: edges
/// (compound modifiers, titles, function words), party-and-state tags, a state in brackets, e-mail addresses, site
/// furniture, honorifics and name affixes alone, pieces of longer names; and the casing tests they rest on.</summary>
internal static partial class MentionBuilder
{
    /// <summary>Whether the words either side of <paramref name="end"/> cannot be inside one name: two acronyms ("ISP
    /// AOL"), or a compound modifier before a name ("Paris-based IEA").</summary>
    private static bool IsNameJunction(NerDocument doc, int end)
    {
        return (doc.Cls[end - 1] == NerDocument.ClsAllCaps && doc.Cls[end] == NerDocument.ClsAllCaps) || LowerCasePartAfterHyphen(doc.Word(end - 1)) > 0;
    }

    /// <summary>Where the lower-case part after a word's last hyphen starts (<c>based</c> of <c>Paris-based</c>), or -1
    /// (<c>Coca-Cola</c>, <c>al-Qaeda</c>).</summary>
    private static int LowerCasePartAfterHyphen(ReadOnlySpan<char> word)
    {
        int hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]) ? hyphen + 1 : -1;
    }

    /// <summary>Whether <paramref name="word"/> is a compound modifier: its lower-case last part a participle or a
    /// modifier's noun, or the end of a longer compound (<c>Paris-based</c>, <c>U.S.-led</c>, <c>American-made</c>,
    /// <c>Hindi-language</c>, <c>Seventeen-year-old</c>); not a name's own lower-case part (<c>Blu-ray</c>).</summary>
    private static bool IsCompoundModifier(ReadOnlySpan<char> word)
    {
        int part = LowerCasePartAfterHyphen(word);
        if (part < 0)
        {
            return false;
        }

        ReadOnlySpan<char> last = word[part..];
        return last.EndsWith("ed", StringComparison.Ordinal) || word[..(part - 1)].Contains('-') || last is "language" or "owner" or "born" or "old" or "made" or "run";
    }

    /// <summary>Whether <paramref name="word"/> is a middle initial: a capital and a period (<c>A.</c>).</summary>
    private static bool IsInitial(ReadOnlySpan<char> word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    /// <summary>Whether <paramref name="word"/> is lower-case letters only (<c>is</c>; not <c>iPhone</c>, <c>al-Assad</c>,
    /// <c>4th</c>).</summary>
    private static bool IsLowerCaseWord(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return !word.IsEmpty;
    }

    /// <summary>Whether <paramref name="word"/> is a capital and lower-case letters only (<c>Silvia</c>; not <c>AP</c>,
    /// <c>Trump's</c>).</summary>
    private static bool IsTitleCaseWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (char c in word[1..])
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a word of [<paramref name="first"/>, <paramref name="end"/>) is a function word (<c>To</c>,
    /// <c>About</c>, <c>The</c>): no part of a person's name.</summary>
    private static bool HasFunctionWord(NerDocument doc, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (FunctionWords.Of(doc.Word(i)) != FunctionWordKinds.None)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence holding word <paramref name="i"/> is written in title case or capitals (a headline or
    /// subhead; <see cref="HeadlineNames.IsTitleCaseCount"/>).</summary>
    internal static bool InTitleCaseSentence(NerDocument doc, int i)
    {
        (int a, int b) = doc.SentenceOf(i);
        int words = 0, capitalized = 0;
        for (int k = a; k < b; k++)
        {
            byte c = doc.Cls[k];
            if (c is NerDocument.ClsLower or NerDocument.ClsInitCap or NerDocument.ClsAllCaps or NerDocument.ClsMixed)
            {
                words++;
                capitalized += c != NerDocument.ClsLower || QuoteWords.IsTitleSmallWord(doc.Word(k)) ? 1 : 0;
            }
        }

        return HeadlineNames.IsTitleCaseCount(words, capitalized);
    }

    /// <summary>Whether the word is a given name of <see cref="FirstNames"/> or of the tagger's name list.</summary>
    private static bool IsGivenName(NerDocument doc, int i) => FirstNames.Contains(doc.Word(i)) || (doc.GazB[i] & Gazetteer.FirstName) != 0;

    /// <summary>Whether the word is a title (<see cref="Titles"/> or the tagger's title list), not a name affix:
    /// "St" starts places ("St Louis").</summary>
    private static bool IsTitleWord(NerDocument doc, int i)
    {
        TitleFacets facets = Titles.Of(doc.Word(i));
        return (facets & TitleFacets.NameAffix) == 0 && (facets != TitleFacets.None || (doc.GazB[i] & Gazetteer.Title) != 0);
    }

    /// <summary>Whether the word at <paramref name="i"/> is a title to drop from the start of a mention of the tagged
    /// type: from a person's name an honorific (<see cref="Titles"/>) or a title word of the tagger's gazetteer; from
    /// another name, which keeps "Lady Gaga", "Miss Universe", "Dr Pepper" and "Hon Hai", only an abbreviated honorific
    /// written with its period, the tagger's mistake for a person ("Mr. Roe" tagged as an organization).</summary>
    private static bool IsDroppedTitle(NerDocument doc, int i, int type)
    {
        ReadOnlySpan<char> w = doc.Word(i);
        TitleFacets facets = Titles.Of(w);
        if (type == TaggedPerson)
        {
            return (facets & TitleFacets.Honorific) != 0 || ((doc.GazI[i] | doc.GazB[i]) & Gazetteer.Title) != 0;
        }

        return (facets & (TitleFacets.Honorific | TitleFacets.Abbreviation)) == (TitleFacets.Honorific | TitleFacets.Abbreviation) && w[^1] == '.';
    }

    /// <summary>Whether the word at <paramref name="i"/> is a party and a place after a politician's name: in brackets
    /// (<c>(R-Neb.)</c>, <c>(D-Richmond)</c>), or between commas with a US state (<c>, D-Texas,</c>; not "D-Day").</summary>
    private static bool IsPartyTag(NerDocument doc, int i, Gazetteer gazetteer)
    {
        ReadOnlySpan<char> w = doc.Word(i);
        if (i == 0 || doc.Word(i - 1) is not ("(" or ",") || w.Length < 3 || w[0] is not ('D' or 'R' or 'I') || w[1] != '-' || !char.IsUpper(w[2]))
        {
            return false;
        }

        if (doc.Word(i - 1) is "(")
        {
            return true;
        }

        return IsUsState(w[2..], gazetteer);
    }

    /// <summary>Whether <paramref name="word"/>, with or without one trailing period, is a US state in the gazetteer
    /// (<c>Neb.</c>, <c>Tex.</c>, <c>Ohio</c>).</summary>
    private static bool IsUsState(ReadOnlySpan<char> word, Gazetteer gazetteer) => RegionOf(word, gazetteer)?.Country == "US";

    /// <summary>The region <paramref name="word"/> names, with or without one trailing period (<c>Neb.</c>, <c>Ohio</c>, <c>VA</c>).</summary>
    private static PlaceRegion? RegionOf(ReadOnlySpan<char> word, Gazetteer gazetteer) =>
        gazetteer.Places.TryGetRegion(word, out PlaceRegion region) ||
        (word.Length > 1 && word[^1] == '.' && gazetteer.Places.TryGetRegion(word[..^1], out region)) ? region : null;

    /// <summary>Whether a one-word "person" at <paramref name="i"/> can name no one: an honorific, abbreviated title or
    /// name affix alone (<c>Mr.</c>, <c>Rep.</c>, <c>Jr.</c>: the name it belongs to was cut off), a function word
    /// capitalized in a title (<c>My</c>, <c>An</c>), a party letter (<c>Gov. Pat McCrory (R)</c>), or a US state in
    /// brackets or abbreviated (<c>Sen. Ted Cruz (Tex.)</c>, <c>Eau Claire, Wis.</c>). Full title words stay: they are surnames too (<c>King</c>, <c>Bishop</c>).</summary>
    private static bool IsNoName(NerDocument doc, int i, Gazetteer gazetteer)
    {
        ReadOnlySpan<char> w = doc.Word(i);
        if (Titles.Is(w, TitleFacets.Honorific | TitleFacets.Abbreviation | TitleFacets.NameAffix) || FunctionWords.Of(w) != FunctionWordKinds.None)
        {
            return true;
        }

        bool bracketed = IsBracketed(doc, i);
        bool abbreviated = w.Length > 2 && w[^1] == '.';
        return (bracketed && w.Length == 1 && char.IsAsciiLetterUpper(w[0]))
            || ((bracketed || abbreviated) && IsUsState(w, gazetteer));
    }

    /// <summary>Whether the word at <paramref name="i"/> stands alone in brackets.</summary>
    private static bool IsBracketed(NerDocument doc, int i) => i > 0 && doc.Word(i - 1) is "(" && i + 1 < doc.Count && doc.Word(i + 1) is ")";

    /// <summary>Whether the word at <paramref name="i"/> is a US state abbreviated in brackets (<c>(Tex.)</c>), the
    /// state a politician's name is tagged with.</summary>
    private static bool IsStateAfterName(NerDocument doc, int i, Gazetteer gazetteer)
    {
        ReadOnlySpan<char> w = doc.Word(i);
        return w.Length > 2 && w[^1] == '.' && IsBracketed(doc, i) && IsUsState(w, gazetteer);
    }

    /// <summary>Whether a word of [<paramref name="first"/>, <paramref name="end"/>) is an e-mail address: an "@" with
    /// a letter or digit before it (a handle, "@Reuters", has none).</summary>
    private static bool HasAddressOrFileName(NerDocument doc, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            ReadOnlySpan<char> w = doc.Word(i);
            int at = w.IndexOf('@');
            if ((at > 0 && char.IsLetterOrDigit(w[at - 1])) || FileNames.IsFileName(w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every word of [<paramref name="first"/>, <paramref name="end"/>) with a letter is a newsroom
    /// word (<c>Online Desk</c>, <c>News Team</c>): site furniture, no name.</summary>
    private static bool IsSiteFurniture(NerDocument doc, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (CharScan.ContainsLetterOrDigit(doc.Word(i)) && !OrganizationWords.Is(doc.Word(i), OrganizationFacets.Newsroom))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a one-word "person" is a piece of a longer name the tagger cut off: a company suffix ("Inc.") or
    /// the last word of a venue's or road's name ("Pavilion").</summary>
    private static bool IsNameFragment(ReadOnlySpan<char> word) =>
        OrganizationWords.Is(word, OrganizationFacets.CompanySuffix) || LocalPlaceWords.IsFacility(word);

    private static bool HasNonPersonWord(NerDocument doc, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            // A newsroom word makes a "person" site furniture ("Online Desk", "News Staff"): no person at all.
            if (OrganizationWords.Is(doc.Word(i), OrganizationFacets.Newsroom))
            {
                return true;
            }
        }

        return false;
    }
}
