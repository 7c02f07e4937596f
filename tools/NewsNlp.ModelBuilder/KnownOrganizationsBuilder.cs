using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace NewsNlp.ModelBuilder;

/// <summary>Builds <c>Models/organizations.bin</c>, the names of <see cref="KnownOrganizations"/>: organizations a news
/// story names without a company word ("Netflix", "Twitter", "USA Today", "Goldman Sachs"), which the tagger, trained
/// on 1996 news, reads as people, places or other names. Sources: dariusk/corpora (CC0) social networks, newspapers,
/// the Fortune 500, the Nasdaq-100, the Dow Jones companies and US federal agencies; SEC EDGAR company titles (US
/// government data, public domain) of more than one word, without their legal suffixes ("GOLDMAN SACHS GROUP INC" →
/// "Goldman Sachs"). A name is left out when it
/// is a place (<see cref="PlaceIndex"/>), when its first word is a given name ("Walt Disney", "Howard Hughes": people
/// too), or when it is one word that Wikipedia and Wikinews text (<c>unlabeled/</c>, CC BY-SA / CC BY) often writes in
/// lower case ("Opera", "Target", "City").</summary>
internal static class KnownOrganizationsBuilder
{
    /// <summary>A one-word name is kept only when at least this share of its occurrences in the unlabeled text are
    /// capitalized: "Google" 0.99, "Fox" 0.96, "Apple" 0.94 stay; "Paramount" 0.62, "Opera" 0.53, "Visa" 0.31 go.</summary>
    private const double MinCapitalizedShare = 0.9;

