namespace NewsNlp;

/// <summary>What a word of <see cref="OrganizationWords"/> is.</summary>
[Flags]
internal enum OrganizationFacets
{
    /// <summary>Not an organization word.</summary>
    None = 0,

    /// <summary>A noun that heads or ends an organization's name: Ministry, Department, Committee, Party, University,
    /// Bank, Holdings.</summary>
    Head = 1 << 0,

    /// <summary>A company's legal form after its name: Inc., Corp., Ltd., LLC, PLC, AG, GmbH, S.A.</summary>
    CompanySuffix = 1 << 1,

    /// <summary>A word that ends a news outlet's name: Post, Times, Journal, Tribune, Herald, Television.</summary>
    Media = 1 << 2,

    /// <summary>Site furniture that names a desk, not a person: News, Desk, Online, Staff, Newsroom, Wire.</summary>
    Newsroom = 1 << 3,

    /// <summary>A lower-case noun that stands alone for an organization: "the company said", "the ministry", "the
    /// campaign".</summary>
    CommonNoun = 1 << 4,

    /// <summary>The one-word name of a well-known organization: NATO, Pentagon, Kremlin, NBC. News agencies are
    /// in <see cref="Agencies"/>.</summary>
    Name = 1 << 5,

    /// <summary>The word is an abbreviation, written with a period: Corp., Inc., Dept.</summary>
    Abbreviation = 1 << 6,

    /// <summary>A noun that ends a company's or a group's name and no person's: Holdings, Industries, Productions,
    /// Studios, Brothers. A name the tagger took for a person's ("Dick Clark Productions") is an organization.</summary>
    Company = 1 << 7,

    /// <summary>A lower-case noun that makes a leader's name an institution: "the Trump administration", "the Obama
    /// campaign", "the Assad regime".</summary>
    Leadership = 1 << 8,

    /// <summary>A lower-case noun that makes a country's, people's or party's name an institution: "the Chinese
    /// government", "the US military", "the Communist party", "the Syrian army".</summary>
    StateBody = 1 << 9,
}
