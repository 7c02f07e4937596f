namespace NewsNlp;

/// <summary>A piece of the article: its text and where it is.</summary>
/// <param name="Text">The text, exactly as in the input.</param>
/// <param name="Span">Where it is in the input.</param>
public sealed record TextSegment(string Text, TextSpan Span);

/// <summary>The credit line of an article: <c>By Associated Press</c>, <c>By JANE DOE, Reuters</c>.</summary>
/// <param name="Text">The credit line as written.</param>
/// <param name="Span">Where it is in the input.</param>
/// <param name="Authors">The authors named, in order; empty when only an agency is credited.</param>
/// <param name="Agency">The normalized agency (<c>AP</c>, <c>Reuters</c>, <c>AFP</c>…), or <see langword="null"/>.</param>
/// <remarks>Equality compares the authors' contents, in order.</remarks>
public sealed record Byline(string Text, TextSpan Span, IReadOnlyList<string> Authors, string? Agency)
{
    /// <inheritdoc/>
    public bool Equals(Byline? other) => other is not null && Text == other.Text && Span == other.Span
        && ListEquality.Equal(Authors, other.Authors) && Agency == other.Agency;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Text, Span, ListEquality.Hash(Authors), Agency);
}

/// <summary>The dateline that opens a wire story: <c>TAIPEI, Taiwan (AP) —</c>.</summary>
/// <param name="Text">The dateline as written, including its closing dash.</param>
/// <param name="Span">Where it is in the input.</param>
/// <param name="City">The city in title case (<c>Taipei</c>), or <see langword="null"/> when the dateline names only
/// an agency (<c>(Reuters) —</c>) or a date (<c>Feb. 3, 2015 --</c>).</param>
/// <param name="Region">The state, province or country written after the city, or <see langword="null"/>.</param>
/// <param name="Country">The ISO 3166-1 alpha-2 country code, or <see langword="null"/> when unknown.</param>
/// <param name="Agency">The normalized agency (<c>AP</c>, <c>Reuters</c>…), or <see langword="null"/>.</param>
/// <param name="Date">The date as written in the dateline (<c>June 14</c>), or <see langword="null"/>.</param>
public sealed record Dateline(string Text, TextSpan Span, string? City, string? Region, string? Country, string? Agency, string? Date);

/// <summary>The type of a named entity.</summary>
public enum EntityType
{
    /// <summary>A person.</summary>
    Person,
    /// <summary>An organization: companies, agencies, ministries, parties, teams.</summary>
    Organization,
    /// <summary>A place: country, city, region, geographic feature.</summary>
    Location,
    /// <summary>A nationality or demonym (<c>Chinese</c>).</summary>
    Nationality,
    /// <summary>Other names: events, laws, products, works.</summary>
    Misc,
}

/// <summary>How a mention refers to its entity.</summary>
public enum MentionKind
{
    /// <summary>By name: the full name, a surname, an honorific form or an alias (<c>Antony Blinken</c>, <c>Blinken</c>,
    /// <c>Mr. Blinken</c>).</summary>
    Name,
    /// <summary>By a description the article tied to the entity: a title or role (<c>the secretary of state</c>) or the
    /// kind of organization (<c>the company</c>, <c>the ministry</c>).</summary>
    Nominal,
    /// <summary>By a pronoun (<c>he</c>, <c>her</c>, <c>its</c>).</summary>
    Pronoun,
}

/// <summary>One occurrence of an entity in the text.</summary>
/// <param name="Text">The words as written.</param>
/// <param name="Span">Where they are in the input.</param>
public sealed record Mention(string Text, TextSpan Span)
{
    /// <summary>Gets how the mention refers to its entity: by name (the default), by a nominal or by a pronoun.</summary>
    public MentionKind Kind { get; init; }
}