    /// <summary>Legal suffixes stripped from SEC titles ("NVIDIA CORP" → "NVIDIA").</summary>
    private static readonly HashSet<string> s_legalSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "corp", "corp.", "inc", "inc.", "plc", "ltd", "ltd.", "co", "co.", "llc", "lp", "l.p.", "holdings", "holding",
        "corporation", "incorporated", "limited", "company", "n.v.", "nv", "s.a.", "sa", "ag", "se", "group", "&", "the",
    };

    /// <summary>Builds the list; <c>--print</c> also writes every kept name, and every name left out with the reason, to
    /// standard output, for review.</summary>
    public static int Run(string data, string modelDir, string[] args)
    {
        string gazetteers = Path.Combine(data, "gazetteers");
        string dariusk = Path.Combine(gazetteers, "dariusk-corpora");
        string sec = Path.Combine(gazetteers, "companies-sec-edgar", "sec_company_tickers.tsv");
        if (!Directory.Exists(dariusk) || !File.Exists(sec))
        {
            Console.Error.WriteLine($"organizations: {dariusk} or {sec} not found");
            return 1;
        }

        // name (lower case) -> (as written, from the SEC list only)
        var candidates = new SortedDictionary<string, (string Written, bool SecOnly)>(StringComparer.Ordinal);
        void Add(string name, bool secOnly)
        {
            name = name.Trim();
            if (name.StartsWith("The ", StringComparison.Ordinal))
            {
                name = name[4..];
            }

            string key = name.ToLowerInvariant();
            if (name.Length < 2 || name.Contains('/', StringComparison.Ordinal))
            {
                return;
            }

            if (!candidates.TryGetValue(key, out var old) || (old.SecOnly && !secOnly))
            {
                candidates[key] = (name, secOnly);
            }
        }

        foreach (string name in Strings(Path.Combine(dariusk, "technology", "social_networking_websites.json"), "socialNetworkingWebsites"))
        {
            Add(name, false);
        }

        foreach (string name in Strings(Path.Combine(dariusk, "corporations", "newspapers.json"), "newspapers"))
        {
            Add(name, false);
        }

        foreach (string name in Strings(Path.Combine(dariusk, "corporations", "fortune500.json"), "companies"))
        {
            Add(name, false);
        }

        foreach (string file in new[] { "nasdaq", "djia" })
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dariusk, "corporations", file + ".json")));
            foreach (JsonElement c in doc.RootElement.GetProperty("corporations").EnumerateArray())
            {
                Add(c.GetProperty("name").GetString() ?? "", false);
            }
        }

        foreach (string name in Strings(Path.Combine(dariusk, "governments", "us_federal_agencies.json"), "agencies"))
        {
            Add(name, false);
        }

        foreach (string line in File.ReadLines(sec).Skip(1))
        {
            Add(StripLegalSuffixes(line.Split('\t')[0]), true);
        }

        Dictionary<string, (int Upper, int Lower)> casing = CountCasing(data, candidates.Keys.Where(k => !k.Contains(' ', StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal));
        var firstNames = new HashSet<string>(NerNameLists.Default.FirstNames, StringComparer.OrdinalIgnoreCase);
        var kept = new List<string>();
        bool print = Args.Flag(args, "--print");
        int places = 0, people = 0, words = 0, secWords = 0;
        foreach ((string key, (string written, bool secOnly)) in candidates)
        {
            int space = key.IndexOf(' ', StringComparison.Ordinal);
            if (PlaceIndex.Default.Find(written) >= 0)
            {
                places++;
                Print(print, "place", written);
            }
            else if (firstNames.Contains(space < 0 ? written : written[..space]))
            {
                people++;
                Print(print, "person", written);
            }
            else if (space < 0 && secOnly)
            {
                // One-word SEC titles are surnames, towns and words as often as the companies news writes about
                // ("Morgan", "Dow", "Lear", "Celsius", "Everest"); the big ones are in the curated lists.
                secWords++;
                Print(print, "sec-word", written);
            }
            else if (space < 0 && !IsName(casing.GetValueOrDefault(key)))
            {
                words++;
                Print(print, "word", written);
            }
            else
            {
                kept.Add(key);
                Print(print, "kept", written);
            }
        }

        string path = Path.Combine(modelDir, KnownOrganizations.FileName);
        NameListFile.Write(path, KnownOrganizations.Header, [('O', kept)]);

        Console.WriteLine($"organizations: {kept.Count} names of {candidates.Count} ({places} places, {people} with a given name first, {secWords} one-word SEC titles, {words} words left out) -> {path} ({new FileInfo(path).Length:N0} bytes)");
        return 0;
    }

    private static void Print(bool print, string verdict, string name)
    {
        if (print)
        {
            Console.WriteLine(verdict + "\t" + name);
        }
    }

    /// <summary>Whether a one-word name with these counts in the unlabeled text is a name rather than a word.</summary>
    private static bool IsName((int Upper, int Lower) counts)
    {
        int total = counts.Upper + counts.Lower;
        return total == 0 || counts.Upper >= MinCapitalizedShare * total;
    }

    private static string StripLegalSuffixes(string title)
    {
        var list = title.Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (list.Count > 1 && s_legalSuffixes.Contains(list[^1]))
        {
            list.RemoveAt(list.Count - 1);
        }

        // SEC titles are mostly in capitals: written as a name ("NETFLIX" → "Netflix"); mixed-case ones stay.
        string name = string.Join(' ', list);
        return name.Any(char.IsLower) ? name : string.Join(' ', list.Select(w => w.Length > 1 ? w[..1] + w[1..].ToLowerInvariant() : w));
    }

    private static List<string> Strings(string file, string property)
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(file));
        var list = new List<string>();
        foreach (JsonElement e in doc.RootElement.GetProperty(property).EnumerateArray())
        {
            if (e.GetString() is { } s)
            {
                list.Add(s);
            }
        }

        return list;
    }

    /// <summary>How often each of <paramref name="words"/> (lower case) is written capitalized and in lower case in the
    /// Wikinews and Wikipedia sample text of <c>unlabeled/</c>.</summary>
    private static Dictionary<string, (int Upper, int Lower)> CountCasing(string data, HashSet<string> words)
    {
        var counts = new Dictionary<string, (int Upper, int Lower)>(StringComparer.Ordinal);
        var wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[64];
        foreach (string name in new[] { "wikinews-filtered.txt.gz", "wikipedia-sample.txt.gz" })
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(Path.Combine(data, "unlabeled", name)), CompressionMode.Decompress), Encoding.UTF8);
            while (reader.ReadLine() is { } line)
            {
                int i = 0;
                while (i < line.Length)
                {
                    if (!char.IsAsciiLetterOrDigit(line[i]))
                    {
                        i++;
                        continue;
                    }

                    int start = i;
                    while (i < line.Length && (char.IsAsciiLetterOrDigit(line[i]) || (line[i] is '&' or '.' or '-' or '\'' && i + 1 < line.Length && char.IsAsciiLetterOrDigit(line[i + 1]))))
                    {
                        i++;
                    }

                    ReadOnlySpan<char> w = line.AsSpan(start, i - start);
                    if (w.Length > lower.Length || !char.IsAsciiLetter(w[0]))
                    {
                        continue;
                    }

                    int n = w.ToLowerInvariant(lower);
                    if (wordLookup.TryGetValue(lower[..n], out string? key))
                    {
                        (int up, int low) = counts.GetValueOrDefault(key);
                        counts[key] = char.IsAsciiLetterUpper(w[0]) ? (up + 1, low) : (up, low + 1);
                    }
                }
            }
        }

        return counts;
    }
}
