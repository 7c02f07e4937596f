using FluentAssertions;
using NewsNlp.ModelBuilder;
using NewsNlp.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace NewsNlp.Tests.Coreference;

/// <summary>Accuracy floor of the mention chains on GUM dev (news, interviews, biographies: hand-made coreference the
/// rules were not tuned on), scored by the ModelBuilder's <c>coref</c> command.</summary>
[Trait("Category", "Accuracy")]
public sealed class GumChainFloorTests(ITestOutputHelper output)
{
    /// <summary>A little below the measured 0.798 (95 of 119 person pronouns): about one standard error on 119 links.</summary>
    private const double PersonPronounPrecisionFloor = 0.74;

    /// <summary>A little below the measured 0.879 of the gold pronouns of found people that get a link.</summary>
    private const double PronounRecallFloor = 0.83;

    [SharedDataFact]
    public void GumDev_PersonPronounLinks_StayAboveTheFloor()
    {
        string data = TestData.SharedData;
        CorefEvaluation.CorefScore score = CorefEvaluation.Score(data, "dev", ["news", "interview", "bio"]);
        output.WriteLine($"{score.Documents} documents; pronouns {score.Pronoun}; person {score.Person.Precision()}; nominals {score.Nominal.Precision()}");
        score.Documents.Should().BeGreaterThanOrEqualTo(6);
        ((double)score.Person.Right / score.Person.Returned).Should().BeGreaterThanOrEqualTo(PersonPronounPrecisionFloor);
        ((double)score.Pronoun.GoldFound / score.Pronoun.Gold).Should().BeGreaterThanOrEqualTo(PronounRecallFloor);
    }
}
