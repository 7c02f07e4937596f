namespace NewsNlp;

/// <summary>How <see cref="MentionBuilder"/> finds institutions the tagger cut or typed as people and places: a person
/// after a title inside an organization, a company suffix after "of", an institution's head cut off, a web site, a
/// state body or leadership noun after a name, a company word after a name, a type by the last word.</summary>
internal static partial class MentionBuilder
{
    /// <summary>The first word of a person's name (two or three capitalized words starting with a given name) right after
    /// a title word at the end of a mention of another type, or -1.</summary>
    private static int PersonAfterTitle(string text, NerDocument doc, Gazetteer gazetteer, int first, int end)
    {
        // "Prince Edward Island", "St Louis Merchants": a title word that starts a place is no title (also when a line
        // break splits the name: the gazetteer's phrases are written with single spaces).
        ReadOnlySpan<char> whole = text.AsSpan(doc.Words[first].Start, doc.Words[end - 1].End - doc.Words[first].Start);
        if (gazetteer.IsPlaceName(whole) || (whole.ContainsAny('\n', '\r', '\t') && gazetteer.IsPlaceName(SingleSpaced(whole))))
        {
            return -1;
        }

        for (int words = EntityRules.MinNameWordsAfterTitle; words <= EntityRules.MaxNameWordsAfterTitle; words++)
        {
            int name = end - words;
            if (name - 1 < first || !IsTitleWord(doc, name - 1) || !IsGivenName(doc, name) ||
                gazetteer.IsPlaceName(text.AsSpan(doc.Words[name - 1].Start, doc.Words[name].End - doc.Words[name - 1].Start)))
            {
                continue;
            }

            bool plain = true;
            for (int i = name; i < end && plain; i++)
            {
                ReadOnlySpan<char> w = doc.Word(i);
                // A place's name is no part of it ("Secretary Gina Ohio Valley"), but may be the surname after a given name
                // of the hand list ("Sens. Rand Houston and …").
                plain = char.IsUpper(w[0]) && !IsTitleWord(doc, i) && OrganizationWords.Of(w) == OrganizationFacets.None &&
                    FunctionWords.Of(w) == FunctionWordKinds.None
                    && (i == name || !gazetteer.IsPlaceName(w) || (i == end - 1 && i == name + 1 && FirstNames.Contains(doc.Word(name))));
            }

            if (plain)
            {
                return name;
            }
        }

        return -1;
    }

