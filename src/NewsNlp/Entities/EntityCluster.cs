namespace NewsNlp;

/// <summary>The mentions folded into one entity while entities are being built (per call, mutable).</summary>
internal sealed class EntityCluster
{
    public EntityCluster(EntityType type, string? canonical)
    {
        Type = type;
        Canonical = canonical;
    }

    public List<EntityMention> Mentions { get; } = [];

    public EntityType Type { get; set; }

    /// <summary>A fixed canonical name from the alias table, if any.</summary>
    public string? Canonical { get; }

    public string Name { get; set; } = string.Empty;

    public string? Title { get; set; }

    public string? CountryCode { get; set; }

    public double Score { get; set; }

    /// <summary>A person named only in the credit line (<see cref="CreditNames"/>).</summary>
    public bool Credit { get; set; }

    public int FirstStart => Mentions.Count > 0 ? Mentions[0].Span.Start : int.MaxValue;

    /// <summary>Gives the cluster and every mention in it the type <paramref name="type"/>.</summary>
    public void Retype(EntityType type)
    {
        Type = type;
        foreach (EntityMention m in Mentions)
        {
            m.Type = type;
        }
    }

    public void Add(EntityMention m)
    {
        m.Cluster = this;
        Mentions.Add(m);
    }
}
