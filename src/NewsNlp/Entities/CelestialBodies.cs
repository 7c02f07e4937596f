namespace NewsNlp;

/// <summary>Planets, moons and telescopes are no people or organizations: a name of <see cref="CelestialNames"/> alone
/// typed a person is an other name (MISC), in the tags as in the analysis; "Mars", "Venus" and "Mercury", and any such
/// name typed an organization ("Saturn" is also a car maker), only in a story about space (one that names two bodies or
/// uses a word such as "planet", "orbit" or "rover"), where the tagger read "Mars" as a person; there, a "person" whose
/// first word names a body is a spacecraft ("Europa Clipper"), and so is its last word alone ("Clipper will orbit").</summary>
internal static class CelestialBodies
{
    /// <summary>Whether the one-word name at word <paramref name="i"/>, tagged a person or an organization, names a
    /// celestial body: an unambiguous name typed a person, or any such name in a story about space.</summary>
    /// <param name="d">The document.</param>
    /// <param name="i">The word.</param>
    /// <param name="person">Whether the tagger typed it a person (else an organization: "Saturn" is also a car maker).</param>
    /// <param name="spaceStory">Whether the document is about space, computed on first need (<see cref="IsSpaceStory"/>).</param>
    public static bool IsBody(NerDocument d, int i, bool person, ref bool? spaceStory)
    {
        ReadOnlySpan<char> w = d.Word(i);
        bool sure = CelestialNames.Contains(w);
        if (!sure && !CelestialNames.IsAmbiguous(w))
        {
            return false;
        }

        if (sure && person)
        {
            return true;
        }

        spaceStory ??= IsSpaceStory(d);
        return spaceStory.Value;
    }

    /// <summary>Folds a spacecraft's last word used alone into the craft ("Clipper" into "Europa Clipper"): a mention
    /// whose first word names a body is a craft's name (<see cref="EntityFolder.FoldTails"/>).</summary>
    /// <param name="clusters">The clusters after folding; emptied ones are removed.</param>
    public static void Fold(List<EntityCluster> clusters) => EntityFolder.FoldTails(clusters, EntityType.Misc, IsCraftMention);

    private static bool IsCraftMention(string text)
    {
        ReadOnlySpan<char> first = text.AsSpan(0, text.IndexOf(' ', StringComparison.Ordinal));
        return CelestialNames.Contains(first) || CelestialNames.IsAmbiguous(first);
    }

    /// <summary>Whether a "person" of several words starting at word <paramref name="first"/> is a spacecraft named after
    /// the body it visits: its first word names one, in a story about space ("Europa Clipper").</summary>
    private static bool IsCraft(NerDocument d, int first, ref bool? spaceStory)
    {
        ReadOnlySpan<char> w = d.Word(first);
        if (!CelestialNames.Contains(w) && !CelestialNames.IsAmbiguous(w))
        {
            return false;
        }

        spaceStory ??= IsSpaceStory(d);
        return spaceStory.Value;
    }

    /// <summary>Tags as other names the one-word people and organizations of <paramref name="d"/> that name celestial
    /// bodies (<see cref="IsBody"/>): the tag-level form of the mention rule, for the pre-tokenized tagging API.</summary>
    /// <param name="d">The tagged document.</param>
    /// <param name="tags">Its tags (<see cref="NerTagger.TagNames"/>), changed in place.</param>
    public static void Retag(NerDocument d, byte[] tags)
    {
        bool? spaceStory = null;
        HashSet<ulong>? craftTails = null;
        for (int first = 0; first < tags.Length; first++)
        {
            if (!NerTagger.IsBegin(tags[first]))
            {
                continue;
            }

            int end = NerTagger.RunEnd(tags, first);
            int type = NerTagger.TypeOf(tags[first]);
            if (end - first == 1 && type is NerTagger.PersonType or NerTagger.OrganizationType && IsBody(d, first, type == NerTagger.PersonType, ref spaceStory))
            {
                NerTagger.TagRun(tags, first, end, NerTagger.MiscType);
            }
            else if (end - first > 1 && type is NerTagger.PersonType or NerTagger.MiscType && IsCraft(d, first, ref spaceStory))
            {
                NerTagger.TagRun(tags, first, end, NerTagger.MiscType); // "Europa Clipper", "Mars Reconnaissance Orbiter"
                (craftTails ??= []).Add(d.Lower[end - 1]);
            }
        }

        if (craftTails is null)
        {
            return;
        }

        foreach ((int first, int end, int type) in MentionBuilder.TagRuns(d, tags))
        {
            if (end - first == 1 && type == NerTagger.PersonType && craftTails.Contains(d.Lower[first]))
            {
                NerTagger.TagRun(tags, first, end, NerTagger.MiscType); // "Clipper will orbit Jupiter": the craft, by its last word
            }
        }
    }

    /// <summary>Whether the document uses a word of stories about space (<c>planet</c>, <c>orbit</c>) or names two different
    /// celestial bodies (<c>Mercury and Venus</c>); one name alone may be a town's (<c>Jupiter, Fla.</c>).</summary>
    private static bool IsSpaceStory(NerDocument d)
    {
        ulong firstBody = 0;
        for (int i = 0; i < d.Count; i++)
        {
            ReadOnlySpan<char> w = d.Word(i);
            if (d.Cls[i] == NerDocument.ClsLower && CelestialNames.IsSpaceWord(w))
            {
                return true;
            }

            if (d.Cls[i] == NerDocument.ClsInitCap && (CelestialNames.Contains(w) || CelestialNames.IsAmbiguous(w)))
            {
                if (firstBody != 0 && d.Lower[i] != firstBody)
                {
                    return true;
                }

                firstBody = d.Lower[i];
            }
        }

        return false;
    }
}
