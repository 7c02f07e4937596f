using FluentAssertions;
using NewsNlp.Tests.Support;
using Xunit;

namespace NewsNlp.Tests.Tokenization;

public sealed class TokenizerTests
{
    [Fact]
    public void Tokenize_KeepsAbbreviationsAndInitialsWhole()
    {
        TokenAssert.Tokens("Gov. Gavin Newsom met Sen. J.R.R. Smith at 9 a.m. on Jan. 5 in the U.N. building.",
            "Gov.", "Gavin", "Newsom", "met", "Sen.", "J.R.R.", "Smith", "at", "9", "a.m.", "on", "Jan.", "5", "in", "the", "U.N.", "building", ".");
        TokenAssert.Tokens("Mr. Blinken and Mrs. Raimondo", "Mr.", "Blinken", "and", "Mrs.", "Raimondo");
    }

    [Fact]
    public void Tokenize_SentenceFinalAbbreviationKeepsItsPeriod()
    {
        TokenAssert.Tokens("The balloon flew over the U.S. Beijing said nothing.",
            "The", "balloon", "flew", "over", "the", "U.S.", "Beijing", "said", "nothing", ".");
    }

    [Fact]
    public void Tokenize_OrdinaryWordBeforePeriodSplits()
    {
        TokenAssert.Tokens("He left in 2023. No one knew.", "He", "left", "in", "2023", ".", "No", "one", "knew", ".");
        TokenAssert.Tokens("They said no.", "They", "said", "no", ".");
        TokenAssert.Tokens("It ranked No. 1 in polls.", "It", "ranked", "No.", "1", "in", "polls", ".");
    }

    [Theory]
    [InlineData("didn't", "did|n't")]
    [InlineData("can't", "ca|n't")]
    [InlineData("won’t", "wo|n’t")]
    [InlineData("China’s", "China|’s")]
    [InlineData("we've", "we|'ve")]
    [InlineData("they’re", "they|’re")]
    [InlineData("I'm", "I|'m")]
    [InlineData("she'll", "she|'ll")]
    [InlineData("CHINA'S", "CHINA|'S")]
    [InlineData("sides’", "sides|’")]
    [InlineData("O'Brien", "O'Brien")]
    [InlineData("cannot", "can|not")]
    public void Tokenize_SplitsClitics(string text, string expected)
    {
        TokenAssert.Tokens(text, expected.Split('|'));
    }

    [Fact]
    public void Tokenize_SplitsCliticsInRealSentence()
    {
        TokenAssert.Tokens("the two sides’ responsibility is to respect China’s core concerns, and we didn't object",
            "the", "two", "sides", "’", "responsibility", "is", "to", "respect", "China", "’s", "core", "concerns", ",", "and", "we", "did", "n't", "object");
    }

    [Fact]
    public void Tokenize_KeepsNumbersWhole()
    {
        TokenAssert.Tokens("Growth was 3.5 percent, or $1.5 billion, on 1,000 sites at 10:30 on 2023-06-14; 50% fell.",
            "Growth", "was", "3.5", "percent", ",", "or", "$", "1.5", "billion", ",", "on", "1,000", "sites", "at", "10:30", "on", "2023-06-14", ";", "50", "%", "fell", ".");
        TokenAssert.Kinds("$1.5 50%").Should().Be("$/Symbol 1.5/Number 50/Number %/Symbol");
    }

    [Fact]
    public void Tokenize_KeepsHyphenatedWordsWholeAndSplitsDashes()
    {
        TokenAssert.Tokens("Qin noted China-U.S. ties — a well-known issue – were strained -- again.",
            "Qin", "noted", "China-U.S.", "ties", "—", "a", "well-known", "issue", "–", "were", "strained", "--", "again", ".");
    }

    [Fact]
    public void Tokenize_SplitsBracketsAfterAbbreviation()
    {
        TokenAssert.Tokens("manage the U.S.-(China) relationship", "manage", "the", "U.S.", "-", "(", "China", ")", "relationship");
    }

    [Fact]
    public void Tokenize_SplitsCurlyAndStraightQuotes()
    {
        TokenAssert.Tokens("respect “China’s core concerns,” he said. \"Stop,\" she said.",
            "respect", "“", "China", "’s", "core", "concerns", ",", "”", "he", "said", ".", "\"", "Stop", ",", "\"", "she", "said", ".");
    }

