using System.Collections.Frozen;

namespace NewsNlp;

/// <summary>Splits English news text into sentences.</summary>
/// <remarks>
/// <para>Rules: a blank line (a paragraph break) always ends a sentence, and so does the end of a short line with no
/// closing punctuation (a headline or a bullet); sentence marks (<c>.</c> <c>?</c> <c>!</c> <c>…</c>) end one when the
/// next word can start a sentence, with closing quotes and brackets kept in the sentence they close (<c>.”</c>,
/// <c>?”</c>); titles before a name (<c>Mr.</c>, <c>Sen.</c>, <c>Gov.</c>) and initials never end one; other
/// abbreviations (<c>U.S.</c>, <c>Inc.</c>, <c>Jan.</c>) end one only before a typical sentence opener; a dateline
/// lead (<c>TAIPEI, Taiwan (AP) — U.S. Secretary …</c>) stays in its sentence.</para>
/// <para>Sentence spans start at a token and end at a token: they never begin or end with whitespace. The splitter
/// is immutable and thread-safe.</para>
/// </remarks>
public sealed class SentenceSplitter
{
    /// <summary>A line shorter than this with no closing punctuation ends its sentence (headlines, list items);
    /// longer ones are taken as hard-wrapped text.</summary>
    private const int ShortLineLength = 60;

    /// <summary>Words that start a sentence after an abbreviation (<c>… the U.S. The talks …</c>), as written (exact
    /// case). A tuned list, not a Lexicons facet: most function words (<c>Of</c>, <c>Which</c>, <c>Is</c>) continue a
    /// sentence after <c>U.S.</c> more often than they start one. No weekday: after <c>a.m.</c> or <c>p.m.</c> a
    /// weekday goes on with the sentence (<c>until 2 a.m. Friday in defiance …</c>).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_openers = FrozenSet.ToFrozenSet(
        [
            "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "Here",
            "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "As", "If", "When", "While", "After", "Before", "Since",
            "Although", "Though", "His", "Her", "Its", "Their", "Our", "My", "Your", "Some", "Many", "Most", "All", "One", "No",
            "What", "Why", "How", "Who", "Where", "Meanwhile", "However", "Still", "Also", "Then", "Now", "Last", "Earlier",
            "Later", "Officials", "Police", "According", "Shares", "Analysts", "Both", "Each", "Other", "Such", "With", "By",
            "From", "During", "Under", "Despite", "Not", "Only", "Even", "Instead", "Today", "Yesterday",
            "THE", "IT", "HE", "SHE", "THEY", "WE", "BUT",
        ],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private SentenceSplitter()
    {
    }

    /// <summary>Gets the splitter with English news rules.</summary>
    public static SentenceSplitter Default { get; } = new();

