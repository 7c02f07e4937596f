using NewsNlp.Tests.Support;
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
    public void SurnameAndHonorificPossessive_FoldIntoTheFullName()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(Trudeau);
        Entity trudeau = Find(a, "Justin Trudeau");
        trudeau.Type.Should().Be(EntityType.Person);
        trudeau.Title.Should().Be("Prime Minister");
        trudeau.NameMentions().Select(m => m.Text).Should().Equal("Justin Trudeau", "Trudeau", "Trudeau");
        a.Entities.Should().NotContain(e => e.Name == "Trudeau");
    }

    [Fact]
    public void AcronymDefinedInBrackets_FoldsIntoTheOrganization()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(Trudeau);
        Entity afn = Find(a, "Assembly of First Nations");
        afn.Type.Should().Be(EntityType.Organization);
        afn.NameMentions().Select(m => m.Text).Should().Equal("Assembly of First Nations", "AFN", "AFN");
    }

    [Fact]
    public void KnownAliases_Fold_AndTakeTheFullName()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(Trudeau);
        Entity un = Find(a, "United Nations");
        un.Type.Should().Be(EntityType.Organization);
        un.NameMentions().Select(m => m.Text).Should().Equal("U.N.", "United Nations");
        Entity guterres = Find(a, "Antonio Guterres");
        guterres.Title.Should().Be("U.N. Secretary-General");
        guterres.NameMentions().Should().HaveCount(2);
        Find(a, "Associated Press").NameMentions().Single().Text.Should().Be("AP");
    }

    [Fact]
    public void TwoWordSurname_Folds_AndTheAppositiveGivesTheTitle()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(
            "\"We are ready to work with Ottawa,\" said Cindy Woodhouse Nepinak, the national chief of the AFN. Woodhouse Nepinak said Canada's promises had not been kept.");
        Entity chief = Find(a, "Cindy Woodhouse Nepinak");
        chief.NameMentions().Select(m => m.Text).Should().Equal("Cindy Woodhouse Nepinak", "Woodhouse Nepinak");
        chief.Title.Should().Be("national chief of the AFN");
        Find(a, "Canada").CountryCode.Should().Be("CA");
    }

    [Fact]
    public void TitlesBeforeTheName_IncludeOrganizationsAndLowerCaseRoles()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(
            "BEIJING (AP) — Chinese Foreign Ministry spokesman Wang Wenbin said on Monday that the talks were useful. " +
            "Former President Donald Trump criticized the deal, while her Chinese counterpart Li Qiang stayed silent.");
        Find(a, "Wang Wenbin").Title.Should().Be("Chinese Foreign Ministry spokesman");
        Find(a, "Donald Trump").Title.Should().Be("Former President");
        Find(a, "Li Qiang").Title.Should().BeNull();
    }

    [Fact]
    public void UsForms_FoldIntoUnitedStates_WithCountryCode()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(
            "WASHINGTON (AP) — The U.S. and Mexico agreed on Friday to expand trade. America will lower tariffs, and the United States Treasury said the deal was fair.");
        Entity us = Find(a, "United States");
        us.Type.Should().Be(EntityType.Location);
        us.CountryCode.Should().Be("US");
        us.Mentions.Select(m => m.Text).Should().Contain(["U.S.", "America"]);
        Find(a, "Mexico").CountryCode.Should().Be("MX");
    }

    [Fact]
    public void Punctuation_IsNeverAnEntity_AndQuoteMarksAreNotPartOfNames()
    {
        // Reuters-21578 bodies end with "Reuter" and the SGML end marker "&#3;"; scraped pages carry "!" and stray quotes.
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(
            "NEW YORK, March 3 - Procter & Gamble Co said its first-quarter profit rose 12 pct, and the company's shares "
            + "rose 1-1/2 to 86 in active trading on the New York Stock Exchange.\n\n"
            + "“It was a great quarter!” said chairman John Smale. He called the ‘Tide’ brand “the engine of growth.”\n"
            + " Reuter\n&#3;\n");
        a.Entities.Should().NotContain(e => !e.Name.Any(char.IsLetterOrDigit), "entities: " + string.Join("; ", a.Entities.Select(e => e.Name)));
        a.Entities.SelectMany(e => e.Mentions).Should().OnlyContain(m => char.IsLetterOrDigit(m.Text[0]) && (char.IsLetterOrDigit(m.Text[m.Text.Length - 1]) || m.Text.EndsWith('.')));
        Find(a, "John Smale").Type.Should().Be(EntityType.Person);
    }

    [Fact]
    public void StateAbbreviations_KeepTheirPeriod_AndResolveToTheirCountry()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(
            "SACRAMENTO (AP) — Wildfires forced thousands to flee near Paradise, Calif., on Thursday, while crews from Reno, Nev., "
            + "and Portland, Ore., joined the fight. Gov. Gavin Newsom said the state would ask Washington for aid.");
        Entity calif = Find(a, "Calif.");
        calif.Type.Should().Be(EntityType.Location);
        calif.CountryCode.Should().Be("US");
        Find(a, "Nev.").CountryCode.Should().Be("US");
        Find(a, "Gavin Newsom").Type.Should().Be(EntityType.Person);
    }

    [Fact]
    public void NamesWrappedOverALineBreak_AreNamedOnOneLine_AndMentionsKeepTheTextAsWritten()
    {
        const string text = "WASHINGTON, March 3 - Treasury Secretary James Baker said the\nUnited States and West\n"
            + "Germany had agreed to talks in New\nYork next week, and that James\nBaker would lead them.";

        NewsAnalysis a = NewsAnalyzer.Default.Analyze(text);

        a.Entities.Should().NotContain(e => e.Name.Contains('\n'));
        Entity baker = a.Entities.Single(e => e.Name == "James Baker");
        baker.NameMentions().Should().HaveCount(2, "the wrapped second mention folds into the first");
        a.Entities.Should().Contain(e => e.Name == "New York" && e.CountryCode == "US");
        foreach (Mention m in a.Entities.SelectMany(e => e.Mentions))
        {
            m.Text.Should().Be(m.Span.GetText(text));
        }
    }

    [Fact]
    public void ASoftHyphenInsideAName_NeitherSplitsItNorStaysInItsName()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze(
            "Mayor Rosa Del\u00ADgado said the harbour plan would create 200 jobs. Delgado said work would begin in May.");
        Entity delgado = Find(a, "Rosa Delgado");
        delgado.NameMentions().Select(m => m.Text).Should().Equal("Rosa Del\u00ADgado", "Delgado");
    }

    [Fact]
    public void ASurnameWrittenWithoutItsDiacritics_FoldsIntoTheFullName()
    {
        NewsAnalysis a = NewsAnalyzer.Default.Analyze("Thomas Müller scored twice for the visitors. Muller later said the team had played well.");
        Find(a, "Thomas Müller").NameMentions().Select(m => m.Text).Should().Equal("Thomas Müller", "Muller");
        a.Entities.Should().NotContain(e => e.Name == "Muller");
    }

    [Theory]
    [InlineData("Müller", "MULLER", true)]
    [InlineData("Łukasz Żak", "lukasz zak", true)]
    [InlineData("Ørsted", "orsted", true)]
    [InlineData("Muller", "Mullers", false)]
    [InlineData("Strauß", "Strauss", false)]
    public void NameKeys_IgnoreCaseAndDiacritics_AndHashAlike(string x, string y, bool same)
    {
        NameKeyComparer.Instance.Equals(x, y).Should().Be(same);
        if (same)
        {
            NameKeyComparer.Instance.GetHashCode(x).Should().Be(NameKeyComparer.Instance.GetHashCode(y));
        }
    }
}
