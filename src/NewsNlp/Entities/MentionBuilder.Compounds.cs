namespace NewsNlp;

/// <summary>Compound modifiers inside the tagger's names: "Geneva-based", "Hong Kong-based", "U.S.-led", "Democratic
/// Party-controlled". The modifier is no part of the name it modifies ("the Geneva-based World Trade Organization"),
/// and the place, people or well-known organization before its hyphen is a name of its own, with the span of those
/// letters only: "New York-based" names New York, "the Democratic Party-controlled House of Representatives" the
/// Democratic Party and the House. A name before the hyphen that is none of these ("Trump-style", "Stanikzai-led") is
/// left as the tagger read it when the modifier ends the name, and dropped when a name follows it.</summary>
internal static partial class MentionBuilder
{
    /// <summary>Splits the compound modifiers off the name [<paramref name="first"/>, <paramref name="end"/>): adds the name
    /// before each one's hyphen as a mention of its own when it is a place, a people's name or a listed organization.</summary>
    /// <returns>The first word of what is left of the name, or -1 when nothing is left (the name was a modifier whose
    /// place or people is now its own mention).</returns>
    private static int SplitCompoundModifiers(string text, PageStructure structure, NerDocument doc, Gazetteer gazetteer, List<EntityMention> mentions, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            int part = LowerCasePartAfterHyphen(doc.Word(k));
            if (part < 0 || !IsCompoundModifier(doc.Word(k)))
            {
                continue;
            }

            int nameEnd = doc.Words[k].Start + part - 1; // the hyphen
            bool named = nameEnd > doc.Words[first].Start && CompoundNameType(text.AsSpan(doc.Words[first].Start, nameEnd - doc.Words[first].Start), gazetteer) is EntityType type
                && AddSpan(text, structure, doc, gazetteer, mentions, TextSpan.FromBounds(doc.Words[first].Start, nameEnd), first, k + 1, type);
            if (k + 1 == end)
            {
                return named ? -1 : first; // "US-based" is the United States; "Trump-style" stays as read
            }

            first = k + 1;
        }

        return first;
    }

    /// <summary>The type of the name before a compound modifier's hyphen: a place of the gazetteer ("Geneva", "Hong
    /// Kong", "US"; not a direction, "Western-backed"), a people's name ("American" of "American-made", an other name
    /// the place index types), a listed organization ("Disney" of "Disney-owned") or one whose last word heads an
    /// institution's name ("Democratic Party"); else null.</summary>
    private static EntityType? CompoundNameType(ReadOnlySpan<char> name, Gazetteer gazetteer)
    {
        if (gazetteer.Places.TryGetDemonym(name, out _) || RegionAdjectives.Contains(name))
        {
            return EntityType.Misc;
        }

        if (gazetteer.IsPlaceName(name) && !DirectionWords.Contains(name))
        {
            return EntityType.Location;
        }

        int space = name.LastIndexOf(' ');
        return KnownOrganizations.Default.IsListedSpan(name) || (space > 0 && OrganizationWords.Is(name[(space + 1)..], OrganizationFacets.Head))
            ? EntityType.Organization : null;
    }
}
