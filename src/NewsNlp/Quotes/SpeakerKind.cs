namespace NewsNlp;

/// <summary>What sort of speaker a name or phrase is, for pronoun resolution.</summary>
internal enum SpeakerKind
{
    /// <summary>Not known.</summary>
    Unknown,

    /// <summary>A person (resolves <c>he</c> and <c>she</c>).</summary>
    Person,

    /// <summary>An organization, government or document (resolves <c>it</c>, <c>they</c>).</summary>
    Organization,

    /// <summary>A group of people (<c>officials</c>; resolves <c>they</c>).</summary>
    Group,
}
