namespace NewsNlp;

/// <summary>What a word of <see cref="Titles"/> is: the facets the entity, quote and keyword stages ask about.</summary>
[Flags]
internal enum TitleFacets
{
    /// <summary>Not a title word.</summary>
    None = 0,

    /// <summary>A courtesy word written right before a name, dropped from the name: Mr., Mrs., Dr., Sir, Madam.</summary>
    Honorific = 1 << 0,

    /// <summary>The noun a title of office, rank or role is built on; a title needs one: president, minister, Sen.,
    /// general, spokesman, coach.</summary>
    Head = 1 << 1,

    /// <summary>A rank word inside a title: vice, deputy, assistant, prime, senior, chief.</summary>
    Rank = 1 << 2,

    /// <summary>A ministry's or department's field inside a title: foreign, defense, finance, state, homeland.</summary>
    Portfolio = 1 << 3,

    /// <summary>A body or party inside a title: House, Senate, White, opposition, majority, Democratic.</summary>
    Body = 1 << 4,

    /// <summary>When the title was held: former, then, acting, interim, incoming, outgoing.</summary>
    Tenure = 1 << 5,

    /// <summary>A role written before a name like a title, but no office: actor, striker, champion, official.</summary>
    Occupation = 1 << 6,

    /// <summary>A newsroom role: reporter, correspondent, editor, columnist.</summary>
    Journalist = 1 << 7,

    /// <summary>A person noun that is no title but tells gender: man, woman, mother, husband.</summary>
    PersonNoun = 1 << 8,

    /// <summary>Part of a name rather than a title: Jr., Sr., St.</summary>
    NameAffix = 1 << 9,

    /// <summary>The word is an abbreviation, written with a period: Sen., Gov., Lt., Dr.</summary>
    Abbreviation = 1 << 10,

    /// <summary>A plural: Messrs., Sens., spokesmen.</summary>
    Plural = 1 << 11,

    /// <summary>Said only of men: Mr., Sir, king, congressman.</summary>
    Male = 1 << 12,

    /// <summary>Said only of women: Mrs., Ms., Dame, queen, spokeswoman.</summary>
    Female = 1 << 13,

    /// <summary>Any word that qualifies a head inside a title.</summary>
    Modifier = Rank | Portfolio | Body | Tenure,
}