    /// <summary>Splits <paramref name="text"/> into sentences.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The sentence spans, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Split(text, Tokenizer.Default.TokenizeToArray(text));
    }

    /// <summary>Splits already tokenized text, so that the text is not tokenized twice.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">The tokens of <paramref name="text"/> from <see cref="Tokenizer"/>, in order.</param>
    /// <returns>The sentence spans, in order.</returns>
    public TextSpan[] Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        if (tokens.IsEmpty)
        {
            return [];
        }

        var sentences = new List<TextSpan>(Math.Max(4, tokens.Length / 20));
        int start = 0;
        for (int k = 0; k < tokens.Length; k++)
        {
            int last = k;
            bool end = k == tokens.Length - 1;
            if (!end)
            {
                Token t = tokens[k];
                ReadOnlySpan<char> tokenText = text.Slice(t.Start, t.Length);
                if (IsTerminal(tokenText, t.Kind))
                {
                    // Closing quotes and brackets written right after the mark belong to this sentence.
                    while (last + 1 < tokens.Length && tokens[last + 1].Start == tokens[last].End && IsCloser(text[tokens[last + 1].Start]))
                    {
                        last++;
                    }

                    end = last + 1 >= tokens.Length || EndsAfterMark(text, tokens, k, last);
                }
                else if (t.Kind == TokenKind.Word && tokenText.Length > 1 && tokenText[^1] == '.')
                {
                    end = EndsAfterAbbreviation(text, tokens, k);
                }

                if (!end && last + 1 < tokens.Length)
                {
                    end = BreaksLine(text, tokens, last, start);
                }
            }

            if (end)
            {
                sentences.Add(TextSpan.FromBounds(tokens[start].Start, tokens[last].End));
                start = last + 1;
                k = last;
            }
        }

        if (start < tokens.Length)
        {
            sentences.Add(TextSpan.FromBounds(tokens[start].Start, tokens[^1].End));
        }

        return [.. sentences];
    }

    private static bool IsTerminal(ReadOnlySpan<char> token, TokenKind kind)
    {
        if (kind != TokenKind.Punctuation)
        {
            return false;
        }

        char c = token[0];
        return c is '.' or '!' or '?' or '…' || (token.Length > 1 && token[^1] is '.' or '!' or '?');
    }

    private static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»';

    private static bool IsOpener(char c) => c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«';

    /// <summary>After a sentence mark (and its closers): does the next token start a new sentence?</summary>
    private static bool EndsAfterMark(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int mark, int last)
    {
        Token next = tokens[last + 1];
        if (next.Start == tokens[last].End && next.Kind is TokenKind.Word or TokenKind.Number)
        {
            // "3.5" is one token, so a glued word after a mark is a URL-ish or typo: "end.Next" still splits.
            return char.IsUpper(text[next.Start]);
        }

        char c = text[next.Start];
        if (char.IsUpper(c) || char.IsDigit(c) || next.Kind is TokenKind.Emoji or TokenKind.Hashtag or TokenKind.Mention or TokenKind.Url)
        {
            return true;
        }

        if (IsOpener(c) || c is '“' or '-' or '—' or '•' or '*')
        {
            return true;
        }

        if (char.IsLower(c))
        {
            // "… he said? no." — lower case continues, unless the mark is a plain period after a closed quote and a
            // new paragraph follows (handled by the line rule).
            return text[tokens[mark].Start] == '.' && mark == last && tokens[mark].Length == 1 && HasParagraphBreak(text, tokens[last].End, next.Start);
        }

        return true;
    }

    /// <summary>A word that ends in a period (<c>U.S.</c>, <c>Inc.</c>, <c>J.</c>, <c>Mr.</c>): does a sentence end here?</summary>
    private static bool EndsAfterAbbreviation(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k)
    {
        Token t = tokens[k];
        ReadOnlySpan<char> word = text.Slice(t.Start, t.Length - 1);
        if (Abbreviations.IsPrefix(word) || (word.Length == 1 && char.IsUpper(word[0])))
        {
            return false;
        }

        Token next = tokens[k + 1];
        if (HasParagraphBreak(text, t.End, next.Start))
        {
            return true;
        }

        ReadOnlySpan<char> nextText = text.Slice(next.Start, next.Length);
        char c = nextText[0];
        if (c is '“' or '"' && next.Start > t.End)
        {
            return true;
        }

        return char.IsUpper(c) && s_openers.Contains(nextText);
    }

    /// <summary>Line structure: a paragraph break always ends a sentence; a single line break ends one after a short
    /// line without closing punctuation (headline, list item) or before a bullet.</summary>
    private static bool BreaksLine(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int last, int sentenceStart)
    {
        int gapStart = tokens[last].End;
        int gapEnd = tokens[last + 1].Start;
        int newlines = CountNewlines(text.Slice(gapStart, gapEnd - gapStart));
        if (newlines == 0)
        {
            return false;
        }

        if (newlines >= 2)
        {
            return true;
        }

        char next = text[gapEnd];
        if (next is '•' or '*' or '·' or '▪' or '–' or '—' || (next == '-' && gapEnd + 1 < text.Length && text[gapEnd + 1] == ' '))
        {
            return true;
        }

        // Length of the line just ended.
        int lineStart = text[..gapStart].LastIndexOfAny('\n', '\r') + 1;
        int lineLength = gapStart - lineStart;
        char lastChar = text[gapStart - 1];
        bool closed = lastChar is ',' or ';' or ':' or '-' || char.IsLower(lastChar);
        return lineLength < ShortLineLength && !closed && tokens[sentenceStart].Start >= lineStart && (char.IsUpper(next) || IsOpener(next) || char.IsDigit(next));
    }

    private static bool HasParagraphBreak(ReadOnlySpan<char> text, int from, int to) => CountNewlines(text[from..to]) >= 2;

    private static int CountNewlines(ReadOnlySpan<char> gap)
    {
        int n = 0;
        for (int i = 0; i < gap.Length; i++)
        {
            char c = gap[i];
            if (c == '\n' || c == '\u2029' || (c == '\r' && (i + 1 >= gap.Length || gap[i + 1] != '\n')))
            {
                n++;
            }
        }

        return n;
    }
}
