namespace NewsNlp;

/// <summary>Names the story describes as organizations, which the tagger read as people or places because it never saw
/// them: a workplace after a role and "at" ("equity strategist at Miller Tabak", "Stuart Quint, an analyst at
/// Gartmore"; <see cref="NonPersonShapes.IsAfterRoleAt"/>), or a name an appositive calls a kind of organization
/// ("Ascom, a global solutions provider", "Crowdpac, a start-up that tracks donations";
/// <see cref="NonPersonShapes.IsFollowedByKindAppositive"/>).</summary>
internal static class DescribedOrganizations
{
    /// <summary>Retypes as organizations the clusters one of whose mentions is so described: a "person" whose mentions no
    /// given name starts, or a "place" that no gazetteer lists ("a vice president at Texas" stays a place: the tagger
    /// cut "Texas Instruments" short, and a known place is the safer reading). A place's appositive counts only when no
    /// preposition comes before the place: "In San Francisco, a group of marchers" describes no place.</summary>
    public static void Retype(string text, List<EntityCluster> clusters, PlaceIndex places)
    {
        HashSet<string>? retyped = null;
        foreach (EntityCluster c in clusters)
        {
            if (c.Type is not (EntityType.Person or EntityType.Location) || c.Canonical is not null || c.Mentions.Count == 0)
            {
                continue;
            }

            bool person = c.Type == EntityType.Person;
            bool described = false;
            foreach (EntityMention m in c.Mentions)
            {
                described |= NonPersonShapes.IsAfterRoleAt(text, m.Span.Start)
                    || (NonPersonShapes.IsFollowedByKindAppositive(text, m.Span.End) && (person || !NonPersonShapes.IsAfterPreposition(text, m.Span.Start)));
            }

            if (described && !IsExcluded(c, person, places))
            {
                c.Retype(EntityType.Organization);
                (retyped ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(EntityNaming.StripThe(c.Mentions[0].Text));
            }
        }

        if (retyped is not null)
        {
            EntityFolder.MergeSameOrganization(clusters, retyped.Contains); // "Sahlen" the person and "Sahlen" the company
        }
    }

    /// <summary>Whether a described cluster stays as it is: a person a given name starts, or a known place.</summary>
    private static bool IsExcluded(EntityCluster c, bool person, PlaceIndex places)
    {
        foreach (EntityMention m in c.Mentions)
        {
            if (person ? m.GivenNameFirst : places.Find(m.Text) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
