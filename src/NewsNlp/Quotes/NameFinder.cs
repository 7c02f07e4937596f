using System.Collections.Frozen;

namespace NewsNlp;

/// <summary>Builds the list of names the quote finder resolves speakers to: the entity mentions when the
/// entity stage found any, else capitalized name sequences found here (people by first name or title,
/// organizations by their last word).</summary>
internal static class NameFinder
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_orgWords =
        new[]
        {
            "department", "ministry", "office", "agency", "committee", "council", "party", "house", "senate", "court",
            "commission", "bureau", "service", "administration", "campaign", "post", "times", "news", "press",
            "association", "institute", "university", "company", "corp", "corp.", "inc", "inc.", "group", "foundation",
            "center", "centre", "board", "union", "force", "army", "navy", "government", "bank", "fund", "network",
            "journal", "tribune", "herald", "reuters", "ap", "cnn", "fbi", "cia", "nato", "un", "u.n.", "eu", "congress",
            "police", "parliament", "cabinet", "embassy", "consulate", "pentagon", "kremlin", "ministry's", "nasa",
            "msnbc", "abc", "cbs", "nbc", "fox", "gop", "dnc", "rnc", "organization", "organisation", "federation",
            "league", "club", "team", "coalition", "alliance", "movement", "front", "council", "authority", "assembly",
            "secretariat", "guard", "guards", "corps", "command", "airlines", "motors", "industries", "holdings",
        }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_notNames =
        new[]
        {
            "the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "if", "when", "while", "as", "after",
            "before", "this", "that", "these", "those", "there", "here", "it", "he", "she", "they", "we", "i", "you",
            "his", "her", "their", "its", "our", "my", "so", "yet", "still", "now", "then", "also", "however", "since",
            "although", "though", "because", "with", "without", "from", "by", "to", "of", "during", "under", "over",
            "about", "among", "between", "last", "next", "some", "many", "most", "more", "all", "both", "each",
            "every", "no", "not", "what", "who", "why", "how", "where", "which", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.",
            "nov.", "dec.", "one", "two", "three", "read", "click", "watch", "related", "see", "like", "just", "even",
            "meanwhile", "instead", "according", "asked", "said", "says", "other", "such", "only", "until", "despite",
            "unlike", "whether", "once", "earlier", "later", "today", "yesterday", "tomorrow", "tonight", "let", "having", "here", "now", "yes", "no", "well", "oh", "please", "thank", "thanks", "dear",
        }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsOrgWord(ReadOnlySpan<char> word) => s_orgWords.Contains(word);

    public static bool IsNotName(ReadOnlySpan<char> word) => s_notNames.Contains(word);

    /// <summary>Gender from a first name or a title ('m', 'f' or '\0').</summary>
    public static char GenderOf(ReadOnlySpan<char> word)
    {
        ReadOnlySpan<char> w = word.TrimEnd('.');
        if (ReportingLexicon.MaleTitles.Contains(w) || ReportingLexicon.MaleNames.Contains(w))
        {
            return 'm';
        }

        if (ReportingLexicon.FemaleTitles.Contains(w) || ReportingLexicon.FemaleNames.Contains(w))
        {
            return 'f';
        }

        return '\0';
    }

    public static List<KnownMention> FromEntities(string text, Entity[] entities)
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
                        gender = gender == '\0' ? GenderOf(entity.Title.AsSpan()[r]) : gender;
                    }
                }

                int space = entity.Name.IndexOf(' ', StringComparison.Ordinal);
                if (gender == '\0' && space > 0)
                {
                    gender = GenderOf(entity.Name.AsSpan(0, space));
                }
            }

            foreach (Mention m in entity.Mentions)
            {
                if (m.Span.Start >= 0 && m.Span.End <= text.Length)
                {
                    result.Add(new KnownMention(m.Span.Start, m.Span.End, entity.Name, entity.Id, kind, gender));
                }
            }
        }

        result.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return result;
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
                if (!words[w].IsCapitalized || (w == sStart && IsNotName(words[w].Of(text))) || IsNotName(words[w].Of(text)))
                {
                    w++;
                    continue;
                }

                int e = w + 1;
                while (e < sEnd && (words[e].IsCapitalized && !IsNotName(words[e].Of(text))
                    || (words[e].Of(text) is "of" or "for" && e + 1 < sEnd && words[e + 1].IsCapitalized && !IsNotName(words[e + 1].Of(text)))))
                {
                    e++;
                }

                // Titles and the name proper.
                int n = w;
                char gender = '\0';
                bool titled = false;
                while (n < e - 1 && (ReportingLexicon.Titles.Contains(words[n].Of(text).TrimEnd('.')) || words[n].Of(text) is "of" or "for"))
                {
                    gender = gender == '\0' ? GenderOf(words[n].Of(text)) : gender;
                    titled = true;
                    n++;
                }

                ReadOnlySpan<char> last = words[e - 1].Of(text);
                string name = text[words[n].Start..words[e - 1].End];
                SpeakerKind kind = SpeakerKind.Unknown;
                if (IsOrgWord(last) || IsOrgWord(words[n].Of(text)))
                {
                    kind = SpeakerKind.Organization;
                    name = text[words[w].Start..words[e - 1].End];
                }
                else
                {
                    char g = GenderOf(words[n].Of(text));
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
                    result.Add(new KnownMention(words[n].Start, words[e - 1].End, name, null, kind, gender));
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
}
