using FluentAssertions;
using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests.Entities;

/// <summary>The tagger scores a word's own features once per document and pass (<see cref="WordScoreCache"/>); the
/// tags must be exactly those of scoring every feature of every occurrence.</summary>
public sealed class WordScoreCacheTests
{
    /// <summary>Story text with names repeated in every casing context: sentence-initial, mid-sentence, in a capitals
    /// line, after a quote, possessive.</summary>
    private const string Story =
        "WASHINGTON (Reuters) - Senator Maria Lopez said on Tuesday that Lopez would vote against the bill.\n\n" +
        "Lopez, a Democrat from New Mexico, told Reuters that the bill \"hurts New Mexico families.\"\n\n" +
        "SENATE VOTE DELAYED AS LOPEZ OBJECTS\n\n" +
        "The Senate's majority leader, John Hale, said Hale's office had spoken with Lopez. \"Lopez knows the numbers,\" Hale said.\n\n" +
        "New Mexico Governor Ann Ruiz backed Lopez. Ruiz said the state would sue. Reuters could not reach Ruiz's office.\n";

    [Fact]
    public void CachedDecoding_GivesTheTagsOfUncachedDecoding_OnTheWorkedExample_AndAStoryOfRepeatedNames()
    {
        foreach (string text in new[] { TestData.ReadGolden("blinken-qin.txt"), Story })
        {
            NerDocument doc = Document(text);
            byte[] cached = new byte[doc.Count];
            byte[] uncached = new byte[doc.Count];

            NerTagger.TagDocument(doc, NerModel.Pass1, NerModel.Pass2, cached);
            NerTagger.TagDocument(doc, new Uncached(NerModel.Pass1), new Uncached(NerModel.Pass2), uncached);

            cached.Should().Equal(uncached);
            cached.Count(t => t != NerTagger.O).Should().BeGreaterThan(10, "the stories are full of names");
        }
    }

    [Fact]
    public void OccurrencesWithOneWordKey_HaveTheSameWordFeatures_InEveryCasingContext()
    {
        NerDocument doc = Document(Story);
        NerTagger.TagDocument(doc, new byte[doc.Count]); // leaves the document types of the first pass, which the second reads
        var seen = new Dictionary<ulong, ulong[]>();
        Span<ulong> features = stackalloc ulong[NerFeatures.MaxFeatures];
        int repeats = 0;
        for (int s = 0; s + 1 < doc.SentenceStarts.Length; s++)
        {
            for (int i = doc.SentenceStarts[s]; i < doc.SentenceStarts[s + 1]; i++)
            {
                int n = NerFeatures.Extract(doc, i, doc.SentenceStarts[s], doc.SentenceStarts[s + 1], NerTagger.O, NerTagger.O, features, NerFeatureParts.Word);
                ulong[] own = features[..n].ToArray();
                if (seen.TryGetValue(NerFeatures.WordKey(doc, i), out ulong[]? earlier))
                {
                    own.Should().Equal(earlier, "word {0} '{1}' has the key of an earlier occurrence", i, doc.Word(i).ToString());
                    repeats++;
                }
                else
                {
                    seen.Add(NerFeatures.WordKey(doc, i), own);
                }
            }
        }

        repeats.Should().BeGreaterThan(20);
        seen.Count.Should().BeGreaterThan(60, "'Lopez' at a sentence start, mid-sentence and in capitals are three keys");
    }

    [Fact]
    public void Cache_FindsARepeatedKey_AndStopsAddingWhenFull()
    {
        using var cache = new WordScoreCache(words: 2);

        cache.TryGet(11, out Span<int> first).Should().BeFalse();
        first.Length.Should().Be(NerWeights.TagCount);
        first[3] = 42;
        cache.TryGet(11, out Span<int> again).Should().BeTrue();
        again[3].Should().Be(42);
        cache.TryGet(12, out _).Should().BeFalse();
        cache.TryGet(13, out Span<int> full).Should().BeFalse();
        full.IsEmpty.Should().BeTrue("a full cache adds nothing; the word is scored without it");
    }

    private static NerDocument Document(string text)
    {
        ArticleText article = ArticleText.Build(text);
        TaggerInput input = TaggerInput.Build(article, Gazetteer.Default);
        return new NerDocument(text, input.Words, input.SentenceStarts, Gazetteer.Default, WordClusters.Default);
    }

    /// <summary>The shipped weights seen through the plain <see cref="NerWeights"/> interface: every feature scored.</summary>
    private sealed class Uncached(NerModel model) : NerWeights
    {
        public override void Score(ReadOnlySpan<ulong> features, Span<float> scores) => model.Score(features, scores);
    }
}
