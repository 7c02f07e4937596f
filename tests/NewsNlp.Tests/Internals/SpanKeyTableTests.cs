using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Internals;

public sealed class SpanKeyTableTests
{
    /// <summary>The table hashes every non-ASCII character alike when ignoring case; that is exact only while no such
    /// character equals an ASCII one under OrdinalIgnoreCase (the dotless ı, the Kelvin sign, the long s …).</summary>
    [Fact]
    public void NoNonAsciiCharacterEqualsAnAsciiOne_IgnoringCase()
    {
        var offenders = new List<string>();
        Span<char> other = stackalloc char[1];
        Span<char> ascii = stackalloc char[1];
        for (int c = 0x80; c <= 0xFFFF; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            other[0] = (char)c;
            for (int a = 0; a < 0x80; a++)
            {
                ascii[0] = (char)a;
                if (((ReadOnlySpan<char>)other).Equals(ascii, StringComparison.OrdinalIgnoreCase))
                {
                    offenders.Add($"U+{c:X4} = '{(char)a}'");
                }
            }
        }

        offenders.Should().BeEmpty();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void FindsExactlyWhatAHashSetWithTheSameComparisonFinds(bool ignoreCase)
    {
        StringComparer comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        string[] keys = ["said", "told", "according", "Blinken", "Qin", "Müller", "São Paulo", "İstanbul", "x", "U.S.", "n't", "’s", "straße"];
        var table = new SpanKeyTable(keys, ignoreCase);
        var reference = new HashSet<string>(keys, comparer);
        string[] probes =
        [
            "said", "SAID", "Said", "sai", "saidd", "", "according", "ACCORDING", "blinken", "QIN", "qin", "müller", "MÜLLER",
            "Muller", "são paulo", "SÃO PAULO", "istanbul", "İSTANBUL", "ıstanbul", "X", "x", "u.s.", "U.S", "N'T", "’S", "'s",
            "STRASSE", "Straße", "\ud800", "said\0", "Taiwan",
        ];
        foreach (string probe in probes)
        {
            int index = table.IndexOf(probe);
            (index >= 0).Should().Be(reference.Contains(probe), "'{0}' {1}", probe, ignoreCase ? "ignoring case" : "ordinally");
            if (index >= 0)
            {
                comparer.Equals(keys[index], probe).Should().BeTrue();
            }
        }
    }

    [Fact]
    public void EveryKeyOfALargeListIsFoundAtItsIndex()
    {
        // Many keys of the same length and letters, so that slots collide and probe runs form.
        string[] keys = new string[5000];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = "w" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
        }

        var table = new SpanKeyTable(keys, ignoreCase: true);
        for (int i = 0; i < keys.Length; i++)
        {
            table.IndexOf(keys[i].ToUpperInvariant()).Should().Be(i);
        }

        table.IndexOf("w99999").Should().Be(-1);
        table.IndexOf("w0000").Should().Be(-1);
    }
}
