namespace NewsNlp;

/// <summary>A state, province or country a dateline can name after its city.</summary>
/// <param name="Name">The full name (<c>Massachusetts</c> for <c>Mass.</c>).</param>
/// <param name="Country">The ISO 3166-1 alpha-2 country code, or <see langword="null"/> when the name is ambiguous.</param>
/// <param name="PostalOnly">Whether this entry is a two-letter postal code that counts only in capitals.</param>
internal readonly record struct PlaceRegion(string Name, string? Country, bool PostalOnly);
