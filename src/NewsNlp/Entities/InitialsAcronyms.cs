using System.Buffers;

namespace NewsNlp;

/// <summary>An organization's acronym the tagger left untagged: "says the World Health Organization" … "is always
/// fatal, says WHO" (in capitals "WHO" reads as the pronoun). A word in capitals that the tagger did not tag, outside a
/// sentence in capitals, whose letters are the initials of an organization the story names in full is tagged an
/// organization, and folds into it as "FBI" folds into "Federal Bureau of Investigation".</summary>
internal static class InitialsAcronyms
{
    /// <summary>Shortest and longest acronym read (two letters are "US", "IT" too often; the initials of a long name
    /// are rarely used).</summary>
    private const int MinLetters = 2, MaxLetters = 6;

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
                if (tags[i] != NerTagger.O || d.Cls[i] != NerDocument.ClsAllCaps || w.Length < MinLetters || w.Length > MaxLetters
                    || (d.Flags[i] & NerDocument.FlagCapsSentence) != 0 || !IsLetters(w))
                {
                    continue;
                }

                ulong h = 0;
                foreach (char c in w)
                {
                    h = Next(h, c);
                }

                if (initials.AsSpan(0, names).Contains(h))
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

    /// <summary>A hash of the initials of the capitalized words of [<paramref name="first"/>, <paramref name="end"/>)
    /// ("World Health Organization" → WHO; "of", "and", "the", "for" skipped), or 0 when there are fewer than
    /// <see cref="MinLetters"/> or more than <see cref="MaxLetters"/>.</summary>
    private static ulong InitialsOf(NerDocument d, int first, int end)
    {
        ulong h = 0;
        int n = 0;
        for (int k = first; k < end; k++)
        {
            ReadOnlySpan<char> w = d.Word(k);
            if (w.Length > 0 && char.IsUpper(w[0]))
            {
                h = Next(h, w[0]);
                n++;
            }
            else if (w is not ("of" or "and" or "the" or "for" or "&"))
            {
                return 0;
            }
        }

        return n is >= MinLetters and <= MaxLetters ? h : 0;
    }

    private static ulong Next(ulong h, char c) => (h * 31) + char.ToUpperInvariant(c) + 1;

    private static bool IsLetters(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
