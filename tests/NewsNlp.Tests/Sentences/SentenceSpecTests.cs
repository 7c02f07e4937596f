using FluentAssertions;
using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests.Sentences;

/// <summary>Runs every case of Specs/Sentences.tsv: the splitter's mark, attribution and line rules.</summary>
public sealed class SentenceSpecTests
{
    public static TheoryData<SentenceSpec> Cases() => SpecTable.Cases(SentenceSpec.Load());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split_MatchesSpec(SentenceSpec spec)
    {
        string text = spec.Input;
        SentenceSplitter.Default.Split(text).Select(s => text.Substring(s.Start, s.Length)).Should().Equal(spec.Sentences, "line {0} ({1})", spec.Line, spec.Rule);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TextLayer_HasTheSplittersSentences(SentenceSpec spec)
    {
        string text = spec.Input;
        ArticleText.Build(text).Sentences.Should().Equal(SentenceSplitter.Default.Split(text), "line {0} ({1})", spec.Line, spec.Rule);
    }
}
