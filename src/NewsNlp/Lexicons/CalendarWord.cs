namespace NewsNlp;

/// <summary>A calendar word's facets and number: the month (1 to 12), the weekday (Monday = 1 … Sunday = 7), or 0.</summary>
/// <param name="Facets">What the word is.</param>
/// <param name="Number">The month or weekday number, or 0.</param>
internal readonly record struct CalendarWord(CalendarFacets Facets, int Number);
