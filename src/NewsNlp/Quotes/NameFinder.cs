namespace NewsNlp;

/// <summary>Builds the list of names the quote finder resolves speakers to: the entity mentions when the
/// entity stage found any, else capitalized name sequences found here (people by first name or title,
/// organizations by their last word).</summary>
internal static class NameFinder
{
    /// <summary>The mentions of the entities; a person whose title and first name tell no gender takes the one of the
    /// pronouns that follow its mentions (<see cref="PronounGender"/>).</summary>
    public static List<KnownMention> FromEntities(string text, QuoteWord[] words, Entity[] entities)
    {
        var result = new List<KnownMention>();
        foreach (Entity entity in entities)
        {
            SpeakerKind kind = entity.Type switch
            {
                EntityType.Person => SpeakerKind.Person,
                EntityType.Organization => SpeakerKind.Organization,
                _ => SpeakerKind.Unknown,
            };
            char gender = '\0';
            if (kind == SpeakerKind.Person)
            {
                if (entity.Title is not null)
                {
                    foreach (Range r in entity.Title.AsSpan().Split(' '))
                    {
                        gender = gender == '\0' ? QuoteWords.GenderOf(entity.Title.AsSpan()[r]) : gender;
                    }
                }

                int space = entity.Name.IndexOf(' ', StringComparison.Ordinal);
                if (gender == '\0' && space > 0)
                {
                    gender = QuoteWords.GenderOf(entity.Name.AsSpan(0, space));
                }

                if (gender == '\0')
                {
                    gender = PronounGender(text, words, entity);
                }
            }

            foreach (Mention m in entity.Mentions)
            {
                if (m.Span.Start >= 0 && m.Span.End <= text.Length)
                {
                    result.Add(new KnownMention(m.Span.Start, m.Span.End, entity.Name, entity.Id, kind, gender, entity.Title,
                        entity.Type is EntityType.Location or EntityType.Nationality));
                }
            }
        }

        result.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return result;
    }

    /// <summary>The gender of the third-person pronouns that follow a person's mentions in their sentences before any
    /// other name ("Swift … after accusing them of trying to stop her performing her back catalogue"): 'm' or 'f' when
    /// at least <see cref="QuoteRules.MinPronounGenderEvidence"/> pronouns agree and none disagrees, else '\0'.</summary>
    private static char PronounGender(string text, QuoteWord[] words, Entity person)
    {
        int male = 0;
        int female = 0;
        foreach (Mention m in person.Mentions)
        {
            int i = FirstWordAt(words, m.Span.End);
            for (int n = 0; i < words.Length && n < QuoteRules.PronounGenderWindow; i++, n++)
            {
                ReadOnlySpan<char> w = words[i].Of(text);
                if (!words[i].IsWord && w is "." or "?" or "!" or ";")
                {
                    break;
                }

                char g = ThirdPersonPronouns.GenderOf(w);
                if (words[i].IsCapitalized && n > 0 && g == '\0')
                {
                    break; // another name: the pronouns after it may be its own
                }

                male += g == 'm' ? 1 : 0;
                female += g == 'f' ? 1 : 0;
            }
        }

        return male >= QuoteRules.MinPronounGenderEvidence && female == 0 ? 'm'
            : female >= QuoteRules.MinPronounGenderEvidence && male == 0 ? 'f' : '\0';
    }

