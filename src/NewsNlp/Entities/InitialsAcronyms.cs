using System.Buffers;

namespace NewsNlp;

/// <summary>An organization's acronym the tagger left untagged: "says the World Health Organization" … "is always
/// fatal, says WHO" (in capitals "WHO" reads as the pronoun). A word in capitals that the tagger did not tag, outside a
/// sentence in capitals, whose letters are the initials of an organization the story names in full is tagged an
/// organization, and folds into it as "FBI" folds into "Federal Bureau of Investigation".</summary>
internal static class InitialsAcronyms
{
    /// <summary>Most organizations of a story whose initials are kept.</summary>
    private const int MaxNames = 64;

    /// <summary>Tags the acronyms of <paramref name="d"/>'s organizations.</summary>
    /// <param name="d">The tagged document.</param>
    /// <param name="tags">Its tags (<see cref="NerTagger.TagNames"/>), changed in place.</param>
    public static void Tag(NerDocument d, byte[] tags)
    {
        ulong[] initials = ArrayPool<ulong>.Shared.Rent(MaxNames);
        try
        {
            int names = 0;
            for (int first = 0; first < tags.Length && names < MaxNames; first++)
            {
                if (tags[first] == (2 * NerTagger.OrganizationType) - 1 && InitialsOf(d, first, NerTagger.RunEnd(tags, first)) is ulong h and not 0)
                {
                    initials[names++] = h;
                }
            }

            for (int i = 0; i < tags.Length && names > 0; i++)
            {
                ReadOnlySpan<char> w = d.Word(i);
                if (tags[i] != NerTagger.O || d.Cls[i] != NerDocument.ClsAllCaps || (d.Flags[i] & NerDocument.FlagCapsSentence) != 0
                    || !AcronymFolding.IsAcronym(w))
                {
                    continue;
                }

                if (initials.AsSpan(0, names).Contains(Hash(w)))
                {
                    tags[i] = (byte)((2 * NerTagger.OrganizationType) - 1);
                }
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(initials);
        }
    }

    /// <summary>A hash of the initials of the words [<paramref name="first"/>, <paramref name="end"/>) ("World Health
    /// Organization" → WHO; see <see cref="AcronymFolding.AddInitial"/>), or 0 when they are no acronym's.</summary>
    private static ulong InitialsOf(NerDocument d, int first, int end)
    {
        Span<char> initials = stackalloc char[EntityRules.MaxOrganizationAcronymLength + 1];
        int n = 0;
        for (int k = first; k < end; k++)
        {
            if (!AcronymFolding.AddInitial(d.Word(k), initials, ref n))
            {
                return 0;
            }
        }

        return n >= EntityRules.MinAcronymLetters && n <= EntityRules.MaxOrganizationAcronymLength ? Hash(initials[..n]) : 0;
    }

    private static ulong Hash(ReadOnlySpan<char> letters)
    {
        ulong h = 0;
        foreach (char c in letters)
        {
            h = (h * 31) + c + 1;
        }

        return h;
    }
}
