using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Topics;

public sealed class CustomTopicModelTests
{
    private static readonly string[] s_cooking =
    [
        "Whisk the eggs with sugar, fold in the flour and bake the cake for forty minutes.",
        "Simmer the tomato sauce with garlic and basil, then pour it over the pasta.",
        "Roast the chicken with lemon, thyme and butter until the skin is golden.",
        "Knead the dough, let the bread rise for an hour, then bake it in a hot oven.",
        "Fry the onions slowly in olive oil before adding the rice and the stock.",
        "Season the soup with salt and pepper and serve it with fresh bread.",
        "Chop the vegetables, stir-fry them in a wok and finish with soy sauce.",
        "Melt the chocolate with cream to make a glossy sauce for the dessert.",
        "Marinate the beef overnight, then grill it and slice it thinly.",
        "Blend the fruit with yogurt and honey for a quick breakfast smoothie.",
        "Bake the pie until the pastry is crisp and the apples are soft.",
        "Boil the potatoes, mash them with butter and milk, and season well.",
    ];

    private static readonly string[] s_gardening =
    [
        "Prune the roses in early spring and feed them with a rich compost.",
        "Sow the carrot seeds in rows and water the bed every morning.",
        "Plant tulip bulbs in autumn so they flower in the spring garden.",
        "Mow the lawn high in summer and rake the leaves in the autumn.",
        "Dig the vegetable patch, add manure and weed it before planting.",
        "Repot the houseplants into larger pots with fresh soil and drainage.",
        "Protect the seedlings from slugs and frost with a cloche in the garden.",
        "Water the tomato plants at the roots and tie the stems to canes.",
        "Mulch the flower borders to keep the weeds down and the soil moist.",
        "Trim the hedge after the birds have finished nesting in the garden.",
        "Divide the perennials in autumn and replant them around the garden.",
        "Harvest the potatoes when the leaves die back and store them dry.",
    ];

    private static IEnumerable<(string, string)> Examples() =>
        s_cooking.Select(t => (t, "cooking")).Concat(s_gardening.Select(t => (t, "gardening")));

    [Fact]
    public void Train_Save_Load_Analyze_EndToEnd()
    {
        TopicTrainingResult trained = TopicTrainer.Train(Examples(), new TopicTrainingOptions { HoldOutFraction = 0.25, Seed = 7 });
        TopicModel model = trained.Model;

        model.Labels.Should().BeEquivalentTo(["cooking", "gardening"]);
        trained.Evaluation.Should().NotBeNull();
        trained.Evaluation!.TestCount.Should().Be(6);
        trained.Evaluation.TrainCount.Should().Be(18);
        trained.Evaluation.Classes.Select(c => c.Label).Should().Equal("cooking", "gardening");
        trained.Evaluation.Classes.Should().OnlyContain(c => c.Support == 3 && c.F1 >= 0 && c.F1 <= 1);
        trained.Evaluation.ToString().Should().Contain("macro-F1");

        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        TopicModel loaded = TopicModel.Load(stream);
        loaded.Labels.Should().BeEquivalentTo(model.Labels);
        loaded.Classify("Whisk the eggs.").Select(s => s.Score).Should().Equal(model.Classify("Whisk the eggs.").Select(s => s.Score));

        NewsAnalyzer analyzer = NewsAnalyzer.Create(new NewsAnalyzerOptions { TopicModel = loaded });
        NewsAnalysis cake = analyzer.Analyze("Bake the chocolate cake in a hot oven and serve it with cream and fresh fruit.");
        NewsAnalysis roses = analyzer.Analyze("Plant the roses in the garden, water the soil and mulch the borders against weeds.");

        cake.Topics[0].Label.Should().Be("cooking");
        cake.Topics[0].Code.Should().Be("cooking");
        roses.Topics[0].Label.Should().Be("gardening");
        cake.Topics.Should().OnlyContain(t => t.Score >= 0 && t.Score <= 1);
    }

    [Fact]
    public void Train_IsDeterministic()
    {
        var options = new TopicTrainingOptions { HoldOutFraction = 0.25, Seed = 3 };
        TopicTrainingResult a = TopicTrainer.Train(Examples(), options);
        TopicTrainingResult b = TopicTrainer.Train(Examples(), options);
        const string text = "Stir the sauce and water the plants.";

        a.Model.Classify(text).Select(s => s.Score).Should().Equal(b.Model.Classify(text).Select(s => s.Score));
        a.Evaluation!.MacroF1.Should().Be(b.Evaluation!.MacroF1);
    }

    [Fact]
    public void Train_RejectsASingleLabel()
    {
        Action act = () => TopicTrainer.Train(s_cooking.Select(t => (t, "cooking")));

        act.Should().Throw<ArgumentException>().WithMessage("*two distinct labels*");
    }

    [Fact]
    public void Load_RejectsJunk()
    {
        using var stream = new MemoryStream([1, 2, 3, 4, 5, 6, 7, 8, 9]);

        Action act = () => TopicModel.Load(stream);

        act.Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void Load_RejectsATruncatedOrCorruptedModel_WithInvalidDataException()
    {
        TopicModel model = TopicTrainer.Train(Examples(), new TopicTrainingOptions { HoldOutFraction = 0, Seed = 5 }).Model;
        using var saved = new MemoryStream();
        model.Save(saved);
        byte[] bytes = saved.ToArray();
        bytes.Length.Should().BeGreaterThan(64);

        byte[] truncated = bytes[..(bytes.Length / 2)];
        byte[] corrupted = (byte[])bytes.Clone();
        for (int i = 8; i < corrupted.Length; i += 7)
        {
            corrupted[i] ^= 0x5A;
        }

        foreach (byte[] broken in new[] { truncated, corrupted, bytes[..4] })
        {
            Action act = () => TopicModel.Load(new MemoryStream(broken));
            act.Should().Throw<InvalidDataException>();
        }

        TopicModel.Load(new MemoryStream(bytes)).Classify("Stir the sauce.").Should().HaveCount(model.Labels.Count);
    }

    [Fact]
    public void EmbeddedModel_SavedAndLoadedAgain_ScoresEveryStoryTheSame()
    {
        TopicModel model = SubjectClassifier.DefaultModel!;
        using var saved = new MemoryStream();
        model.Save(saved);
        saved.Position = 0;
        TopicModel loaded = TopicModel.Load(saved);

        string[] stories =
        [
            "The central bank raised interest rates by half a point on Wednesday, its third increase this year.",
            "Firefighters battled a wildfire that forced thousands of residents to flee their homes overnight.",
            "The striker scored twice in the second half as the champions won 3-1 at home.",
        ];
        foreach (string story in stories)
        {
            loaded.Classify(story).Select(s => (s.Label, s.Score)).Should().Equal(model.Classify(story).Select(s => (s.Label, s.Score)), story);
        }

        saved.Length.Should().BeLessThan(300_000, "the vocabulary is stored column by column, its idf values as document frequencies");
    }
}