    private static int FirstWordAt(QuoteWord[] words, int start)
    {
        int lo = 0;
        int hi = words.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (words[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The first word of the name in the capitalized run [<paramref name="s"/>, <paramref name="e"/>), past the
    /// title before it (<c>Sen.</c>, <c>Chinese Foreign Minister</c>, <c>Secretary of State</c>, <c>White House Press
    /// Secretary</c>); at least the last word is left. A qualifying word (<see cref="QuoteWords.IsTitleModifier"/>) is part
    /// of the title only before another title word or after <c>of</c>/<c>for</c>; a run that is a title alone (<c>Trade
    /// Secretary</c>, <c>Secretary of State</c>: a head after a qualifying word) is kept whole.</summary>
    public static int NameStart(string text, QuoteWord[] words, int s, int e)
    {
        int n = s;
        while (n < e - 1)
        {
            ReadOnlySpan<char> w = words[n].Of(text);
            bool link = w is "of" or "for";
            bool afterLink = n > s && words[n - 1].Of(text) is "of" or "for";
            if (!link && !QuoteWords.IsTitleHead(w) && !(QuoteWords.IsTitleModifier(w) && (afterLink || IsTitleWord(words[n + 1].Of(text)))))
            {
                break;
            }

            n++;
        }

        if (n == e - 1 && n > s && IsTitleWord(words[n].Of(text)))
        {
            ReadOnlySpan<char> before = words[n - 1].Of(text);
            if (before is "of" or "for" || QuoteWords.IsTitleModifier(before))
            {
                return s; // a title alone: Trade Secretary
            }
        }

        return n;
    }

    /// <summary>Capitalized name sequences, for when no entities were supplied.</summary>
    public static List<KnownMention> FromText(string text, QuoteWord[] words, (int Start, int End)[] sentences)
    {
        var result = new List<KnownMention>();
        var fullNames = new Dictionary<string, (string Name, SpeakerKind Kind, char Gender)>(StringComparer.Ordinal);
        foreach ((int sStart, int sEnd) in sentences)
        {
            int w = sStart;
            while (w < sEnd)
            {
                if (!words[w].IsCapitalized || (w == sStart && QuoteWords.IsNotName(words[w].Of(text))) || QuoteWords.IsNotName(words[w].Of(text)))
                {
                    w++;
                    continue;
                }

                // "Shares of Acme Corp. fell": a sentence's first word before "of" is capitalized by its place, not a name's
                // first word ("Bank of America", "Secretary of State" are).
                if (w == sStart && w + 2 < sEnd && words[w + 1].Of(text) is "of" or "for" && !QuoteWords.IsOrganizationWord(words[w].Of(text))
                    && !QuoteWords.IsTitleHead(words[w].Of(text)) && !QuoteWords.IsTitleModifier(words[w].Of(text)))
                {
                    w++;
                    continue;
                }

                int e = w + 1;
                while (e < sEnd && (words[e].IsCapitalized && !QuoteWords.IsNotName(words[e].Of(text))
                    || (words[e].Of(text) is "of" or "for" && e + 1 < sEnd && words[e + 1].IsCapitalized && !QuoteWords.IsNotName(words[e + 1].Of(text)))))
                {
                    e++;
                }

                // Titles and the name proper.
                int n = NameStart(text, words, w, e);
                char gender = '\0';
                bool titled = n > w;
                for (int k = w; k < n && gender == '\0'; k++)
                {
                    gender = QuoteWords.GenderOf(words[k].Of(text));
                }

                ReadOnlySpan<char> last = words[e - 1].Of(text);
                string name = text[words[n].Start..words[e - 1].End];
                SpeakerKind kind = SpeakerKind.Unknown;
                if (QuoteWords.IsOrganizationWord(last) || QuoteWords.IsOrganizationWord(words[n].Of(text)))
                {
                    kind = SpeakerKind.Organization;
                    name = text[words[w].Start..words[e - 1].End];
                }
                else
                {
                    char g = QuoteWords.GenderOf(words[n].Of(text));
                    if (g != '\0' || (titled && e - n <= QuoteRules.MaxTitledNameWords) || (e - n is 2 or 3 && fullNames.ContainsKey(last.ToString())))
                    {
                        kind = SpeakerKind.Person;
                        gender = gender == '\0' ? g : gender;
                    }
                }

                if (kind == SpeakerKind.Person && e - n == 1 && fullNames.TryGetValue(name, out var full))
                {
                    result.Add(new KnownMention(words[n].Start, words[e - 1].End, full.Name, null, full.Kind, gender == '\0' ? full.Gender : gender));
                }
                else if (kind != SpeakerKind.Unknown)
                {
                    string? title = titled && kind == SpeakerKind.Person ? text[words[w].Start..words[n - 1].End] : null;
                    result.Add(new KnownMention(words[n].Start, words[e - 1].End, name, null, kind, gender, title));
                    if (kind == SpeakerKind.Person && e - n >= 2)
                    {
                        fullNames[last.ToString()] = (name, kind, gender);
                        if (e - n == 2)
                        {
                            fullNames.TryAdd(words[n].Of(text).ToString(), (name, kind, gender)); // Qin (Gang)
                        }
                    }
                }
                else if (e - n == 1 && fullNames.TryGetValue(name, out var known))
                {
                    result.Add(new KnownMention(words[n].Start, words[e - 1].End, known.Name, null, known.Kind, known.Gender));
                }

                w = e;
            }
        }

        return result;
    }

    private static bool IsTitleWord(ReadOnlySpan<char> w) => QuoteWords.IsTitleHead(w) || QuoteWords.IsTitleModifier(w);
}
