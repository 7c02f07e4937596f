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
        RegionTable table = RegionTable.Instance;
        var countries = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (Entity e in entities.Entities)
        {
            if (e.Type is EntityType.Location or EntityType.Nationality && e.CountryCode is { Length: 2 } cc && table.Countries.ContainsKey(cc))
            {
                double w = Math.Clamp(e.Salience, 0.02, 1.0) * (e.Type == EntityType.Nationality ? 0.7 : 1.0);
                countries[cc] = countries.GetValueOrDefault(cc) + w;
            }
        }

        if (countries.Count == 0)
        {
            AddGazetteerCountries(article.Text, structure, table, countries);
        }

        if (structure.Dateline?.Country is { Length: 2 } dc && table.Countries.ContainsKey(dc))
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
            foreach (string r in table.Countries[cc].Regions)
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
            list.Add(new RegionScore(table.Countries[cc].Name, cc, Math.Round(Math.Min(1.0, w / max), 4)));
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

    /// <summary>Fallback when the entity stage gives no country codes: exact-case country names, demonyms and capitals.</summary>
    private static void AddGazetteerCountries(string text, PageStructure structure, RegionTable table, Dictionary<string, double> countries)
    {
        int maxWords = table.MaxAliasWords;
        Span<int> starts = stackalloc int[maxWords];
        Span<int> ends = stackalloc int[maxWords];
        int window = 0;
        int pos = 0;
        int wordIndex = 0;
        int total = 0;
        int lastMatchEnd = -1;
        while (WordScanner.Next(text, ref pos, out int start, out int length, out bool brk))
        {
            if (brk)
            {
                window = 0;
            }

            if (window == maxWords)
            {
                for (int i = 1; i < maxWords; i++)
                {
                    starts[i - 1] = starts[i];
                    ends[i - 1] = ends[i];
                }

                window--;
            }

            starts[window] = start;
            ends[window] = start + length;
            window++;
            wordIndex++;
            if (!char.IsUpper(text[start]))
            {
                continue;
            }

            for (int n = window; n >= 1; n--)
            {
                int s = starts[window - n];
                if (s < lastMatchEnd)
                {
                    continue;
                }

                ReadOnlySpan<char> phrase = text.AsSpan(s, start + length - s);
                if (!table.AliasLookup.TryGetValue(phrase, out string? code) && !TryPossessive(table, phrase, out code))
                {
                    continue;
                }

                var span = new TextSpan(s, start + length - s);
                if (structure.IsExcluded(span))
                {
                    break;
                }

                // Early mentions count more (the lede names the story's places).
                double w = 1.0 / (1.0 + (wordIndex / 150.0));
                countries[code!] = countries.GetValueOrDefault(code!) + w;
                total++;
                lastMatchEnd = span.End;
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

    private static bool TryPossessive(RegionTable table, ReadOnlySpan<char> phrase, out string? code)
    {
        code = null;
        if (phrase.Length > 3 && phrase[^2] is '\'' or '\u2019' && phrase[^1] == 's')
        {
            return table.AliasLookup.TryGetValue(phrase[..^2], out code);
        }

        return false;
    }
}
