using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Entities;

/// <summary>The distinct-word numbering the tagger's document uses to look each word up once: numbers in order of
/// first occurrence, the same number for every occurrence, and the per-word facts it carries agree with a per-word
/// lookup.</summary>
public sealed class DistinctWordsTests
{
    [Fact]
    public void Number_GivesEachDistinctWord_OneNumber_InOrderOfFirstOccurrence()
    {
        string[] words = "the minister said the minister would resign , the paper said".Split(' ');
        ulong[] keys = Array.ConvertAll(words, w => FeatureHash.Lower(w));
        int[] ids = new int[keys.Length];
        int[] first = new int[keys.Length];

        int distinct = DistinctWords.Number(keys, ids, first);

        distinct.Should().Be(7);
        ids.Should().Equal(0, 1, 2, 0, 1, 3, 4, 5, 0, 6, 2);
        first[..distinct].Should().Equal(0, 1, 2, 5, 6, 7, 9);
    }

    [Fact]
    public void Number_HandlesManyWords_AndAnEmptyDocument()
    {
        ulong[] keys = new ulong[5000];
        for (int i = 0; i < keys.Length; i++)
        {
            int k = i % 1234;
            keys[i] = FeatureHash.Lower(new string([(char)('a' + (k % 26)), (char)('a' + (k / 26 % 26)), (char)('a' + (k / 676))])); // digits would fold to 0
        }

        int[] ids = new int[keys.Length];
        int[] first = new int[keys.Length];
        DistinctWords.Number(keys, ids, first).Should().Be(1234);
        ids[1234 + 17].Should().Be(ids[17]);
        DistinctWords.Number([], [], []).Should().Be(0);
    }

    [Fact]
    public void Document_ReadsClustersAndGazetteer_AsAPerWordLookupWould()
    {
        const string text = "Paris police said Paris was calm . In Paris , the paris bureau of Reuters said police were out .";
        var spans = new List<TextSpan>();
        int at = 0;
        foreach (string w in text.Split(' '))
        {
            at = text.IndexOf(w, at, StringComparison.Ordinal);
            spans.Add(new TextSpan(at, w.Length));
            at += w.Length;
        }

        var doc = new NerDocument(text, [.. spans], [0, 7, spans.Count], Gazetteer.Default, WordClusters.Default);

        for (int i = 0; i < doc.Count; i++)
        {
            bool capitalized = doc.Cls[i] is NerDocument.ClsInitCap or NerDocument.ClsAllCaps or NerDocument.ClsMixed;
            doc.Clusters[i].Should().Be(WordClusters.Default.Of(doc.Lower[i], capitalized), "word {0} ({1})", i, doc.Word(i).ToString());
        }

        int paris = 0;
        int police = 1;
        (doc.GazB[paris] & Gazetteer.City).Should().NotBe(0, "Paris is a city of the gazetteer");
        (doc.Flags[paris] & NerDocument.FlagDocLower).Should().NotBe(0, "'paris' is written in lower case mid-sentence elsewhere");
        (doc.Flags[police] & NerDocument.FlagDocLower).Should().NotBe(0, "'police' is written in lower case elsewhere");
        int reuters = Array.FindIndex(spans.ToArray(), s => text.AsSpan(s.Start, s.Length).SequenceEqual("Reuters"));
        (doc.Flags[reuters] & NerDocument.FlagDocCapMid).Should().NotBe(0, "Reuters is capitalized mid-sentence");
        (doc.Flags[reuters] & NerDocument.FlagDocLower).Should().Be(0);
    }
}
