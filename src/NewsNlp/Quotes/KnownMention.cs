namespace NewsNlp;

/// <summary>A name in the article the quote finder can resolve speakers to: an entity mention when the
/// entity stage ran, else a capitalized name found by the quote finder itself.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="End">Index after the last character.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="EntityId">The entity id, or <see langword="null"/> for a name the quote finder found itself.</param>
/// <param name="Kind">Person, organization or other.</param>
/// <param name="Gender">'m', 'f' or '\0' when unknown.</param>
/// <param name="Title">The title or role the article gave the person (<c>Prime Minister</c>, <c>the company's chief
/// executive</c>), or <see langword="null"/>; a nominal speaker (<c>the prime minister</c>) links through it.</param>
/// <param name="IsPlace">Whether the name is a place or nationality (<c>Ohio</c>, <c>British</c>): inside a longer
/// organization name it is a modifier, not the speaker.</param>
internal readonly record struct KnownMention(int Start, int End, string Name, int? EntityId, SpeakerKind Kind, char Gender, string? Title = null,
    bool IsPlace = false);
