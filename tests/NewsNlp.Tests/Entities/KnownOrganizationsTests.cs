using FluentAssertions;
using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests.Entities;

public sealed class KnownOrganizationsTests
{
    [Fact]
    public void TheEmbeddedListHoldsWellKnownOrganizations_NotWordsPlacesOrPeople()
    {
        KnownOrganizations known = KnownOrganizations.Default;
        known.IsKnown("Netflix").Should().BeTrue();
        known.IsKnown("Twitter").Should().BeTrue();
        known.IsKnown("USA Today").Should().BeTrue("newspapers are listed without a leading 'The'");
        known.IsKnown("Goldman Sachs").Should().BeTrue("SEC titles lose their legal suffixes ('GOLDMAN SACHS GROUP INC')");
        known.IsKnown("goldman sachs").Should().BeTrue("SEC titles are in capitals: names match ignoring case");
        known.IsKnown("Securities and Exchange Commission").Should().BeTrue();

        known.IsKnown("Target").Should().BeFalse("'target' is mostly a word in the unlabeled text");
        known.IsKnown("Opera").Should().BeFalse("'opera' is a word as often as a name");
        known.IsKnown("Orange").Should().BeFalse("a place");
        known.IsKnown("Howard Hughes").Should().BeFalse("a given name first: a person as often");
        known.IsKnown("Morgan").Should().BeFalse("one-word SEC titles are surnames, towns and words as often");
        known.Count.Should().BeInRange(1000, 20000);
    }

    [Fact]
    public void AHeadlessEmptyOrCorruptFileIsRejectedWithAClearError()
    {
        Action noHeader = () => KnownOrganizations.Load(BrotliText.Compress("O\tNetflix\n"));
        noHeader.Should().Throw<InvalidDataException>().WithMessage("*format*");

        Action badLine = () => KnownOrganizations.Load(BrotliText.Compress(KnownOrganizations.Header + "\nT\tNetflix\n"));
        badLine.Should().Throw<InvalidDataException>();

        Action empty = () => KnownOrganizations.Load(BrotliText.Compress(KnownOrganizations.Header + "\n"));
        empty.Should().Throw<InvalidDataException>().WithMessage("*empty*");

        Action notBrotli = () => KnownOrganizations.Load(new MemoryStream([1, 2, 3, 4, 5]));
        notBrotli.Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void AWellFormedFileLoads()
    {
        KnownOrganizations known = KnownOrganizations.Load(BrotliText.Compress(KnownOrganizations.Header + "\nO\tHarbor Freight Lines\n"));
        known.IsKnown("Harbor Freight Lines").Should().BeTrue();
        known.IsKnown("HARBOR FREIGHT LINES").Should().BeTrue();
        known.IsKnown("Harbor Freight").Should().BeFalse();
    }
}
