namespace NewsNlp;

/// <summary>A resolved speaker.</summary>
/// <param name="Name">The canonical name or the speaker's own words on one line (a line break or double space in
/// hard-wrapped text becomes one space; the mention keeps the text as written); <see langword="null"/> when unresolved.</param>
/// <param name="EntityId">The entity id when the speaker is an entity.</param>
/// <param name="Mention">The words in the sentence that name the speaker.</param>
/// <param name="Kind">Person, organization or group.</param>
/// <param name="Gender">'m', 'f' or '\0'.</param>
internal sealed record SpeakerInfo(string? Name, int? EntityId, Mention? Mention, SpeakerKind Kind, char Gender)
{
    /// <summary>Gets the speaker's name on one line.</summary>
    public string? Name { get; init; } = Name is null ? null : CharScan.OneLine(Name);
}
