using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Entities;

/// <summary>The beam of the NER decoder (<see cref="NerBeam"/>): best first, at most its width, hypotheses in one state
/// merged, those far below the best dropped, and the best path read back.</summary>
public sealed class NerBeamTests
{
    private const int BPer = 1, IPer = 2, BOrg = 3;

    [Fact]
    public void KeepsTheBestExtensionsFirst_AndNoMoreThanItsWidth()
    {
        using var beam = new NerBeam(2);
        beam.Start(1);
        beam.Offer(0, Scores((NerTagger.O, 5), (BPer, 9), (BOrg, 7)));
        beam.Commit(0);

        beam.Count.Should().Be(2);
        beam.Prev(0).Should().Be(BPer);
        beam.Prev(1).Should().Be(BOrg, "O (5) is the third best and the beam holds two");
    }

    [Fact]
    public void DropsHypothesesFarBelowTheBest()
    {
        using var beam = new NerBeam(4);
        beam.Start(1);
        beam.Offer(0, Scores((NerTagger.O, 100), (BPer, 100 - NerBeam.MaxScoreGap - 1), (BOrg, 100 - NerBeam.MaxScoreGap + 1)));
        beam.Commit(0);

        beam.Count.Should().Be(2);
        beam.Prev(1).Should().Be(BOrg);
    }

    [Fact]
    public void MergesHypothesesWithTheSameLastTwoTags_KeepingTheBetter()
    {
        using var beam = new NerBeam(4);
        beam.Start(3);
        beam.Offer(0, Scores((NerTagger.O, 10), (BPer, 10)));
        beam.Commit(0);

        // Both hypotheses (O and B-PER) go on with O: "O, O" and "B-PER, O" are different states; a third O makes both
        // "O, O", and only the better survives.
        beam.Offer(0, Scores((NerTagger.O, 1)));
        beam.Offer(1, Scores((NerTagger.O, 3)));
        beam.Commit(1);
        beam.Count.Should().Be(2);

        beam.Offer(0, Scores((NerTagger.O, 0)));
        beam.Offer(1, Scores((NerTagger.O, 0)));
        beam.Commit(2);
        beam.Count.Should().Be(1, "O-O-O and B-PER-O-O end in the same two tags");
        var tags = new byte[3];
        beam.Backtrack(2, tags);
        tags.Should().Equal([BPer, NerTagger.O, NerTagger.O], "B-PER-O-O scores 13, O-O-O 11");
    }

    [Fact]
    public void Backtrack_ReadsTheBestWholePath_NotTheBestWordByWord()
    {
        using var beam = new NerBeam(4);
        beam.Start(2);
        beam.Offer(0, Scores((NerTagger.O, 6), (BPer, 5)));
        beam.Commit(0);

        // After O an I-PER is not allowed; after B-PER it scores high: B-PER I-PER (5 + 8) beats O O (6 + 2).
        beam.Offer(0, Scores((NerTagger.O, 2), (IPer, 40)));
        beam.Offer(1, Scores((NerTagger.O, 1), (IPer, 8)));
        beam.Commit(1);
        var tags = new byte[2];
        beam.Backtrack(1, tags);

        tags.Should().Equal(BPer, IPer);
    }

    [Fact]
    public void Collapse_KeepsTheBestHypothesisWithAnO()
    {
        using var beam = new NerBeam(4);
        beam.Start(2);
        beam.Offer(0, Scores((NerTagger.O, 6), (BPer, 5)));
        beam.Commit(0);
        beam.BestEndsOutside.Should().BeTrue();

        beam.Collapse(1);
        beam.Count.Should().Be(1);
        var tags = new byte[2];
        beam.Backtrack(1, tags);
        tags.Should().Equal(NerTagger.O, NerTagger.O);
    }

    /// <summary>Scores for the nine tags: the given ones, every other tag far below.</summary>
    private static float[] Scores(params (int Tag, float Score)[] given)
    {
        var scores = new float[NerWeights.TagCount];
        Array.Fill(scores, -1000f);
        foreach ((int tag, float score) in given)
        {
            scores[tag] = score;
        }

        return scores;
    }
}
