namespace NewsNlp;

/// <summary>Links a nominal speaker to the entity the article named before it: <c>the prime minister</c> to the person
/// the article titled Prime Minister, <c>the ministry</c> or <c>the airline</c> to the organization of that kind named
/// last, and a short name (<c>Hawk Sawyer</c>, <c>Grisham</c>) to the article's full form of it. A link needs one
/// antecedent: two people with the title, or two organizations of the kind, leave the nominal in its own words. Names
/// inside quotation marks are never antecedents (a quote's content is the speaker's words, not the narrative's).</summary>
internal static class NominalResolver
{
    private static readonly string[] s_links = [" of ", " for "];

    /// <summary>The person or organization the definite nominal [<paramref name="s"/>, <paramref name="e"/>) refers back to
    /// (<c>the prime minister</c>, <c>the foreign ministry</c>, <c>the company</c>), or <see langword="null"/> when the
    /// phrase is no such nominal or has no unique antecedent.</summary>
    public static KnownMention? Antecedent(QuoteDocument doc, int s, int e)
    {
        if (e - s < 2 || e - s > QuoteRules.MaxLinkedNominalWords || !doc.Is(s, "the"))
        {
            return null;
        }

        for (int i = s + 1; i < e; i++)
        {
            // "the Florida senator": a place may modify the title (the title must then name it: Florida Sen. Jane Roe); so
            // may a party or body ("the Democratic presidential nominee": the title must hold it, see TitleFits).
            if (!doc.Words[i].IsWord || (doc.Words[i].IsCapitalized && !InPlace(doc, i, s, e) && !Titles.Is(doc.W(i), TitleFacets.Body))
                || doc.Words[i].Region >= 0)
            {
                return null;
            }
        }

        ReadOnlySpan<char> head = doc.W(e - 1);
        if (e - s == 2 && QuoteWords.IsAgeNoun(head))
        {
            return AgeAntecedent(doc, s);
        }

        if (QuoteWords.IsPlural(head))
        {
            return null;
        }

        bool person = Titles.Is(head, TitleFacets.Head) && !Titles.Is(head, TitleFacets.Plural);
        bool organization = !person && IsKindWord(head);
        if (!person && !organization)
        {
            return null;
        }

        // Every modifier must be a title word (the former prime minister) or, for an organization, a word of its name
        // (the foreign ministry: Ministry of Foreign Affairs); "the new minister" is someone else.
        for (int i = s + 1; i < e - 1; i++)
        {
            if (person && !Titles.Is(doc.W(i), TitleFacets.Modifier) && !doc.Words[i].IsCapitalized)
            {
                return null;
            }
        }

        List<KnownMention> known = doc.Known;
        int start = doc.Words[s].Start;
        KnownMention? found = null;
        for (int k = doc.KnownAt(start) - 1, n = 0; k >= 0 && n < QuoteRules.MaxNameLookback; k--, n++)
        {
            KnownMention m = known[k];
            if (person ? !TitleFits(doc, s, e, m) : !KindFits(doc, s, e, m))
            {
                continue;
            }

            if (doc.IsQuoted(m.Start))
            {
                continue;
            }

            if (found is { } f && !f.Name.Equals(m.Name, StringComparison.Ordinal))
            {
                return null; // two antecedents: no link
            }

            found ??= m;
            if (organization && start - m.Start > QuoteRules.OrganizationNominalLookback)
            {
                break; // "the company" is the one named lately, not any the article ever named
            }
        }

        return found;
    }

