namespace NewsNlp;

/// <summary>Names written as someone's workplace are organizations: after a role and "at" ("equity strategist at Miller
/// Tabak", "Stuart Quint, an analyst at Gartmore", "chief US economist at High Frequency Economics"), where the tagger
/// read a firm it never saw as a person or a place. The role is a title, occupation or newsroom word
/// (<see cref="NonPersonShapes.IsAfterRoleAt"/>).</summary>
internal static class WorkplaceNames
{
    /// <summary>Retypes as organizations the clusters one of whose mentions follows a role and "at": a "person" whose
    /// mentions no given name starts, or a "place" that no gazetteer lists ("a vice
    /// president at Texas" stays a place: the tagger cut "Texas Instruments" short, and a known place is the safer
    /// reading).</summary>
    public static void Retype(string text, List<EntityCluster> clusters, PlaceIndex places)
    {
        foreach (EntityCluster c in clusters)
        {
            if (c.Type is not (EntityType.Person or EntityType.Location) || c.Canonical is not null || c.Mentions.Count == 0)
            {
                continue;
            }

            bool workplace = false, excluded = false;
            foreach (EntityMention m in c.Mentions)
            {
                excluded |= c.Type == EntityType.Person ? m.GivenNameFirst : places.Find(m.Text) >= 0;
                workplace |= NonPersonShapes.IsAfterRoleAt(text, m.Span.Start);
            }

            if (!workplace || excluded)
            {
                continue;
            }

            c.Retype(EntityType.Organization);
        }
    }
}