/// <summary>A person, organization, place, nationality or other named thing, with every mention of it folded together.</summary>
/// <param name="Id">Stable identifier within one analysis (0, 1, 2…); quotes refer to it.</param>
/// <param name="Name">The canonical name: the most complete proper form in the article (<c>Antony Blinken</c>).</param>
/// <param name="Type">The entity type.</param>
/// <param name="Salience">How central the entity is to the article, in [0, 1].</param>
/// <param name="Title">The title or role given in the text (<c>U.S. Secretary of State</c>), or <see langword="null"/>.</param>
/// <param name="Mentions">Every mention, in text order.</param>
/// <param name="CountryCode">For places and nationalities, the ISO 3166-1 alpha-2 country code when known.</param>
/// <remarks>Equality compares the mentions' contents, in order.</remarks>
public sealed record Entity(int Id, string Name, EntityType Type, double Salience, string? Title, IReadOnlyList<Mention> Mentions, string? CountryCode)
{
    /// <summary>Gets a value indicating whether the entity is a person named only in the byline or closing credit
    /// (an author, a contributor, an editor): no part of the story, so its <see cref="Salience"/> is 0 and keywords
    /// leave it out.</summary>
    public bool IsCredit { get; init; }

    /// <inheritdoc/>
    public bool Equals(Entity? other) => other is not null && Id == other.Id && Name == other.Name && Type == other.Type
        && Salience.Equals(other.Salience) && Title == other.Title && CountryCode == other.CountryCode && IsCredit == other.IsCredit
        && ListEquality.Equal(Mentions, other.Mentions);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, Type, Salience, Title, CountryCode, IsCredit, ListEquality.Hash(Mentions));
}

/// <summary>How a statement is quoted.</summary>
public enum QuoteKind
{
    /// <summary>A whole quoted sentence or more.</summary>
    Direct,
    /// <summary>A quoted fragment inside reported speech.</summary>
    Partial,
    /// <summary>Reported speech without quotation marks.</summary>
    Indirect,
}

/// <summary>A statement the article attributes: what was said, by whom, and how.</summary>
/// <param name="Text">The quoted or reported words (with their quotation marks for direct and partial quotes).</param>
/// <param name="Span">Where they are in the input.</param>
/// <param name="Kind">Direct, partial or indirect.</param>
/// <param name="Speaker">The speaker's canonical entity name, or the speaker's own words when no entity, or <see langword="null"/>.</param>
/// <param name="SpeakerEntityId">The <see cref="Entity.Id"/> of the speaker, when the speaker is an entity.</param>
/// <param name="SpeakerMention">The words in the text that name the speaker for this quote (pronouns included), or <see langword="null"/>.</param>
/// <param name="Cue">The reporting verb as written (<c>said</c>, <c>urged</c>) or <c>according to</c>, or <see langword="null"/>.</param>
/// <param name="Confidence">How sure the quote is, in [0, 1]: the share of quotes of its kind, with a speaker found the
/// same way (a name, a pronoun, other words, none), that were a real attribution with the right speaker on the PolNeAR
/// training articles (the README's Quotes section has the table and the dev-split check). Keep quotes above a cut to
/// trade recall for precision: 0.8 keeps direct and partial quotes with an entity speaker and reported speech by a
/// named or pronoun speaker.</param>
public sealed record Quote(string Text, TextSpan Span, QuoteKind Kind, string? Speaker, int? SpeakerEntityId, Mention? SpeakerMention, string? Cue, double Confidence);

/// <summary>A subject the story is about, from the IPTC Media Topics top level.</summary>
/// <param name="Code">The IPTC code (<c>medtop:11000000</c>).</param>
/// <param name="Label">IPTC's English label (<c>politics</c>).</param>
/// <param name="Score">Confidence in [0, 1].</param>
public sealed record TopicScore(string Code, string Label, double Score);

/// <summary>A key phrase of the story.</summary>
/// <param name="Text">The phrase.</param>
/// <param name="Score">Its weight in [0, 1]; higher is more central.</param>
public sealed record Keyword(string Text, double Score);

/// <summary>A country or world region the story concerns.</summary>
/// <param name="Name">The region name (<c>Asia</c>, <c>North America</c>) or country name.</param>
/// <param name="Code">The ISO 3166-1 alpha-2 code for a country, or <see langword="null"/> for a world region.</param>
/// <param name="Score">Weight in [0, 1] from the salience of the places that point to it.</param>
public sealed record RegionScore(string Name, string? Code, double Score);