    /// <summary>The person "the 30-year-old" at word <paramref name="s"/> refers back to: the last person named before it
    /// outside quotes (news names a person, then calls them by age).</summary>
    private static KnownMention? AgeAntecedent(QuoteDocument doc, int s)
    {
        List<KnownMention> known = doc.Known;
        for (int k = doc.KnownAt(doc.Words[s].Start) - 1, n = 0; k >= 0 && n < QuoteRules.MaxNameLookback; k--, n++)
        {
            KnownMention m = known[k];
            if (m.Kind == SpeakerKind.Person && !doc.IsQuoted(m.Start))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The full form of a person's short name (<c>Grisham</c> → <c>Stephanie Grisham</c>, <c>S. Martins</c> →
    /// <c>Silvia S. Martins</c>): the one known name that ends with it and starts with a given name, titles before it left
    /// off (<c>White House Press Secretary Stephanie Grisham</c>); <paramref name="speaker"/> itself when there is none
    /// or more than one.</summary>
    public static KnownMention FullName(QuoteDocument doc, KnownMention speaker)
    {
        string name = speaker.Name;
        int bare = BareNameStart(name);
        if (bare > 0)
        {
            return speaker with { Name = name[bare..] };
        }

        int first = name.IndexOf(' ', StringComparison.Ordinal);
        if (speaker.Kind != SpeakerKind.Person || QuoteWords.GenderOf(first < 0 ? name : name.AsSpan(0, first)) != '\0')
        {
            return speaker;
        }

        KnownMention? found = null;
        string foundName = string.Empty;
        foreach (KnownMention m in doc.Known)
        {
            if (m.Name.Length <= name.Length + 1 || !m.Name.EndsWith(name, StringComparison.Ordinal) || m.Name[^(name.Length + 1)] != ' '
                || m.Kind == SpeakerKind.Unknown)
            {
                continue;
            }

            string full = m.Name[BareNameStart(m.Name)..];
            int space = full.IndexOf(' ', StringComparison.Ordinal);
            if (full.Length <= name.Length || space < 0 || WordCount(full) - WordCount(name) > QuoteRules.MaxGivenNameWords
                || !LooksLikeFullName(full, space, m.Kind))
            {
                continue;
            }

            if (found is not null && !foundName.Equals(full, StringComparison.Ordinal))
            {
                return speaker; // two people share the surname
            }

            found = m;
            foundName = full;
        }

        if (found is not { } f)
        {
            return speaker;
        }

        return f.Kind == SpeakerKind.Person
            ? f with { Name = foundName, Gender = f.Gender == '\0' ? speaker.Gender : f.Gender }
            : speaker with { Name = foundName };
    }

    /// <summary>Whether <paramref name="full"/> (its first word ends at <paramref name="space"/>) reads as a person's full
    /// name: it starts with a given name, or it is a person's name with no title or place word before the surname, or (an
    /// entity typed wrong) two or three capitalized words with no organization word.</summary>
    private static bool LooksLikeFullName(string full, int space, SpeakerKind kind)
    {
        ReadOnlySpan<char> first = full.AsSpan(0, space);
        if (QuoteWords.GenderOf(first) != '\0')
        {
            return true;
        }

        if (first.Length < 2 || !char.IsUpper(first[0]) || QuoteWords.IsTitleHead(first) || QuoteWords.IsTitleModifier(first)
            || QuoteWords.IsNotName(first))
        {
            return false;
        }

        if (kind == SpeakerKind.Person)
        {
            return true;
        }

        int words = 1;
        int at = space + 1;
        while (at < full.Length)
        {
            int end = full.IndexOf(' ', at);
            end = end < 0 ? full.Length : end;
            if (QuoteWords.IsOrganizationWord(full.AsSpan(at, end - at)) || ++words > QuoteRules.MaxTitledNameWords)
            {
                return false;
            }

            at = end + 1;
        }

        return !QuoteWords.IsOrganizationWord(first);
    }

    /// <summary>Where the name proper starts in a canonical name that begins with a title (<c>White House Press
    /// Secretary Stephanie Grisham</c>): past the title words, if two words at least are left and the first of them is a
    /// given name (an honorific is part of the name as written); 0 otherwise.</summary>
    private static int BareNameStart(string name)
    {
        int at = 0;
        bool titled = false;
        while (true)
        {
            int space = name.IndexOf(' ', at);
            if (space < 0)
            {
                return 0;
            }

            ReadOnlySpan<char> w = name.AsSpan(at, space - at);
            if (QuoteWords.IsTitleHead(w) || Titles.Is(w, TitleFacets.Modifier) || w is "of" or "for")
            {
                titled = true;
                at = space + 1;
                continue;
            }

            if (!titled || Titles.Is(w, TitleFacets.Honorific))
            {
                return 0;
            }

            return QuoteWords.GenderOf(w) != '\0' ? at : 0;
        }
    }

    /// <summary>Whether capitalized word <paramref name="i"/> of the nominal [<paramref name="s"/>, <paramref name="e"/>) is
    /// part of a place's name (<c>the New Jersey governor</c>).</summary>
    private static bool InPlace(QuoteDocument doc, int i, int s, int e)
    {
        int rs = i, re = i + 1;
        while (rs - 1 > s && doc.Words[rs - 1].IsCapitalized)
        {
            rs--;
        }

        while (re < e && doc.Words[re].IsCapitalized)
        {
            re++;
        }

        return doc.IsPlaceName(rs, re);
    }

    /// <summary>Whether the title the article gave person <paramref name="m"/> has every word of the nominal after its
    /// article, the words of tenure aside (<c>the former president</c> fits President).</summary>
    private static bool TitleFits(QuoteDocument doc, int s, int e, KnownMention m)
    {
        if (m.Kind != SpeakerKind.Person || m.Title is null)
        {
            return false;
        }

        for (int i = s + 1; i < e; i++)
        {
            ReadOnlySpan<char> w = doc.W(i);
            if (!Titles.Is(w, TitleFacets.Tenure) && IndexOfWord(m.Title, w) < 0 && !HasWord(m.Title, w)
                && !(doc.Words[i].IsCapitalized && !NamesPlace(m.Title)))
            {
                return false; // a place the title does not name fits only a title that names none (Sen. Jane Roe, not Texas Sen. Jane Roe)
            }
        }

        // "the president" is not the Vice President: a rank before the title's head must be in the nominal too.
        ReadOnlySpan<char> title = m.Title;
        int at = IndexOfWord(title, doc.W(e - 1));
        if (at > 1)
        {
            ReadOnlySpan<char> rank = LastWord(title[..(at - 1)]);
            if (Titles.Is(rank, TitleFacets.Rank) && !(e - s > 2 && doc.W(e - 2).Equals(rank, StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where the word <paramref name="word"/> starts in <paramref name="phrase"/> (any case), or -1.</summary>
    private static int IndexOfWord(ReadOnlySpan<char> phrase, ReadOnlySpan<char> word)
    {
        int at = 0;
        while (at < phrase.Length)
        {
            int end = phrase[at..].IndexOf(' ');
            end = end < 0 ? phrase.Length : at + end;
            if (Titles.SameTitle(phrase[at..end].TrimEnd(",."), word))
            {
                return at;
            }

            at = end + 1;
        }

        return -1;
    }

    /// <summary>Whether organization <paramref name="m"/>'s name has every word of the nominal after its article, the
    /// head matched by kind (<c>the company</c>: a name ending in Inc. or Corp.; <c>the airline</c>: Airlines, Airways).</summary>
    private static bool KindFits(QuoteDocument doc, int s, int e, KnownMention m)
    {
        // A name that is only a kind word or a suffix ("Inc", "Ministry") is a fragment, no antecedent.
        if (m.Kind != SpeakerKind.Organization || m.Name.IndexOf(' ', StringComparison.Ordinal) < 0)
        {
            return false;
        }

        for (int i = s + 1; i < e - 1; i++)
        {
            if (!HasWord(m.Name, doc.W(i)))
            {
                return false;
            }
        }

        ReadOnlySpan<char> head = doc.W(e - 1);
        if (HasHeadWord(m.Name, head))
        {
            return true;
        }

        ReadOnlySpan<char> last = LastWord(m.Name);
        return head switch
        {
            "company" or "firm" => OrganizationWords.Is(last, OrganizationFacets.CompanySuffix)
                || last.Equals("Company", StringComparison.OrdinalIgnoreCase) || last.Equals("Holdings", StringComparison.OrdinalIgnoreCase),
            "airline" or "carrier" => last.StartsWith("Airline", StringComparison.OrdinalIgnoreCase) || last.Equals("Airways", StringComparison.OrdinalIgnoreCase)
                || last.Equals("Lines", StringComparison.OrdinalIgnoreCase),
            "newspaper" or "paper" => OrganizationWords.Is(last, OrganizationFacets.Media) && Agencies.Find(m.Name) is null,
            _ => false,
        };
    }

    /// <summary>Whether <paramref name="head"/> can head a nominal <see cref="Antecedent"/> links: a singular title head
    /// (<c>minister</c>) or a kind of organization (<c>company</c>, <c>airline</c>). A cheap test to run first.</summary>
    public static bool IsHead(ReadOnlySpan<char> head) =>
        (Titles.Is(head, TitleFacets.Head) && !Titles.Is(head, TitleFacets.Plural)) || IsKindWord(head);

    /// <summary>Whether <paramref name="head"/> names an organization of a kind a name can show: the common nouns and
    /// name heads of <see cref="OrganizationWords"/> (<c>company</c>, <c>ministry</c>, <c>board</c>, <c>bank</c>) and
    /// <c>airline</c>/<c>carrier</c>.</summary>
    private static bool IsKindWord(ReadOnlySpan<char> head) =>
        OrganizationWords.Is(head, OrganizationFacets.CommonNoun | OrganizationFacets.Head) || head is "airline" or "carrier";

    private static int WordCount(string name)
    {
        int n = 1;
        foreach (char c in name)
        {
            n += c == ' ' ? 1 : 0;
        }

        return n;
    }

    /// <summary>Whether the organization name <paramref name="name"/> is headed by <paramref name="word"/>: it is the last
    /// word (<c>Dish Network</c>) or stands before <c>of</c>/<c>for</c> (<c>Court of Appeals</c>), not a word inside a
    /// longer run (<c>Supreme Court Justice …</c>).</summary>
    private static bool HasHeadWord(string name, ReadOnlySpan<char> word)
    {
        if (LastWord(name).Equals(word, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (string link in s_links)
        {
            int at = name.IndexOf(link, StringComparison.Ordinal);
            if (at > 0 && LastWord(name.AsSpan(0, at)).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word of <paramref name="title"/> is a country, nationality or place (<c>Texas Sen.</c>).</summary>
    private static bool NamesPlace(string title)
    {
        foreach (Range r in title.AsSpan().Split(' '))
        {
            ReadOnlySpan<char> w = title.AsSpan()[r].TrimEnd(",.");
            if (w.Length > 0 && char.IsUpper(w[0]) && (PlaceIndex.Default.IsCountryOrDemonym(w) || PlaceIndex.Default.Find(w) >= 0))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasWord(string phrase, ReadOnlySpan<char> word)
    {
        int at = 0;
        while (at < phrase.Length)
        {
            int end = phrase.IndexOf(' ', at);
            end = end < 0 ? phrase.Length : end;
            ReadOnlySpan<char> w = phrase.AsSpan(at, end - at).TrimEnd(",.");
            if (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal))
            {
                w = w[..^2];
            }

            if (w.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            at = end + 1;
        }

        return false;
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> name)
    {
        int space = name.LastIndexOf(' ');
        return name[(space + 1)..].TrimEnd('.');
    }
}
