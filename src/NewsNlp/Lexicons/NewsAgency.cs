namespace NewsNlp;

/// <summary>A news agency: the short form a byline or dateline is normalized to, its full name, and the ways it is
/// written.</summary>
/// <param name="Code">The normalized form: <c>AP</c>, <c>Reuters</c>, <c>AFP</c>, <c>dpa</c>.</param>
/// <param name="Name">The full name: <c>Associated Press</c>, <c>Agence France-Presse</c> (the code when the agency
/// goes by it).</param>
/// <param name="Aliases">Every written form, the code and the name included.</param>
internal sealed record NewsAgency(string Code, string Name, string[] Aliases);
