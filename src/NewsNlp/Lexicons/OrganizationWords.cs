using static NewsNlp.OrganizationFacets;

namespace NewsNlp;

/// <summary>The English words that make a name an organization's (<c>Ministry</c>, <c>Inc.</c>, <c>Times</c>), the
/// newsroom words that name no person, and a few one-word organization names, each listed once with its
/// <see cref="OrganizationFacets"/>.</summary>
/// <remarks>Words are listed lower case and without their period; lookups ignore case and one trailing period
/// (<c>Corp.</c> and <c>CORP</c> are one word). A possessive (<c>ministry's</c>) is the reader's to strip.</remarks>
internal static class OrganizationWords
{
    private static readonly WordTable<OrganizationFacets> s_table = WordTable<OrganizationFacets>.Grouped(WordCasing.IgnoreCase,
    [
        // Government, politics and the law.
        (Head | CommonNoun,
            "ministry department office committee council commission board court"),
        (Head | CommonNoun | StateBody, "party army"),
        (Head | CommonNoun | Leadership | StateBody, "administration government"), (Head | CommonNoun | Leadership, "campaign"),
        (Leadership | StateBody, "regime"),
        (Head | Abbreviation, "dept"), (Head | CommonNoun | Newsroom, "agency"),
        (Head,
            "bureau authority cabinet parliament congress senate house assembly tribunal secretariat embassy " +
            "consulate service command guard guards corps force forces reserve"),
        (Head | StateBody, "navy police"),
        (CommonNoun, "panel"), (CommonNoun | StateBody, "military"), (CommonNoun | Abbreviation, "govt"),

        // Associations and institutions.
        (Head | CommonNoun, "union group organization"),
        (Head,
            "federation league alliance coalition movement front association institute foundation society " +
            "trust fund bank exchange university college school hospital church club fc center centre " +
            "organisation international"),
        (Head | Abbreviation, "assn inst univ intl"), (Head | CommonNoun | Newsroom, "team"),

        // Companies.
        (Head | CommonNoun, "company"), (CommonNoun, "firm"),
        (Head | Company,
            "holdings industries systems technologies communications securities partners airlines airways motors " +
            "bancorp productions studios entertainment pictures brothers"),
        (Head, "capital"),
        (CompanySuffix | Abbreviation, "corp inc ltd co cos bros s.a n.v a.g"),
        (CompanySuffix, "corporation incorporated limited plc llc lp llp ag sa nv gmbh"),

        // News outlets and newsrooms.
        (Media | Newsroom, "news media wire report"),
        (Media,
            "press post times journal tribune herald daily magazine television radio channel chronicle " +
            "gazette guardian telegraph independent observer mail express insider today weekly standard " +
            "globe review monitor"),
        (Head | Media | CommonNoun, "network"), (Newsroom, "reports desk online staff editor editorial newsroom"),
        (Media | CommonNoun, "newspaper"), (CommonNoun, "paper"),

        // One-word names.
        (Name,
            "nato un eu fbi cia nasa pentagon kremlin gop dnc rnc abc cbs nbc fox msnbc bbc npr pbs politico " +
            "axios newsweek"),
        (Name | Abbreviation, "u.n"),
    ]);

    /// <summary>Gets every organization word with its facets, in the order listed.</summary>
    public static WordTable<OrganizationFacets> Words => s_table;

    /// <summary>The facets of <paramref name="word"/>, written with or without one trailing period, in any case;
    /// <see cref="None"/> when it is no organization word. Does not allocate.</summary>
    public static OrganizationFacets Of(ReadOnlySpan<char> word)
    {
        if (word.Length > 1 && word[^1] == '.')
        {
            word = word[..^1];
        }

        return s_table.GetValueOrDefault(word);
    }

    /// <summary>Whether <paramref name="word"/> has any of the facets <paramref name="any"/>.</summary>
    public static bool Is(ReadOnlySpan<char> word, OrganizationFacets any) => (Of(word) & any) != 0;
}
