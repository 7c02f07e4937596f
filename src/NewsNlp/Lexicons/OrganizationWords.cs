using static NewsNlp.OrganizationFacets;

namespace NewsNlp;

/// <summary>The English words that make a name an organization's (<c>Ministry</c>, <c>Inc.</c>, <c>Times</c>), the
/// newsroom words that name no person, and a few one-word organization names, each listed once with its
/// <see cref="OrganizationFacets"/>.</summary>
/// <remarks>Words are listed lower case and without their period; lookups ignore case and one trailing period
/// (<c>Corp.</c> and <c>CORP</c> are one word). A possessive (<c>ministry's</c>) is the reader's to strip.</remarks>
internal static class OrganizationWords
{
    private static readonly WordTable<OrganizationFacets> s_table = new(WordCasing.IgnoreCase,
    [
        // Government, politics and the law.
        ("ministry", Head | CommonNoun), ("department", Head | CommonNoun), ("dept", Head | Abbreviation), ("agency", Head | CommonNoun | Newsroom),
        ("office", Head | CommonNoun), ("bureau", Head), ("committee", Head | CommonNoun), ("council", Head | CommonNoun),
        ("commission", Head | CommonNoun), ("board", Head | CommonNoun), ("panel", CommonNoun), ("authority", Head),
        ("administration", Head | CommonNoun), ("government", Head | CommonNoun), ("govt", CommonNoun | Abbreviation), ("cabinet", Head),
        ("parliament", Head), ("congress", Head), ("senate", Head), ("house", Head), ("assembly", Head), ("court", Head | CommonNoun),
        ("tribunal", Head), ("party", Head | CommonNoun), ("campaign", Head | CommonNoun), ("secretariat", Head), ("embassy", Head),
        ("consulate", Head), ("service", Head), ("command", Head), ("guard", Head), ("guards", Head), ("corps", Head), ("army", Head | CommonNoun),
        ("navy", Head), ("force", Head), ("forces", Head), ("police", Head), ("military", CommonNoun), ("reserve", Head),

        // Associations and institutions.
        ("union", Head | CommonNoun), ("federation", Head), ("league", Head), ("alliance", Head), ("coalition", Head), ("movement", Head),
        ("front", Head), ("association", Head), ("assn", Head | Abbreviation), ("institute", Head), ("inst", Head | Abbreviation),
        ("foundation", Head), ("society", Head), ("trust", Head), ("fund", Head), ("bank", Head), ("exchange", Head), ("university", Head),
        ("univ", Head | Abbreviation), ("college", Head), ("school", Head), ("hospital", Head), ("church", Head), ("club", Head), ("fc", Head),
        ("team", Head | CommonNoun | Newsroom), ("group", Head | CommonNoun), ("center", Head), ("centre", Head), ("organization", Head | CommonNoun),
        ("organisation", Head), ("international", Head), ("intl", Head | Abbreviation),

        // Companies.
        ("company", Head | CommonNoun), ("firm", CommonNoun), ("holdings", Head), ("industries", Head), ("systems", Head),
        ("technologies", Head), ("communications", Head), ("securities", Head), ("capital", Head), ("partners", Head), ("airlines", Head),
        ("airways", Head), ("motors", Head), ("bancorp", Head),
        ("corp", CompanySuffix | Abbreviation), ("corporation", CompanySuffix), ("inc", CompanySuffix | Abbreviation),
        ("incorporated", CompanySuffix), ("ltd", CompanySuffix | Abbreviation), ("limited", CompanySuffix), ("plc", CompanySuffix),
        ("co", CompanySuffix | Abbreviation), ("cos", CompanySuffix | Abbreviation), ("bros", CompanySuffix | Abbreviation),
        ("llc", CompanySuffix), ("lp", CompanySuffix), ("llp", CompanySuffix), ("ag", CompanySuffix), ("sa", CompanySuffix),
        ("nv", CompanySuffix), ("gmbh", CompanySuffix), ("s.a", CompanySuffix | Abbreviation), ("n.v", CompanySuffix | Abbreviation),
        ("a.g", CompanySuffix | Abbreviation),

        // News outlets and newsrooms.
        ("news", Media | Newsroom), ("press", Media), ("post", Media), ("times", Media), ("journal", Media), ("tribune", Media),
        ("herald", Media), ("daily", Media), ("magazine", Media), ("media", Media | Newsroom), ("network", Head | Media | CommonNoun),
        ("wire", Media | Newsroom), ("television", Media), ("radio", Media), ("channel", Media), ("chronicle", Media), ("gazette", Media),
        ("guardian", Media), ("telegraph", Media), ("independent", Media), ("observer", Media), ("mail", Media), ("express", Media),
        ("insider", Media), ("today", Media), ("weekly", Media), ("standard", Media), ("globe", Media), ("review", Media), ("monitor", Media),
        ("report", Media | Newsroom), ("reports", Newsroom), ("newspaper", Media | CommonNoun), ("paper", CommonNoun),
        ("desk", Newsroom), ("online", Newsroom), ("staff", Newsroom), ("editor", Newsroom), ("editorial", Newsroom), ("newsroom", Newsroom),

        // One-word names.
        ("nato", Name), ("un", Name), ("u.n", Name | Abbreviation), ("eu", Name), ("fbi", Name), ("cia", Name), ("nasa", Name),
        ("pentagon", Name), ("kremlin", Name), ("gop", Name), ("dnc", Name), ("rnc", Name), ("abc", Name), ("cbs", Name), ("nbc", Name),
        ("fox", Name), ("msnbc", Name), ("bbc", Name), ("npr", Name), ("pbs", Name), ("politico", Name), ("axios", Name), ("newsweek", Name),
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
