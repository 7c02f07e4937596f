using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Entities;

public sealed class EntityFoldingTests
{
    private const string Trudeau =
        "OTTAWA, Ontario (AP) — Prime Minister Justin Trudeau met leaders of the Assembly of First Nations (AFN) on Tuesday to discuss housing on reserves.\n\n" +
        "Trudeau said the AFN would be consulted on the new law. Mr. Trudeau's office declined to comment further.\n\n" +
        "U.N. Secretary-General Antonio Guterres welcomed the talks, and the United Nations will send observers. Guterres spoke from New York.\n";

    private static Entity Find(NewsAnalysis a, string name) =>
        a.Entities.Should().ContainSingle(e => e.Name == name, $"one entity named {name} in: {string.Join("; ", a.Entities.Select(e => e.Name + "/" + e.Type))}").Subject;

    [Fact]
    public void Surname_and_honorific_possessive_fold_into_the_full_name()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(Trudeau);
        Entity trudeau = Find(a, "Justin Trudeau");
        trudeau.Type.Should().Be(EntityType.Person);
        trudeau.Title.Should().Be("Prime Minister");
        trudeau.Mentions.Select(m => m.Text).Should().Equal("Justin Trudeau", "Trudeau", "Trudeau");
        a.Entities.Should().NotContain(e => e.Name == "Trudeau");
    }

    [Fact]
    public void Acronym_defined_in_brackets_folds_into_the_organization()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(Trudeau);
        Entity afn = Find(a, "Assembly of First Nations");
        afn.Type.Should().Be(EntityType.Organization);
        afn.Mentions.Select(m => m.Text).Should().Equal("Assembly of First Nations", "AFN", "AFN");
    }

    [Fact]
    public void Known_aliases_fold_and_take_the_full_name()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(Trudeau);
        Entity un = Find(a, "United Nations");
        un.Type.Should().Be(EntityType.Organization);
        un.Mentions.Select(m => m.Text).Should().Equal("U.N.", "United Nations");
        Entity guterres = Find(a, "Antonio Guterres");
        guterres.Title.Should().Be("U.N. Secretary-General");
        guterres.Mentions.Should().HaveCount(2);
        Find(a, "Associated Press").Mentions.Single().Text.Should().Be("AP");
    }

    [Fact]
    public void Us_forms_fold_into_united_states_with_code()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(
            "WASHINGTON (AP) — The U.S. and Mexico agreed on Friday to expand trade. America will lower tariffs, and the United States Treasury said the deal was fair.");
        Entity us = Find(a, "United States");
        us.Type.Should().Be(EntityType.Location);
        us.CountryCode.Should().Be("US");
        us.Mentions.Select(m => m.Text).Should().Contain(["U.S.", "America"]);
        Find(a, "Mexico").CountryCode.Should().Be("MX");
    }
}
