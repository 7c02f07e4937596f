namespace NewsNlp;

/// <summary>Takes a <see cref="DatelineCandidate"/> as the dateline or not, and builds the <see cref="Dateline"/>.</summary>
/// <remarks>A city in capitals is the common wire form and needs little more; a capitalized city also opens
/// ordinary sentences (<c>Taipei is</c>), so it needs an agency, a known place with a date or region, or a
/// real dash after a known city.</remarks>
internal static class DatelineDecision
{
    /// <summary>Whether <paramref name="c"/> is a dateline.</summary>
    /// <param name="text">The text the candidate was read from.</param>
    /// <param name="c">The candidate.</param>
    /// <returns>Whether to take it.</returns>
    public static bool Accept(string text, in DatelineCandidate c)
    {
        if (!c.HasCity)
        {
            return c.AtLineStart && (c.HasAgency || c.HasDate); // DatelineOpener reads only its narrow forms
        }

        if (c.DateWithoutComma && !c.CityKnown)
        {
            return false; // "ROTTERDAM PORT SUBSIDY TO END JULY 1 -" is a headline
        }

        if (!c.AllCaps && c.HasAgency && !c.AgencyKnown && !c.CityKnown)
        {
            return false; // "Evans and Sutherland Computer Corp (ESCC) -" is a company and its ticker
        }

        if (c.NotCity)
        {
            return false;
        }

        if (c.LineAlone)
        {
            // A place alone above the body is a dateline only when the gazetteer knows it, and its region, if any, is
            // the city's: "Pittsburgh", "BAAR, SWITZERLAND"; not a section label or a one-word title.
            return c.CityKnown && (!c.HasRegion || (c.RegionKnown && c.Country == c.City.Country));
        }

        return c.AllCaps ? AcceptCapitals(text, c) : AcceptCapitalized(text, c);
    }

    /// <summary>Builds the dateline of an accepted candidate.</summary>
    public static Dateline ToDateline(string text, in DatelineCandidate c)
    {
        ReadOnlySpan<char> cityText = text.AsSpan(c.Start, c.CityEnd - c.Start);
        string? cityName = !c.HasCity ? null : c.AllCaps
            ? (c.CityKnown && c.City.Name.Length == cityText.Length ? c.City.Name : NameCasing.TitleCase(cityText))
            : cityText.ToString();
        string? date = c.HasDate ? text[c.DateStart..c.DateEnd] : null;
        return new Dateline(text[c.Start..c.DashEnd], TextSpan.FromBounds(c.Start, c.DashEnd), cityName, c.RegionName, c.Country, c.Agency, date);
    }

    /// <summary>A city in capitals: <c>TAIPEI, Taiwan (AP) —</c>, <c>WASHINGTON —</c>, <c>LONDON:</c>.</summary>
    private static bool AcceptCapitals(string text, in DatelineCandidate c)
    {
        if (c.Colon)
        {
            return c.CityKnown && !c.HasRegion && !c.HasDate;
        }

        if (c.Strong)
        {
            return true;
        }

        if (!c.AtLineStart)
        {
            return false;
        }

        // "NASA —", "FBI —": a short acronym that no gazetteer knows is no city.
        if (!c.CityKnown && c.CityEnd - c.Start <= DatelineRules.MaxAcronymLength && c.CityWords == 1)
        {
            return false;
        }

        // A known city, or up to three words with prose after the dash on the same line ("SMALLVILLE — The");
        // a capitalized headline ending in a dash ("ECONOMIC SPOTLIGHT -") is neither.
        return BodyFollows(text, c.DashEnd) && (c.CityKnown || c.CityWords <= DatelineRules.MaxUnknownCapsCityWords);
    }

    /// <summary>A capitalized city: the evidence must be stronger, since ordinary sentences start that way.</summary>
    private static bool AcceptCapitalized(string text, in DatelineCandidate c)
    {
        if (c.HasAgency)
        {
            return true;
        }

        if (!c.AtLineStart)
        {
            return false;
        }

        if (c.Colon)
        {
            // "Washington, DC, United States: Getting to …": a known city and region, then a sentence, not a title.
            return c.RegionKnown && c.CityKnown && ProseWords(text, c.DashEnd) >= DatelineRules.MinColonBodyWords;
        }

        if (c.RegionKnown && (c.CityKnown || c.HasDate))
        {
            return true;
        }

        if (c.HasDate && c.CityKnown)
        {
            return true;
        }

        // "Taipei —": a known city, nothing else, and a real dash (not a hyphen).
        return !c.HasRegion && c.CityKnown && text[c.DashStart] is '\u2014' or '\u2013' or '\u2015';
    }

    /// <summary>The number of words after <paramref name="from"/> on its line that start in lower case, up to
    /// <see cref="DatelineRules.MinColonBodyWords"/>: a sentence has many, a title ("Paris, France: A Guide To
    /// The City") few.</summary>
    internal static int ProseWords(string text, int from)
    {
        int words = 0;
        for (int i = from; i + 1 < text.Length && text[i] != '\n' && words < DatelineRules.MinColonBodyWords; i++)
        {
            if (text[i] == ' ' && char.IsLower(text[i + 1]))
            {
                words++;
            }
        }

        return words;
    }

    /// <summary>Whether body prose (a lower-case letter) follows on the same line, within a few words.</summary>
    private static bool BodyFollows(string text, int from)
    {
        int end = Math.Min(text.Length, from + DatelineRules.BodyFollowsWindow);
        for (int i = from; i < end && text[i] != '\n'; i++)
        {
            if (char.IsLower(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
