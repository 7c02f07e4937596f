namespace NewsNlp.Tests.Support;

/// <summary>Test helpers over <see cref="Entity"/>.</summary>
internal static class EntityExtensions
{
    /// <summary>The mentions of <paramref name="entity"/> by name (<see cref="MentionKind.Name"/>), in text order: what the
    /// entity stage's folding and naming rules decide, without the nominals and pronouns the mention chains add.</summary>
    public static IEnumerable<Mention> NameMentions(this Entity entity) => entity.Mentions.Where(m => m.Kind == MentionKind.Name);
}
