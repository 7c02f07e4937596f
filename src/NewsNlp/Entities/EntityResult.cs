namespace NewsNlp;

/// <summary>What the entity stage found: the entities, most salient first. Immutable.</summary>
internal sealed class EntityResult
{
    /// <summary>No entities (the stage is off or the text has no words).</summary>
    public static readonly EntityResult None = new([]);

    public EntityResult(Entity[] entities) => Entities = entities;

    /// <summary>Gets the entities, most salient first; an entity's <see cref="Entity.Id"/> is its index here.</summary>
    public Entity[] Entities { get; }
}
