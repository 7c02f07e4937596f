namespace NewsNlp;

/// <summary>Countries and world regions a story concerns. Each place or nationality entity with a country code adds
/// its salience to its country; the dateline's country adds <see cref="DatelineWeight"/>. When no entity carries a
/// country code, country names, demonyms and capitals found in the text stand in (weighted by count and position).
/// Countries pass their weight to their regions (Asia, Europe, Middle East, North America, Latin America…); scores are
/// divided by the strongest region's so they lie in [0, 1].</summary>
internal static class RegionScorer
{
    public const double DatelineWeight = 0.3;
    public const double MinScore = 0.15;
    public const int MaxRegions = 8;

    public static RegionScore[] Score(ArticleText article, PageStructure structure, EntityResult entities)
    {
        PlaceIndex places = PlaceIndex.Default;
        var countries = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (Entity e in entities.Entities)
        {
            if (e.Type is EntityType.Location or EntityType.Nationality && e.CountryCode is { Length: 2 } cc && places.TryGetCountryInfo(cc, out _))
            {
                double w = Math.Clamp(e.Salience, 0.02, 1.0) * (e.Type == EntityType.Nationality ? 0.7 : 1.0);
                countries[cc] = countries.GetValueOrDefault(cc) + w;
            }
        }

        if (countries.Count == 0)
        {
            AddCountryWords(article, structure, places, countries);
        }

        if (structure.Dateline?.Country is { Length: 2 } dc && places.TryGetCountryInfo(dc, out _))
        {
            countries[dc] = countries.GetValueOrDefault(dc) + DatelineWeight;
        }

        if (countries.Count == 0)
        {
            return [];
        }

        var regions = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach ((string cc, double w) in countries)
        {
            foreach (string r in places.WorldRegionsOf(cc))
            {
                regions[r] = regions.GetValueOrDefault(r) + w;
            }
        }

        double max = 0;
        foreach (double w in regions.Values)
        {
            max = Math.Max(max, w);
        }

        if (max <= 0)
        {
            return [];
        }

        var list = new List<RegionScore>();
        foreach ((string r, double w) in regions)
        {
            list.Add(new RegionScore(r, null, Math.Round(Math.Min(1.0, w / max), 4)));
        }

        foreach ((string cc, double w) in countries)
        {
            places.TryGetCountryInfo(cc, out PlaceCountry country);
            list.Add(new RegionScore(country.Name, cc, Math.Round(Math.Min(1.0, w / max), 4)));
        }

        // Highest first; at equal scores world regions before countries, then by name.
        list.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score)
            : (a.Code is null) != (b.Code is null) ? (a.Code is null ? -1 : 1)
            : string.CompareOrdinal(a.Name, b.Name));
        var result = new List<RegionScore>(MaxRegions);
        for (int i = 0; i < list.Count && result.Count < MaxRegions; i++)
        {
            if (list[i].Score >= MinScore)
            {
                result.Add(list[i]);
            }
        }

        return [.. result];
    }

    /// <summary>Fallback when the entity stage gives no country codes: country names, demonyms and capitals in the
    /// text's words (<see cref="PlaceIndex.TryGetCountryWord"/>), phrases of up to
    /// <see cref="PlaceRules.MaxCountryPhraseWords"/> words that punctuation and line breaks do not cut.</summary>
    private static void AddCountryWords(ArticleText article, PageStructure structure, PlaceIndex places, Dictionary<string, double> countries)
    {
        string text = article.Text;
        Span<int> window = stackalloc int[PlaceRules.MaxCountryPhraseWords];
        int count = 0;
        int wordIndex = 0;
        int total = 0;
        int lastMatchEnd = -1;
        for (int t = 0; t < article.Tokens.Length; t++)
        {
            TokenFlags flags = article.Flags[t];
            if ((flags & (TokenFlags.Word | TokenFlags.Number)) == 0 || (flags & TokenFlags.Clitic) != 0)
            {
                count = 0; // punctuation or a clitic ('s) ends the phrase
                continue;
            }

            if ((flags & TokenFlags.LineStart) != 0)
            {
                count = 0;
            }

            if (count == window.Length)
            {
                window[1..].CopyTo(window);
                count--;
            }

            window[count++] = t;
            wordIndex++;
            if ((flags & TokenFlags.Capitalized) == 0)
            {
                continue;
            }

            int end = article.Tokens[t].End;
            for (int n = count; n >= 1; n--)
            {
                int start = article.Tokens[window[count - n]].Start;
                if (start < lastMatchEnd || !places.TryGetCountryWord(text.AsSpan(start, end - start), out string code))
                {
                    continue;
                }

                var span = TextSpan.FromBounds(start, end);
                if (structure.IsExcluded(span))
                {
                    break;
                }

                // Early mentions count more (the lede names the story's places).
                double w = 1.0 / (1.0 + (wordIndex / 150.0));
                countries[code] = countries.GetValueOrDefault(code) + w;
                total++;
                lastMatchEnd = end;
                break;
            }
        }

        if (total == 0)
        {
            return;
        }

        // Scale to salience-like weights: the most mentioned country gets about 0.6.
        double max = 0;
        foreach (double w in countries.Values)
        {
            max = Math.Max(max, w);
        }

        foreach (string cc in countries.Keys.ToArray())
        {
            countries[cc] = 0.6 * countries[cc] / max;
        }
    }
}
