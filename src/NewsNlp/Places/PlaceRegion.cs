namespace NewsNlp;

/// <summary>A state, province or country a dateline can name after its city (see <see cref="PlaceIndex.TryGetRegion"/>).</summary>
/// <param name="Name">The full name (<c>Massachusetts</c> for <c>Mass.</c>), or the name as the index spells it.</param>
/// <param name="Country">The ISO 3166-1 alpha-2 country code, or <see langword="null"/> when regions of several
/// countries share the name.</param>
internal readonly record struct PlaceRegion(string Name, string? Country);
