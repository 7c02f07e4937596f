using System.Globalization;
using System.Text;

namespace NewsNlp.Training;

/// <summary>Builds the typed lists of <c>Models/ner-names.bin</c> (<see cref="NerNameLists.Typed"/>, one per tag of
/// <see cref="NerNameLists.TypedTags"/>) from the public gazetteers in <c>../shared/data/gazetteers</c>: US Census 1990
/// surnames and first names and SSA first names (public domain), world leaders (Wikidata, CC0) and typed Wikipedia
/// titles (CC BY-SA), SEC EDGAR company names (public domain), openfootball clubs (CC0), Hipo universities (MIT), Party
/// Facts parties (MIT). Phrases are written as the tagger's words (commas, brackets and possessives split off).</summary>
internal static class GazetteerListBuilder
{
    /// <summary>Census surnames up to this frequency rank: rarer ones are mostly other words and noise.</summary>
    private const int MaxSurnameRank = 20000;

    /// <summary>SSA first names given at least this many times in 1880–2023 (the SOURCE.md advice: rarer entries are words and places).</summary>
    private const int MinFirstNameCount = 1000;

    /// <summary>Legal suffixes stripped from SEC company titles ("NVIDIA CORP" → "NVIDIA"); the tagger's own organization-suffix list covers them.</summary>
    private static readonly HashSet<string> s_legalSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "corp", "corp.", "inc", "inc.", "plc", "ltd", "ltd.", "co", "co.", "llc", "lp", "l.p.", "holdings", "holding", "corporation",
        "incorporated", "limited", "company", "n.v.", "nv", "s.a.", "sa", "ag", "se", "/de/", "/md/", "/nv/", "/pa/", "/ny/", "/tx/",
        "/ca/", "/fl/", "/oh/", "/mn/", "/ma/", "/va/", "/nj/", "/ga/", "/il/", "/wa/", "/co/", "/mi/", "/wi/", "/ut/", "&", "the",
    };

    /// <summary>The lists in the order of <see cref="NerNameLists.TypedTags"/> (S N P C B U Y G), or empty lists when the data is missing.</summary>
    public static IReadOnlyList<IEnumerable<string>> Build(string data)
    {
        string root = Path.Combine(data, "gazetteers");
        var lists = new SortedSet<string>[NerNameLists.TypedTags.Length];
        for (int k = 0; k < lists.Length; k++)
        {
            lists[k] = new SortedSet<string>(StringComparer.Ordinal);
        }

        if (!Directory.Exists(root))
        {
            Console.Error.WriteLine("gazetteers: " + root + " missing; typed lists left empty");
            return lists;
        }

        // S: census surnames, by rank.
        foreach (string line in File.ReadLines(Path.Combine(root, "names-us-census-1990", "dist.all.last")))
        {
            string[] f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length == 4 && int.Parse(f[3], CultureInfo.InvariantCulture) <= MaxSurnameRank)
            {
                lists[0].Add(Cased(f[0]));
            }
        }

        // N: census first names and frequent SSA first names.
        foreach (string file in new[] { "dist.male.first", "dist.female.first" })
        {
            foreach (string line in File.ReadLines(Path.Combine(root, "names-us-census-1990", file)))
            {
                string[] f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (f.Length == 4)
                {
                    lists[1].Add(Cased(f[0]));
                }
            }
        }

        foreach (string[] f in Tsv(Path.Combine(root, "names-us-ssa", "us_ssa_first_names_1880_2023.tsv")))
        {
            if (f.Length >= 3 && long.Parse(f[2], CultureInfo.InvariantCulture) >= MinFirstNameCount)
            {
                lists[1].Add(f[0]);
            }
        }

        // P: world leaders (Wikidata) and Wikipedia titles of people.
        foreach (string[] f in Csv(Path.Combine(root, "world-leaders-wikidata", "world_leaders_wikidata_2021.csv")))
        {
            AddPhrase(lists[2], f.Length > 5 ? f[5] : "");
        }

        var wikiOrg = new List<string>();
        foreach (string[] f in Tsv(Path.Combine(root, "wikipedia-titles-typed", "wikipedia_titles_typed.tsv")))
        {
            if (f.Length >= 2 && f[1] == "PER")
            {
                AddPhrase(lists[2], f[0]);
            }
            else if (f.Length >= 2 && f[1] == "ORG")
            {
                AddPhrase(lists[7], f[0]);
            }
        }

        // C: SEC company titles without their legal suffixes.
        foreach (string[] f in Tsv(Path.Combine(root, "companies-sec-edgar", "sec_company_tickers.tsv")))
        {
            AddPhrase(lists[3], StripLegalSuffixes(f[0]));
        }

        // B: football clubs and their aliases.
        foreach (string[] f in Tsv(Path.Combine(root, "openfootball-clubs", "football_clubs.tsv")))
        {
            AddPhrase(lists[4], f[0]);
        }

        // U: universities.
        foreach (string[] f in Tsv(Path.Combine(root, "universities-hipo", "universities.tsv")))
        {
            AddPhrase(lists[5], f[0]);
        }

        // Y: political parties: native and English names (" / " separates variants), abbreviations.
        foreach (string[] f in Csv(Path.Combine(root, "political-parties-partyfacts", "partyfacts-core-parties.csv")))
        {
            if (f.Length < 6 || f[2].Length > 0)
            {
                continue; // technical entries ("alliance", "1 percent")
            }

            AddPhrase(lists[6], f[3]);
            foreach (string name in (f[4] + " / " + f[5]).Split(" / ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                AddPhrase(lists[6], name);
            }
        }

        Console.Error.WriteLine("gazetteers: " + string.Join(", ", lists.Select((l, k) => NerNameLists.TypedTags[k] + " " + l.Count.ToString(CultureInfo.InvariantCulture))));
        return lists;
    }

    private static string Cased(string upper) => upper[..1] + upper[1..].ToLowerInvariant();

    private static string StripLegalSuffixes(string title)
    {
        var words = title.Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && s_legalSuffixes.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    /// <summary>Adds <paramref name="name"/> as the tagger's words: a trailing "(…)" dropped, commas, brackets and quotes
    /// split off, a possessive 's its own word; names of one letter or of more words than the gazetteer matches are skipped.</summary>
    private static void AddPhrase(SortedSet<string> list, string name)
    {
        int paren = name.IndexOf(" (", StringComparison.Ordinal);
        if (paren > 0)
        {
            name = name[..paren];
        }

        var sb = new StringBuilder(name.Length + 8);
        foreach (string raw in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string w = raw.Trim('"', '“', '”', '(', ')', '[', ']', ',', ';', ':');
            if (w.Length == 0)
            {
                continue;
            }

            if (w.Length > 2 && (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)))
            {
                w = w[..^2] + " " + w[^2..];
            }

            sb.Append(sb.Length > 0 ? " " : "").Append(w);
        }

        string phrase = sb.ToString();
        int words = phrase.Count(c => c == ' ') + 1;
        if (phrase.Length > 1 && words <= Gazetteer.MaxPhraseWords && phrase.Any(char.IsLetter))
        {
            list.Add(phrase);
        }
    }

    private static IEnumerable<string[]> Tsv(string path) => File.ReadLines(path).Skip(1).Select(l => l.Split('\t'));

    /// <summary>Rows of a CSV file with quoted fields (a quote inside a quoted field is doubled); no field spans lines in these files.</summary>
    private static IEnumerable<string[]> Csv(string path)
    {
        foreach (string line in File.ReadLines(path).Skip(1))
        {
            var fields = new List<string>();
            var sb = new StringBuilder();
            bool quoted = false;
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                    {
                        sb.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        sb.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    fields.Add(sb.ToString());
                    sb.Clear();
                }
                else
                {
                    sb.Append(c);
                }
            }

            fields.Add(sb.ToString());
            yield return [.. fields];
        }
    }
}
