using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace NewsNlp.Tests;

public sealed class DependencyInjectionTests
{
    private const string Story =
        "TAIPEI, Taiwan (AP) — U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing on Sunday. "
        + "Qin urged the United States to respect “China’s core concerns,” the ministry said.";

    [Fact]
    public void AddNewsNlp_registers_one_shared_analyzer()
    {
        using ServiceProvider provider = new ServiceCollection().AddNewsNlp().BuildServiceProvider();
        NewsAnalyzer first = provider.GetRequiredService<NewsAnalyzer>();
        provider.GetRequiredService<NewsAnalyzer>().Should().BeSameAs(first);
        first.Should().BeSameAs(NewsAnalyzer.Default);
        NewsAnalysis a = first.Analyze(Story);
        a.Dateline!.City.Should().Be("Taipei");
        a.Entities.Should().Contain(e => e.Name == "Antony Blinken");
    }

    [Fact]
    public void AddNewsNlp_uses_the_given_options_and_keeps_an_earlier_registration()
    {
        var services = new ServiceCollection();
        services.AddNewsNlp(new NewsAnalyzerOptions { ClassifyTopics = false, FindQuotes = false });
        services.AddNewsNlp(); // ignored: the first registration stays
        using ServiceProvider provider = services.BuildServiceProvider();
        NewsAnalysis a = provider.GetRequiredService<NewsAnalyzer>().Analyze(Story);
        a.Topics.Should().BeEmpty();
        a.Quotes.Should().BeEmpty();
        a.Entities.Should().Contain(e => e.Name == "Qin Gang");
    }

    [Fact]
    public void AddNewsNlp_rejects_null_services()
    {
        Action act = () => NewsNlpServiceCollectionExtensions.AddNewsNlp(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("services");
    }
}