    /// <summary>The words of <paramref name="name"/> joined by single spaces (a name written across a line break).</summary>
    private static string SingleSpaced(ReadOnlySpan<char> name) =>
        string.Join(' ', name.ToString().Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Whether the mention [<paramref name="first"/>, <paramref name="end"/>) is a place and a company suffix
    /// right after "of" that directly follows <paramref name="previous"/>: the end of the previous name.</summary>
    private static bool IsCompanyOfPlace(string text, NerDocument doc, Gazetteer gazetteer, EntityMention previous, int first, int end)
    {
        // Only a place before the suffix: "Jane Roe of Acme Data Inc" is a person at a company, two names.
        return end - first >= 2 && previous.EndWord == first - 1 && OrganizationWords.Is(doc.Word(end - 1), OrganizationFacets.CompanySuffix) &&
            gazetteer.IsPlaceName(text.AsSpan(doc.Words[first].Start, doc.Words[end - 2].End - doc.Words[first].Start)) &&
            doc.Word(first - 1).Equals("of", StringComparison.Ordinal) &&
            OnlySpaces(text, doc.Words[first - 2].End, doc.Words[first - 1].Start) && OnlySpaces(text, doc.Words[first - 1].End, doc.Words[first].Start);
    }

    /// <summary>Whether the one word at <paramref name="i"/> is the head noun of an organization ("Office", "Network")
    /// written right after a capitalized word or a possessive: the end of a longer name the tagger cut off.</summary>
    private static bool IsFragmentHead(string text, NerDocument doc, int i)
    {
        if (i == 0 || !OrganizationWords.Is(doc.Word(i), OrganizationFacets.CommonNoun) || !char.IsUpper(doc.Word(i)[0]))
        {
            return false;
        }

        ReadOnlySpan<char> before = doc.Word(i - 1);
        return FunctionWords.Of(before) == FunctionWordKinds.None && OnlySpaces(text, doc.Words[i - 1].End, doc.Words[i].Start) &&
            (char.IsUpper(before[0]) || before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("’s", StringComparison.Ordinal) ||
             before is "'s" or "’s");
    }

    /// <summary>Whether a name's last word is a web address's host name (<c>Edmunds.com</c>, <c>Axios.org</c>).</summary>
    public static bool IsWebName(ReadOnlySpan<char> word) =>
        word.Length > 4 && char.IsLetterOrDigit(word[0]) &&
        (word.EndsWith(".com", StringComparison.OrdinalIgnoreCase) || word.EndsWith(".net", StringComparison.OrdinalIgnoreCase)
         || word.EndsWith(".org", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the word at <paramref name="i"/>, right after a place's, people's or party's name, is a
    /// lower-case noun that makes it an institution (<see cref="OrganizationFacets.StateBody"/>).</summary>
    /// <remarks>After an other name that is no place or people (<paramref name="placeOrPeople"/> false: "Tory", "Republican") only a
    /// governing noun or "party" counts: not "Muslim police", "New Years Eve party".</remarks>
    private static bool IsStateBody(string text, NerDocument doc, int i, bool placeOrPeople) =>
        IsNounAfterName(text, doc, i, OrganizationFacets.StateBody) && (placeOrPeople
            || (OrganizationWords.Is(doc.Word(i), OrganizationFacets.Leadership) || doc.Word(i) is "party") && (i < 2 || !char.IsUpper(doc.Word(i - 2)[0])));

    /// <summary>Whether the word at <paramref name="i"/>, right after a person's name, is a lower-case noun that makes
    /// the name an institution ("administration", "campaign", "government", "regime"), not a possessive's object
    /// ("Trump's campaign" is the person's).</summary>
    private static bool IsLeadership(string text, NerDocument doc, int i) => IsNounAfterName(text, doc, i, OrganizationFacets.Leadership);

    /// <summary>Whether the word at <paramref name="i"/>, right after a name, is a capitalized company word
    /// (<c>Productions</c>, <c>Inc.</c>) set off by spaces only.</summary>
    private static bool IsCompanyWordAfter(string text, NerDocument doc, int i)
    {
        ReadOnlySpan<char> w = doc.Word(i);
        return w.Length > 1 && char.IsUpper(w[0]) && OrganizationWords.Is(w, OrganizationFacets.Company | OrganizationFacets.CompanySuffix)
            && OnlySpaces(text, doc.Words[i - 1].End, doc.Words[i].Start);
    }

    /// <summary>Whether the word at <paramref name="i"/> is a lower-case organization word of <paramref name="facet"/>
    /// set off from the name before it by spaces only.</summary>
    private static bool IsNounAfterName(string text, NerDocument doc, int i, OrganizationFacets facet)
    {
        ReadOnlySpan<char> w = doc.Word(i);
        return w.Length > 0 && char.IsLower(w[0]) && OrganizationWords.Is(w, facet) && OnlySpaces(text, doc.Words[i - 1].End, doc.Words[i].Start);
    }

    /// <summary>The type of a name of several words the tagger read as a person's, by its last word: a place when it
    /// ends like a building, venue or road (<see cref="LocalPlaceWords"/>), an organization when it ends like a company
    /// or a group (<see cref="OrganizationFacets.Company"/>, <see cref="OrganizationFacets.CompanySuffix"/>).</summary>
    private static EntityType TypeByLastWord(ReadOnlySpan<char> last, EntityType type) =>
        LocalPlaceWords.IsFacility(last) ? EntityType.Location
        : OrganizationWords.Is(last, OrganizationFacets.Company | OrganizationFacets.CompanySuffix) ? EntityType.Organization
        : type;
}
