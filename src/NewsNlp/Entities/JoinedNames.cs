namespace NewsNlp;

/// <summary>Two names the tagger ran together over "and": "the United Nations and European Union", "the World Bank and
/// International Monetary Fund" came out as one organization. A tagged name with "and" inside whose two sides are each
/// a listed organization (<see cref="KnownOrganizations"/>, <see cref="EntityAliases"/>) or a well-known place is split
/// in two, each typed by what it is; "Securities and Exchange Commission", "Procter and Gamble" and "Merrill Lynch and
/// Co" have a side that is neither and stay whole (so do the World Bank and the IMF, which no list holds).</summary>
internal static class JoinedNames
{
    /// <summary>Splits the joined names of <paramref name="d"/>.</summary>
    /// <param name="d">The tagged document.</param>
    /// <param name="tags">Its tags (<see cref="NerTagger.TagNames"/>), changed in place.</param>
    /// <param name="gazetteer">The gazetteer, for the places.</param>
    /// <param name="organizations">The listed organizations.</param>
    public static void Split(NerDocument d, byte[] tags, Gazetteer gazetteer, KnownOrganizations organizations)
    {
        for (int first = 0; first < tags.Length; first++)
        {
            if (!NerTagger.IsBegin(tags[first]))
            {
                continue;
            }

            int end = NerTagger.RunEnd(tags, first);
            for (int k = first + 1; k + 1 < end; k++)
            {
                if (!d.Word(k).SequenceEqual("and") || organizations.IsListedSpan(Span(d, first, end)))
                {
                    continue;
                }

                int left = TypeOf(Span(d, first, k), gazetteer, organizations);
                int right = TypeOf(Span(d, k + 1, end), gazetteer, organizations);
                if (left > 0 && right > 0)
                {
                    NerTagger.TagRun(tags, first, k, left);
                    tags[k] = NerTagger.O;
                    NerTagger.TagRun(tags, k + 1, end, right);
                }

                break;
            }

            first = end - 1;
        }
    }

    private static ReadOnlySpan<char> Span(NerDocument d, int first, int end) =>
        d.Text.AsSpan(d.Words[first].Start, d.Words[end - 1].End - d.Words[first].Start);

    /// <summary>The tag type of a listed organization, an alias table's organization or place ("United Nations",
    /// "European Union") or a well-known place's name, else 0.</summary>
    private static int TypeOf(ReadOnlySpan<char> name, Gazetteer gazetteer, KnownOrganizations organizations)
    {
        if (organizations.IsListedSpan(name))
        {
            return NerTagger.OrganizationType;
        }

        if (EntityAliases.TryGet(name, out _, out EntityType type, out _) && type is EntityType.Organization or EntityType.Location)
        {
            return type == EntityType.Organization ? NerTagger.OrganizationType : NerTagger.LocationType;
        }

        return !name.ContainsAny('\n', '\r') && gazetteer.IsPlaceName(name) ? NerTagger.LocationType : 0;
    }
}
