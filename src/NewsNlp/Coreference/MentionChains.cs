namespace NewsNlp;

/// <summary>Mention chains: every entity's mentions by name, by nominal (<c>the prime minister</c>, <c>the company</c>)
/// and by pronoun (<c>he</c>, <c>her</c>, <c>its</c>), each with its <see cref="MentionKind"/>. Runs after the quote
/// stage and reads its word view, so it costs one scan of the words.</summary>
/// <remarks>
/// <para>The links, in order of trust:</para>
/// <list type="number">
/// <item>A quote's speaker mention that resolved to an entity is a mention of it (the speaker rules are the most
/// tested links there are).</item>
/// <item>A definite nominal links through the title the article gave a person or the kind of an organization named
/// before it, when exactly one fits (<see cref="NominalResolver.Antecedent"/>).</item>
/// <item>A pronoun links to a person (or, for <c>its</c>, an organization) named or already linked earlier in its
/// sentence, else in the sentences before it (<see cref="ChainRules.PronounSentencesBack"/>), taking the first one of
/// the sentence that fits its gender: the subject, as a reader would. A pronoun that links teaches the entity its
/// gender for the rest of the article.</item>
/// </list>
/// <para>Nothing inside quotation marks is linked or linked to: a quote is the speaker's words, whose <c>he</c> is not
/// the narrative's.</para>
/// </remarks>
internal static class MentionChains
{
    /// <summary>The entities of <paramref name="entities"/> with their nominal and pronoun mentions added, in text order;
    /// <paramref name="entities"/> itself when the quote stage did not run or nothing links.</summary>
    public static EntityResult Link(EntityResult entities, QuoteResult quotes)
    {
        if (quotes.Document is not { } doc || entities.Entities.Length == 0)
        {
            return entities;
        }

        var chain = new ChainBuilder(doc, entities.Entities);
        chain.AddSpeakers(quotes.Quotes);
        chain.LinkNominalsAndPronouns();
        return chain.Result(entities);
    }
}
