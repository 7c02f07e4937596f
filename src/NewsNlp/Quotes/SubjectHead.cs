namespace NewsNlp;

/// <summary>What a frame word can head as the subject of a reporting cue (<see cref="SubjectFinder.HeadOf"/>).</summary>
internal enum SubjectHead
{
    /// <summary>Not a subject head.</summary>
    None,

    /// <summary>A capitalized name (<c>Blinken</c>, <c>State Department</c>).</summary>
    Name,

    /// <summary>A pronoun (<c>he</c>, <c>it</c>, <c>who</c>).</summary>
    Pronoun,

    /// <summary>A speaker noun (<c>spokesman</c>, <c>officials</c>, <c>ministry</c>).</summary>
    Nominal,
}
