using System.Runtime.InteropServices;

namespace NewsNlp;

/// <summary>The per-call working state of <see cref="MentionChains"/>: the quote stage's word view, each entity's
/// gender as learned so far, and the nominal and pronoun mentions linked so far. Created per call, never shared.</summary>
internal sealed class ChainBuilder
{
    private readonly QuoteDocument _doc;
    private readonly Entity[] _entities;
    private readonly char[] _gender;
    private readonly List<(int Start, int Id, Mention Mention)> _links = [];
    private readonly HashSet<int> _speakerStarts = [];
    private readonly int[] _counts;
    private int _knownCounted;
    private int _linksCounted;

    public ChainBuilder(QuoteDocument doc, Entity[] entities)
    {
        _doc = doc;
        _entities = entities;
        _gender = new char[entities.Length];
        _counts = new int[entities.Length];
        foreach (KnownMention m in doc.Known)
        {
            if (m.EntityId is int id && (uint)id < (uint)_gender.Length && _gender[id] == '\0')
            {
                _gender[id] = m.Gender;
            }
        }
    }

    /// <summary>Adds each quote's speaker mention that is a nominal or pronoun of an entity.</summary>
    public void AddSpeakers(Quote[] quotes)
    {
        foreach (Quote q in quotes)
        {
            if (q.SpeakerEntityId is not int id || (uint)id >= (uint)_entities.Length || q.SpeakerMention is not { } m
                || OverlapsName(m.Span.Start, m.Span.End) || !_speakerStarts.Add(m.Span.Start))
            {
                continue;
            }

            // A speaker named by name the entity stage left out (a headline word, a part of a longer name) stays out:
            // the entity stage decides what names are.
            MentionKind kind = KindOf(m.Text);
            if (kind == MentionKind.Name)
            {
                continue;
            }

            _links.Add((m.Span.Start, id, m with { Kind = kind }));
            char g = ThirdPersonPronouns.GenderOf(m.Text);
            if (kind == MentionKind.Pronoun && g is 'm' or 'f' && _gender[id] == '\0' && _entities[id].Type == EntityType.Person)
            {
                _gender[id] = g;
            }
        }

        _links.Sort(static (a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>Reads the narrative sentence by sentence and links its definite nominals and pronouns.</summary>
    public void LinkNominalsAndPronouns()
    {
        QuoteWord[] words = _doc.Words;
        (int Start, int End)[] sentences = _doc.Sentences;
        for (int si = 0; si < sentences.Length; si++)
        {
            (int s, int e) = sentences[si];
            for (int i = s; i < e; i++)
            {
                if (!_doc.IsFrameWord(i))
                {
                    continue;
                }

                // Every word passes here: its first letter rules out most before any lookup ("the"; he/him/his/himself,
                // she/her/hers/herself).
                ReadOnlySpan<char> w = _doc.W(i);
                char first = (char)(w[0] | 0x20);
                if (first == 't' && w.Equals("the", StringComparison.OrdinalIgnoreCase))
                {
                    i = _speakerStarts.Contains(words[i].Start) ? i : LinkNominal(i, e);
                }
                else if ((first == 'h' || first == 's') && ThirdPersonPronouns.GenderOf(w) is char g and not '\0'
                    && !_speakerStarts.Contains(words[i].Start))
                {
                    LinkPronoun(i, si, g);
                }
            }
        }
    }

    /// <summary>The entities with the linked mentions merged into theirs, in text order.</summary>
    public EntityResult Result(EntityResult entities)
    {
        if (_links.Count == 0)
        {
            return entities;
        }

        var extra = new List<Mention>?[_entities.Length];
        foreach ((int _, int id, Mention m) in _links)
        {
            (extra[id] ??= []).Add(m);
        }

        var result = new Entity[_entities.Length];
        for (int id = 0; id < result.Length; id++)
        {
            Entity e = _entities[id];
            if (extra[id] is not { } more)
            {
                result[id] = e;
                continue;
            }

            var merged = new Mention[e.Mentions.Count + more.Count];
            int a = 0;
            int b = 0;
            for (int k = 0; k < merged.Length; k++)
            {
                merged[k] = b >= more.Count || (a < e.Mentions.Count && e.Mentions[a].Span.Start <= more[b].Span.Start)
                    ? e.Mentions[a++]
                    : more[b++];
            }

            result[id] = e with { Mentions = merged };
        }

        return new EntityResult(result);
    }

    private static MentionKind KindOf(string text) =>
        ThirdPersonPronouns.GenderOf(text) != '\0' || QuoteWords.IsSpeakerPronoun(text) ? MentionKind.Pronoun
        : text.Length > 0 && char.IsLower(text[0]) || text.StartsWith("The ", StringComparison.Ordinal) ? MentionKind.Nominal
        : MentionKind.Name;

    /// <summary>Links the longest definite nominal starting at word <paramref name="s"/> (<c>the</c>) that has one
    /// antecedent; returns the last word it covers (<paramref name="s"/> when none links).</summary>
    private int LinkNominal(int s, int sentenceEnd)
    {
        int limit = Math.Min(sentenceEnd, s + QuoteRules.MaxLinkedNominalWords);
        KnownMention? found = null;
        int end = s;
        for (int e = s + 2; e <= limit; e++)
        {
            QuoteWord last = _doc.Words[e - 1];
            if (!last.IsWord || last.IsCapitalized || last.Region >= 0)
            {
                break;
            }

            if (NominalResolver.IsHead(_doc.W(e - 1)) && NominalResolver.Antecedent(_doc, s, e) is { EntityId: int id } m
                && (uint)id < (uint)_entities.Length)
            {
                found = m;
                end = e;
            }
        }

        if (found is not { EntityId: int linked } || OverlapsName(_doc.Words[s].Start, _doc.Words[end - 1].End) || !EndsPhrase(end))
        {
            return s;
        }

        Mention mention = _doc.MentionOf(s, end) with { Kind = MentionKind.Nominal };
        _links.Insert(LinkIndexAt(mention.Span.Start), (mention.Span.Start, linked, mention));
        return end - 1;
    }

    /// <summary>Whether the noun phrase can end before word <paramref name="next"/>: the text ends, or the next word is
    /// punctuation, a capitalized word, a function word, a reporting verb (<c>the minister says</c>) or a past tense
    /// (<c>the company reported</c>). Any other lower-case word may go on with the phrase (<c>the general public</c>,
    /// <c>the company headquarters</c>), whose head is then not the title or kind word, so the nominal is not linked.</summary>
    private bool EndsPhrase(int next)
    {
        if (next >= _doc.Words.Length || !_doc.Words[next].IsWord || _doc.Words[next].IsCapitalized)
        {
            return true;
        }

        ReadOnlySpan<char> w = _doc.W(next);
        return FunctionWords.Of(w) != FunctionWordKinds.None || ReportingVerbs.Verbs.Contains(w) || w.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>Links the pronoun at word <paramref name="i"/> of sentence <paramref name="si"/>, of gender
    /// <paramref name="g"/>: to the subject of its own sentence when a fitting one stands before it (the first fitting
    /// name that is not the object of a preposition, or an earlier link), else to the fitting entity of the last
    /// <see cref="ChainRules.PronounSentencesBack"/> sentences the article has named most often so far (the person in
    /// focus), the nearest sentence first on a tie.</summary>
    private void LinkPronoun(int i, int si, char g)
    {
        int pronounStart = _doc.Words[i].Start;
        int floor = pronounStart - ChainRules.MaxLookbackChars;
        int sentenceStart = Math.Max(floor, _doc.Words[_doc.Sentences[si].Start].Start);
        CountMentionsBefore(pronounStart);
        int? found = SubjectBefore(sentenceStart, pronounStart, g);
        bool subject = found is not null;
        int most = 0;
        bool foundIsObject = false; // a tie goes to a subject over the object of a preposition ("under the care of Dr. Strand, Wielgus …")
        for (int k = si; !subject && k >= 0 && si - k <= ChainRules.PronounSentencesBack; k--)
        {
            (int s, int e) = _doc.Sentences[k];
            int from = Math.Max(floor, _doc.Words[s].Start);
            int to = k == si ? pronounStart : _doc.Words[e - 1].End;
            if (to <= floor)
            {
                break;
            }

            for (int q = _doc.KnownAt(from); q < _doc.Known.Count && _doc.Known[q].Start < to; q++)
            {
                if (_doc.Known[q].EntityId is not int id || !Fits(id, g) || _counts[id] < most || _doc.IsQuoted(_doc.Known[q].Start))
                {
                    continue;
                }

                bool isObject = AfterPreposition(_doc.Known[q].Start);
                if (_counts[id] > most || (foundIsObject && found != id && !isObject))
                {
                    (found, most, foundIsObject) = (id, _counts[id], isObject);
                }
            }

            for (int q = LinkIndexAt(from); q < _links.Count && _links[q].Start < to; q++)
            {
                if (Fits(_links[q].Id, g) && _counts[_links[q].Id] > most)
                {
                    (found, most) = (_links[q].Id, _counts[_links[q].Id]);
                }
            }
        }

        if (found is not int linked)
        {
            return;
        }

        Mention mention = _doc.MentionOf(i, i + 1) with { Kind = MentionKind.Pronoun };
        _links.Insert(LinkIndexAt(pronounStart), (pronounStart, linked, mention));
        if (!subject)
        {
            // Fits checked the gender was unknown or the same. Only a link chosen by focus teaches it: teaching from
            // subject links too cost 3 right links in 931 on the GUM training documents.
            _gender[linked] = g;
        }
    }

    /// <summary>The subject of [<paramref name="from"/>, <paramref name="to"/>) that fits gender <paramref name="g"/>: the
    /// first fitting name outside quotes that is not the object of a preposition (<c>under the care of a Dr. Bailey,
    /// he</c> is not Bailey), or an earlier fitting link before it.</summary>
    private int? SubjectBefore(int from, int to, char g)
    {
        List<KnownMention> known = _doc.Known;
        int firstLink = LinkIndexAt(from);
        int nameStart = to;
        int? name = null;
        for (int k = _doc.KnownAt(from); k < known.Count && known[k].Start < to; k++)
        {
            if (known[k].EntityId is int id && Fits(id, g) && !_doc.IsQuoted(known[k].Start) && !AfterPreposition(known[k].Start))
            {
                (name, nameStart) = (id, known[k].Start);
                break;
            }
        }

        for (int q = firstLink; q < _links.Count && _links[q].Start < nameStart; q++)
        {
            if (Fits(_links[q].Id, g))
            {
                return _links[q].Id;
            }
        }

        return name;
    }

    /// <summary>Brings <see cref="_counts"/> up to <paramref name="position"/>: every name and link of each entity
    /// before it. The pronouns are read in text order, so each name and link is counted once.</summary>
    private void CountMentionsBefore(int position)
    {
        for (; _knownCounted < _doc.Known.Count && _doc.Known[_knownCounted].Start < position; _knownCounted++)
        {
            if (_doc.Known[_knownCounted].EntityId is int id && (uint)id < (uint)_counts.Length)
            {
                _counts[id]++;
            }
        }

        // New links are inserted at the word being read, at or after this cursor, so the links before it stay counted.
        for (; _linksCounted < _links.Count && _links[_linksCounted].Start < position; _linksCounted++)
        {
            _counts[_links[_linksCounted].Id]++;
        }
    }

    /// <summary>Whether the word at <paramref name="start"/> follows a preposition, past articles, possessives and
    /// titles (<c>of a Dr. Bailey</c>): the object of a preposition, not a subject.</summary>
    private bool AfterPreposition(int start)
    {
        int w = WordAt(start) - 1;
        while (w >= 0 && (_doc.IsPunct(w, '.') || _doc.Words[w].IsWord
            && (FunctionWords.Is(_doc.W(w), FunctionWordKinds.Article | FunctionWordKinds.Possessive)
                || QuoteWords.IsTitleHead(_doc.W(w)) || QuoteWords.IsTitleModifier(_doc.W(w)))))
        {
            w--;
        }

        return w >= 0 && _doc.Words[w].IsWord && FunctionWords.Is(_doc.W(w), FunctionWordKinds.Preposition);
    }

    /// <summary>The index of the first word starting at or after <paramref name="position"/>.</summary>
    private int WordAt(int position) => StartOrder.FirstAtOrAfter<QuoteWord>(_doc.Words, position, static w => w.Start);

    private bool Fits(int id, char g)
    {
        if ((uint)id >= (uint)_entities.Length)
        {
            return false;
        }

        return _entities[id].Type == EntityType.Person && !_entities[id].IsCredit && (_gender[id] == '\0' || _gender[id] == g);
    }

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) overlaps a name mention.</summary>
    private bool OverlapsName(int start, int end)
    {
        List<KnownMention> known = _doc.Known;
        for (int k = _doc.KnownAt(end) - 1; k >= 0 && end - known[k].Start <= QuoteRules.MentionOverlapLookback; k--)
        {
            if (known[k].End > start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the first link starting at or after <paramref name="position"/>.</summary>
    private int LinkIndexAt(int position) =>
        StartOrder.FirstAtOrAfter<(int Start, int Id, Mention Mention)>(CollectionsMarshal.AsSpan(_links), position, static l => l.Start);
}
