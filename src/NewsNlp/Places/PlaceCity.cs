namespace NewsNlp;

/// <summary>A city as a dateline names it (see <see cref="PlaceIndex.TryGetCity"/>).</summary>
/// <param name="Name">The city's usual spelling under the key that matched (<c>St. Louis</c>, <c>Winston-Salem</c>).</param>
/// <param name="Country">The ISO 3166-1 alpha-2 country code.</param>
internal readonly record struct PlaceCity(string Name, string Country);
