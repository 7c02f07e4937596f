using System.Collections.Frozen;

namespace NewsNlp;

/// <summary>Pipeline stage for entities: tags names with the two-pass perceptron model, then folds the mentions
/// into entities (surnames, honorifics, acronyms, known aliases), names them, finds titles, resolves places to
/// country codes and ranks them by salience.</summary>
internal sealed class EntityStage : AnalysisStage
{
    private const int MaxSentenceWords = 250;

    private static readonly FrozenSet<string> s_honorifics = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "miss", "sir", "dame", "prof.", "rev.", "madam", "mme.", "m.");

    private static readonly FrozenSet<string> s_nonPersonWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "news", "desk", "online", "staff", "editor", "editorial", "newsroom", "team", "agency", "report", "reports", "wire", "media");

    private static readonly FrozenSet<string> s_acronymStop = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "of", "the", "and", "for", "&", "de", "in", "on");

    public override void LoadModels()
    {
        _ = Gazetteer.Default;
        _ = NerModel.Pass1;
        _ = NerModel.Pass2;
    }

    /// <summary>Finds, folds, names and ranks the entities of <paramref name="article"/>.</summary>
    public EntityResult Find(ArticleText article, PageStructure structure)
    {
        string text = article.Text;
        if (article.Tokens.Length == 0)
        {
            return EntityResult.None;
        }

        Gazetteer gazetteer = Gazetteer.Default;
        (List<TextSpan> words, int[] sentenceStarts) = SplitWords(article, gazetteer);
        if (words.Count == 0)
        {
            return EntityResult.None;
        }

        var doc = new NerDocument(text, [.. words], sentenceStarts, gazetteer);
        var tags = new byte[words.Count];
        NerTagger.TagDocument(doc, tags);

        List<EntityMention> mentions = BuildMentions(text, structure, doc, tags, gazetteer);
        var mentionAt = new EntityMention?[words.Count];
        foreach (EntityMention m in mentions)
        {
            for (int i = m.FirstWord; i < m.EndWord; i++)
            {
                mentionAt[i] = m;
            }
        }

        AddDefinedAcronyms(text, words, mentions, mentionAt, out Dictionary<string, EntityMention> acronyms);
        List<EntityCluster> clusters = Fold(mentions, acronyms);
        int[] sentenceOf = SentenceIndex(sentenceStarts, words.Count);
        HashSet<string> countries = PlaceResolver.ContextCountries(gazetteer.Places, clusters, structure.Dateline?.Country);

        foreach (EntityCluster c in clusters)
        {
            Finish(c, text, words, sentenceStarts, sentenceOf, mentionAt, gazetteer, countries);
        }

        Rank(text, structure.Headline, clusters, sentenceOf, GuessHeadline(structure, words, sentenceStarts));
        var entities = new Entity[clusters.Count];
        for (int id = 0; id < clusters.Count; id++)
        {
            EntityCluster c = clusters[id];
            var ms = new Mention[c.Mentions.Count];
            for (int k = 0; k < ms.Length; k++)
            {
                ms[k] = new Mention(c.Mentions[k].Text, c.Mentions[k].Span);
            }

            entities[id] = new Entity(id, c.Name, c.Type, Math.Round(c.Score, 4), c.Title, ms, c.CountryCode);
        }

        return new EntityResult(entities);
    }

    /// <summary>Words (see <see cref="NerWordSplitter"/>) and sentence starts: the splitter's sentences, further
    /// broken at line breaks and sentence-final punctuation.</summary>
    private static (List<TextSpan> Words, int[] SentenceStarts) SplitWords(ArticleText article, Gazetteer gazetteer)
    {
        string text = article.Text;
        var words = new List<TextSpan>(article.Tokens.Length + (article.Tokens.Length / 4));
        var starts = new List<int>();
        TextSpan[] sentences = article.Sentences;
        int si = 0;
        int lastEnd = -1;
        bool breakNext = true;
        foreach (Token token in article.Tokens)
        {
            int before = words.Count;
            NerWordSplitter.Split(text, token, words, gazetteer);
            for (int w = before; w < words.Count; w++)
            {
                TextSpan span = words[w];
                bool newSentence = breakNext;
                while (si < sentences.Length && span.Start >= sentences[si].End)
                {
                    si++;
                    newSentence = true;
                }

                if (lastEnd >= 0 && text.AsSpan(lastEnd, span.Start - lastEnd).Contains('\n'))
                {
                    newSentence = true;
                }

                if (starts.Count > 0 && w - starts[^1] >= MaxSentenceWords)
                {
                    newSentence = true;
                }

                if (newSentence && (starts.Count == 0 || starts[^1] != w))
                {
                    starts.Add(w);
                }

                breakNext = span.Length == 1 && text[span.Start] is '.' or '!' or '?';
                lastEnd = span.End;
            }
        }

        starts.Add(words.Count);
        return (words, [.. starts]);
    }

    private static int[] SentenceIndex(int[] starts, int count)
    {
        var of = new int[count];
        for (int s = 0; s + 1 < starts.Length; s++)
        {
            for (int i = starts[s]; i < starts[s + 1]; i++)
            {
                of[i] = s;
            }
        }

        return of;
    }

    private static List<EntityMention> BuildMentions(string text, PageStructure structure, NerDocument doc, byte[] tags, Gazetteer gazetteer)
    {
        var raw = new List<(int First, int End, int Type)>();
        for (int s = 0; s + 1 < doc.SentenceStarts.Length; s++)
        {
            int a = doc.SentenceStarts[s];
            int b = doc.SentenceStarts[s + 1];
            int start = -1;
            int type = 0;
            for (int i = a; i <= b; i++)
            {
                int t = i < b ? tags[i] : 0;
                if (start >= 0 && (t == 0 || NerTagger.IsBegin(t) || NerTagger.TypeOf(t) != type))
                {
                    raw.Add((start, i, type));
                    start = -1;
                }

                if (t != 0 && start < 0)
                {
                    start = i;
                    type = NerTagger.TypeOf(t);
                }
            }
        }

        var mentions = new List<EntityMention>(raw.Count);
        for (int k = 0; k < raw.Count; k++)
        {
            (int first, int end, int type) = raw[k];

            // A place or nationality directly before an organization belongs to it: "U.S. State Department".
            if (type is 3 or 4 && k + 1 < raw.Count && raw[k + 1].Type == 2 && raw[k + 1].First == end && OnlySpaces(text, doc.Words[end - 1].End, doc.Words[end].Start))
            {
                raw[k + 1] = (first, raw[k + 1].End, 2);
                continue;
            }

            // Trim quote marks and other punctuation the tagger took in at either edge ("‘Lilyhammer"); a mention
            // of punctuation only ("&", "!") is no name at all.
            while (first < end && !CharScan.ContainsLetterOrDigit(doc.Word(first)))
            {
                first++;
            }

            while (end > first && !CharScan.ContainsLetterOrDigit(doc.Word(end - 1)))
            {
                end--;
            }

            if (first == end)
            {
                continue;
            }

            // Drop a leading honorific or title word the tagger included ("Mr. Blinken", "Commerce Gina Raimondo").
            while (end - first > 1 && (s_honorifics.GetAlternateLookup<ReadOnlySpan<char>>().Contains(doc.Word(first)) ||
                (type == 1 && ((doc.GazI[first] | doc.GazB[first]) & Gazetteer.Title) != 0)))
            {
                first++;
            }

            TextSpan span = TextSpan.FromBounds(doc.Words[first].Start, doc.Words[end - 1].End);
            if (structure.IsExcluded(span))
            {
                continue;
            }

            ReadOnlySpan<char> mentionText = span.Slice(text);
            EntityType et = type switch
            {
                1 => EntityType.Person,
                2 => EntityType.Organization,
                3 => EntityType.Location,
                _ => EntityType.Misc,
            };
            if (et == EntityType.Person && (HasNonPersonWord(doc, first, end) || (end - first == 1 && (doc.GazI[first] & Gazetteer.Title) != 0)))
            {
                continue; // site furniture ("Online Desk"), or the end of a title ("Secretary of Commerce")
            }

            if (EntityAliases.TryGet(mentionText, out _, out EntityType aliasType, out _))
            {
                et = aliasType;
            }
            else if (et is EntityType.Misc or EntityType.Location && gazetteer.Places.TryGetDemonym(mentionText, out _))
            {
                et = EntityType.Nationality;
            }

            mentions.Add(new EntityMention(span, first, end, et, mentionText.ToString()));
        }

        return mentions;
    }

    private static bool OnlySpaces(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (text[i] is not ' ' and not '\u00A0')
            {
                return false;
            }
        }

        return to - from <= 2;
    }

    private static bool HasNonPersonWord(NerDocument doc, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (s_nonPersonWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(doc.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Assembly of First Nations (AFN)": the acronym in brackets names the mention before it; its later
    /// uses are mentions of the same entity even when the tagger missed them.</summary>
    private static void AddDefinedAcronyms(string text, List<TextSpan> words, List<EntityMention> mentions, EntityMention?[] mentionAt, out Dictionary<string, EntityMention> acronyms)
    {
        acronyms = new Dictionary<string, EntityMention>(StringComparer.Ordinal);
        int count = mentions.Count;
        for (int k = 0; k < count; k++)
        {
            EntityMention m = mentions[k];
            int p = m.EndWord;
            if (p + 2 >= words.Count || words[p].Slice(text) is not "(" || words[p + 2].Slice(text) is not ")")
            {
                continue;
            }

            ReadOnlySpan<char> acr = words[p + 1].Slice(text);
            if (acr.Length is < 2 or > 8 || !IsInitialsOf(text, words, m, acr))
            {
                continue;
            }

            string key = acr.ToString();
            acronyms.TryAdd(key, m);
        }

        if (acronyms.Count == 0)
        {
            return;
        }

        var lookup = acronyms.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < words.Count; i++)
        {
            if (mentionAt[i] is not null || !lookup.TryGetValue(words[i].Slice(text), out EntityMention? target))
            {
                continue;
            }

            var added = new EntityMention(words[i], i, i + 1, target.Type, words[i].GetText(text));
            mentionAt[i] = added;
            mentions.Add(added);
        }

        mentions.Sort(static (x, y) => x.Span.Start.CompareTo(y.Span.Start));
    }

    private static bool IsInitialsOf(string text, List<TextSpan> words, EntityMention m, ReadOnlySpan<char> acronym)
    {
        Span<char> initials = stackalloc char[16];
        int n = 0;
        for (int i = m.FirstWord; i < m.EndWord && n < initials.Length; i++)
        {
            ReadOnlySpan<char> w = words[i].Slice(text);
            if (w.IsEmpty || s_acronymStop.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w) || !char.IsLetter(w[0]))
            {
                continue;
            }

            initials[n++] = char.ToUpperInvariant(w[0]);
        }

        int letters = 0;
        Span<char> acr = stackalloc char[acronym.Length];
        foreach (char c in acronym)
        {
            if (char.IsLetter(c))
            {
                acr[letters++] = char.ToUpperInvariant(c);
            }
        }

        return letters >= 2 && initials[..n].SequenceEqual(acr[..letters]);
    }

    /// <summary>Folds mentions into entities.</summary>
    private static List<EntityCluster> Fold(List<EntityMention> mentions, Dictionary<string, EntityMention> acronyms)
    {
        var clusters = new List<EntityCluster>();
        var byKey = new Dictionary<string, EntityCluster>(StringComparer.OrdinalIgnoreCase);
        var byNamePart = new Dictionary<string, EntityCluster>(StringComparer.OrdinalIgnoreCase);
        var later = new List<EntityMention>();
        var personTails = new Dictionary<string, EntityCluster>(StringComparer.OrdinalIgnoreCase);

        // Full names and everything but one-word names first, in text order.
        foreach (EntityMention m in mentions)
        {
            bool single = m.WordCount == 1 || !m.Text.Contains(' ', StringComparison.Ordinal);
            if (single && m.Type is EntityType.Person or EntityType.Organization or EntityType.Misc && !EntityAliases.TryGet(m.Text, out _, out _, out _))
            {
                later.Add(m);
                continue;
            }

            if (m.Type == EntityType.Person && personTails.TryGetValue(m.Text, out EntityCluster? longer))
            {
                longer.Add(m); // "Woodhouse Nepinak" after "Cindy Woodhouse Nepinak"
                continue;
            }

            Join(m, clusters, byKey);
            if (m.Type == EntityType.Person)
            {
                string[] parts = m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                byNamePart[parts[^1]] = m.Cluster!;
                byNamePart.TryAdd(parts[0], m.Cluster!);
                for (int sp = m.Text.IndexOf(' ', StringComparison.Ordinal); sp > 0; sp = m.Text.IndexOf(' ', sp + 1))
                {
                    string tail = m.Text[(sp + 1)..];
                    if (tail.Contains(' ', StringComparison.Ordinal))
                    {
                        personTails.TryAdd(tail, m.Cluster!);
                    }
                }
            }
        }

        // One-word names: a defined acronym, a surname or first name of a person named in full, or their own entity.
        foreach (EntityMention m in later)
        {
            if (acronyms.TryGetValue(m.Text, out EntityMention? full) && full.Cluster is not null)
            {
                m.Type = full.Cluster.Type;
                full.Cluster.Add(m);
                continue;
            }

            if (byNamePart.TryGetValue(m.Text, out EntityCluster? person))
            {
                m.Type = EntityType.Person;
                person.Add(m);
                continue;
            }

            Join(m, clusters, byKey);
        }

        // A shorter organization name that ends a longer one: "Foreign Ministry" → "Chinese Foreign Ministry".
        var bySuffix = new Dictionary<string, EntityCluster>(StringComparer.OrdinalIgnoreCase);
        foreach (EntityCluster c in clusters)
        {
            if (c.Type != EntityType.Organization || c.Canonical is not null)
            {
                continue;
            }

            string longer = c.Mentions[0].Text;
            for (int sp = longer.IndexOf(' ', StringComparison.Ordinal); sp >= 0 && sp < longer.Length - 1; sp = longer.IndexOf(' ', sp + 1))
            {
                bySuffix.TryAdd(longer[(sp + 1)..], c);
            }
        }

        var target = new Dictionary<EntityCluster, EntityCluster>();
        foreach (EntityCluster c in clusters)
        {
            if (c.Type == EntityType.Organization && c.Canonical is null &&
                bySuffix.TryGetValue(c.Mentions[0].Text, out EntityCluster? other) && other != c)
            {
                target[c] = other;
            }
        }

        foreach ((EntityCluster c, EntityCluster first) in target)
        {
            EntityCluster root = first;
            while (target.TryGetValue(root, out EntityCluster? next))
            {
                root = next; // names get strictly longer, so this ends
            }

            foreach (EntityMention m in c.Mentions)
            {
                root.Add(m);
            }

            c.Mentions.Clear();
        }

        clusters.RemoveAll(c => c.Mentions.Count == 0);
        foreach (EntityCluster c in clusters)
        {
            c.Mentions.Sort(static (x, y) => x.Span.Start.CompareTo(y.Span.Start));
        }

        return clusters;
    }

    private static void Join(EntityMention m, List<EntityCluster> clusters, Dictionary<string, EntityCluster> byKey)
    {
        string key;
        string? canonical = null;
        EntityType type = m.Type;
        if (EntityAliases.TryGet(m.Text, out string aliasKey, out EntityType aliasType, out bool forced))
        {
            key = "=" + aliasKey;
            type = aliasType;
            canonical = forced ? aliasKey : null;
        }
        else
        {
            key = ((int)m.Type).ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + StripThe(m.Text);
        }

        if (!byKey.TryGetValue(key, out EntityCluster? c))
        {
            c = new EntityCluster(type, canonical);
            clusters.Add(c);
            byKey[key] = c;
        }

        m.Type = type;
        c.Add(m);
    }

    private static string StripThe(string s) => s.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? s[4..] : s;

    private static void Finish(EntityCluster c, string text, List<TextSpan> words, int[] sentenceStarts, int[] sentenceOf, EntityMention?[] mentionAt, Gazetteer gazetteer, HashSet<string> countries)
    {
        // Canonical name: the alias table's, else the most complete form (most words, then longest).
        EntityMention best = c.Mentions[0];
        foreach (EntityMention m in c.Mentions)
        {
            if (m.WordCount > best.WordCount || (m.WordCount == best.WordCount && m.Text.Length > best.Text.Length) ||
                (m.WordCount == best.WordCount && m.Text.Length == best.Text.Length && IsAllCaps(best.Text) && !IsAllCaps(m.Text)))
            {
                best = m;
            }
        }

        c.Name = c.Canonical ?? StripThe(best.Text);
        if (IsAllCaps(c.Name) && c.Name.Length > 4 && c.Canonical is null)
        {
            c.Name = TitleCase(c.Name);
        }

        switch (c.Type)
        {
            case EntityType.Location:
                c.CountryCode = PlaceResolver.Resolve(gazetteer.Places, c.Mentions, countries);
                break;
            case EntityType.Nationality:
                if (gazetteer.Places.TryGetDemonym(best.Text, out string nat))
                {
                    c.CountryCode = nat;
                }

                break;
            case EntityType.Person:
                foreach (EntityMention m in c.Mentions)
                {
                    if (m.WordCount < best.WordCount)
                    {
                        continue;
                    }

                    int s = sentenceOf[m.FirstWord];
                    c.Title = EntityTitles.Find(text, words, sentenceStarts[s], sentenceStarts[s + 1], m, mentionAt);
                    if (c.Title is not null)
                    {
                        break;
                    }
                }

                break;
            default:
                break;
        }
    }

    /// <summary>Salience from mention count (log-scaled, places and nationalities count less), the headline and the lead; most salient first.</summary>
    private static void Rank(string text, TextSegment? headlineLine, List<EntityCluster> clusters, int[] sentenceOf, int headlineSentence)
    {
        TextSpan? headline = headlineLine?.Span;
        double max = 0;
        foreach (EntityCluster c in clusters)
        {
            double score = 0;
            bool inHeadline = false;
            bool inLead = false;
            foreach (EntityMention m in c.Mentions)
            {
                score += c.Type is EntityType.Person or EntityType.Organization ? 1.0 : 0.7;
                if (headline is { } h && h.Contains(m.Span))
                {
                    inHeadline = true;
                }

                if (headline is null && sentenceOf[m.FirstWord] == headlineSentence)
                {
                    inHeadline = true;
                }

                inLead |= sentenceOf[m.FirstWord] <= 3 && m.Span.Start < (text.Length / 3) + 1;
            }

            score = (2 * Math.Log(1 + score)) + (inHeadline ? 3 : 0) + (inLead ? 1.5 : 0) + (c.Type == EntityType.Person ? 0.5 : 0);
            c.Score = score;
            max = Math.Max(max, score);
        }

        foreach (EntityCluster c in clusters)
        {
            c.Score = max > 0 ? c.Score / max : 0;
        }

        clusters.Sort(static (x, y) =>
        {
            int bySalience = y.Score.CompareTo(x.Score);
            return bySalience != 0 ? bySalience : x.FirstStart.CompareTo(y.FirstStart);
        });
    }

    /// <summary>Without a headline from the structure stage: the first sentence of four or more words that is not excluded.</summary>
    private static int GuessHeadline(PageStructure structure, List<TextSpan> words, int[] sentenceStarts)
    {
        if (structure.Headline is not null)
        {
            return -1;
        }

        for (int s = 0; s + 1 < sentenceStarts.Length && s < 5; s++)
        {
            int a = sentenceStarts[s];
            int b = sentenceStarts[s + 1];
            if (b - a >= 4 && !structure.IsExcluded(TextSpan.FromBounds(words[a].Start, words[b - 1].End)))
            {
                return s;
            }
        }

        return -1;
    }

    private static bool IsAllCaps(string s)
    {
        bool letter = false;
        foreach (char c in s)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letter |= char.IsLetter(c);
        }

        return letter;
    }

    private static string TitleCase(string s)
    {
        var chars = s.ToCharArray();
        bool start = true;
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            chars[i] = start ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c);
            start = !char.IsLetter(c) && c != '\'' && c != '’';
        }

        return new string(chars);
    }
}