    [Fact]
    public void Tokenize_KeepsUrlsEmailsHandlesHashtagsWhole()
    {
        const string text = "See https://apnews.com/article/china-blinken-1a2b?x=1, write to desk@ap.org or @AP about #Taiwan (www.state.gov).";
        TokenAssert.Tokens(text,
            "See", "https://apnews.com/article/china-blinken-1a2b?x=1", ",", "write", "to", "desk@ap.org", "or", "@AP", "about", "#Taiwan", "(", "www.state.gov", ")", ".");
        TokenAssert.Kinds("desk@ap.org @AP #Taiwan nasa.gov").Should().Be("desk@ap.org/Email @AP/Mention #Taiwan/Hashtag nasa.gov/Url");
    }

    [Fact]
    public void Tokenize_KeepsEmojiAndSurrogatePairsWhole()
    {
        const string text = "Great win 👍🏽 for 🇺🇸 fans 👨‍👩‍👧 today 𝐁𝐨𝐥𝐝";
        IReadOnlyList<Token> tokens = TokenAssert.Tokens(text, "Great", "win", "👍🏽", "for", "🇺🇸", "fans", "👨‍👩‍👧", "today", "𝐁𝐨𝐥𝐝");
        tokens[2].Kind.Should().Be(TokenKind.Emoji);
        tokens[4].Kind.Should().Be(TokenKind.Emoji);
        tokens[6].Kind.Should().Be(TokenKind.Emoji);
    }

    [Fact]
    public void Tokenize_DatelineLead()
    {
        TokenAssert.Tokens("TAIPEI, Taiwan (AP) — U.S. Secretary of State Antony Blinken",
            "TAIPEI", ",", "Taiwan", "(", "AP", ")", "—", "U.S.", "Secretary", "of", "State", "Antony", "Blinken");
        TokenAssert.Tokens("BEIJING, June 14 (Reuters) - China's", "BEIJING", ",", "June", "14", "(", "Reuters", ")", "-", "China", "'s");
    }

    [Fact]
    public void Tokenize_EllipsisAndRepeatedMarksStayTogether()
    {
        TokenAssert.Tokens("Wait... what?! No…", "Wait", "...", "what", "?!", "No", "…");
    }

    [Fact]
    public void Tokenize_SpanOverloadWritesIntoDestinationAndResumes()
    {
        const string text = "Blinken is reportedly planning a trip to China this week.";
        Span<Token> buffer = stackalloc Token[4];
        var all = new List<Token>();
        int offset = 0;
        while (true)
        {
            int n = Tokenizer.Default.Tokenize(text.AsSpan(offset), buffer, out int consumed);
            foreach (Token t in buffer[..n])
            {
                all.Add(t with { Start = t.Start + offset });
            }

            offset += consumed;
            if (n < buffer.Length)
            {
                break;
            }
        }

        all.Should().Equal(Tokenizer.Default.Tokenize(text));
    }

    [Fact]
    public void EnumerateTokens_MatchesTokenizeOnTheWorkedExample()
    {
        string text = TestData.ReadGolden("blinken-qin.txt");
        var enumerated = new List<Token>();
        foreach (Token t in Tokenizer.Default.EnumerateTokens(text))
        {
            enumerated.Add(t);
        }

        enumerated.Should().Equal(Tokenizer.Default.Tokenize(text));
        TokenAssert.Invariants(text, enumerated);
        enumerated.Should().HaveCountGreaterThan(500);
    }

    [Fact]
    public void EnumerateTokens_AllocatesNothing()
    {
        string text = TestData.ReadGolden("blinken-qin.txt");
        Count(text); // warm up: static tables, JIT
        long before = GC.GetAllocatedBytesForCurrentThread();
        int n = Count(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        n.Should().BeGreaterThan(500);
        allocated.Should().Be(0);

        static int Count(string s)
        {
            int count = 0;
            foreach (Token t in Tokenizer.Default.EnumerateTokens(s))
            {
                count += t.Length > 0 ? 1 : 0;
            }

            return count;
        }
    }

    [Fact]
    public void Tokenize_Null_Throws()
    {
        Action act = () => Tokenizer.Default.Tokenize(null!);
        act.Should().Throw<ArgumentNullException>();
    }
}
