using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace NewsNlp;

/// <summary>Splits English news text into sentences.</summary>
/// <remarks>
/// <para>Rules: a paragraph break (<see cref="TextLines.Paragraphs"/>) always ends a sentence, and so does a hard line
/// break inside a paragraph: before a bullet, after a short line with no closing punctuation (a headline), or where the
/// next line's first word would have fitted on the line (<see cref="SentenceLineBreaks"/>). Sentence marks
/// (<c>.</c> <c>?</c> <c>!</c> <c>…</c>) end one when the next word can start a sentence, with closing quotes and
/// brackets kept in the sentence they close (<c>.”</c>, <c>?”</c>); a word in lower case or a mark that closes or
/// continues a sentence (<c>, ; : ) ]</c>) cannot (<c>Sen. Mark Kirk, R-Ill., said …</c>), nor can an opening quote
/// before a lower-case word (<c>the U.S. “clearly” needed …</c>); the short attribution after a quote stays in its
/// sentence (<c>“Why not?” Sen. Jane Doe asked.</c>). Titles before a name (<c>Mr.</c>, <c>Sen.</c>, <c>Gov.</c>) and
/// initials never end one; other abbreviations (<c>U.S.</c>, <c>Inc.</c>, <c>Jan.</c>) end one only before a typical
/// sentence opener or an opening quote; a dateline lead (<c>TAIPEI, Taiwan (AP) — U.S. Secretary …</c>) stays in its
/// sentence. Thresholds are in <see cref="SentenceRules"/>.</para>
/// <para>Sentence spans start at a token and end at a token: they never begin or end with whitespace. The splitter
/// is immutable and thread-safe.</para>
/// </remarks>
public sealed class SentenceSplitter
{
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

        List<TextLine> lines = TextLines.Split(text);
        var paragraphs = new List<TextSpan>(lines.Count);
        TextLines.Paragraphs(lines, paragraphs);
        return Split(text, tokens, CollectionsMarshal.AsSpan(lines), CollectionsMarshal.AsSpan(paragraphs));
    }

    /// <summary>Splits tokenized text whose lines and paragraphs are known (the text layer's).</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">The tokens of <paramref name="text"/>, in order.</param>
    /// <param name="lines">The lines of <paramref name="text"/> (<see cref="TextLines.Split"/>).</param>
    /// <param name="paragraphs">The paragraphs made of <paramref name="lines"/> (<see cref="TextLines.Paragraphs"/>).</param>
    /// <returns>The sentence spans, in order.</returns>
    internal TextSpan[] Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<TextLine> lines, ReadOnlySpan<TextSpan> paragraphs)
    {
        if (tokens.IsEmpty)
        {
            return [];
        }

        var sentences = new List<TextSpan>(Math.Max(4, tokens.Length / 20));
        var lineBreaks = new SentenceLineBreaks(text, tokens, lines, paragraphs);
        int start = 0;
        bool hasWord = false;
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

                    // A mark ends no sentence that has no word yet: “. . . You are …” is one sentence.
                    end = last + 1 >= tokens.Length || (hasWord && EndsAfterMark(text, tokens, k, last));
                }
                else if (t.Kind == TokenKind.Word && tokenText.Length > 1 && tokenText[^1] == '.')
                {
                    end = EndsAfterAbbreviation(text, tokens, k);
                }

                hasWord |= t.Kind is not (TokenKind.Punctuation or TokenKind.Symbol);

                if (!end && last + 1 < tokens.Length)
                {
                    end = lineBreaks.Ends(last, start);
                }
            }

            if (end)
            {
                sentences.Add(TextSpan.FromBounds(tokens[start].Start, tokens[last].End));
                start = last + 1;
                k = last;
                hasWord = false;
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

    /// <summary>After a sentence mark (and its closers): does the next token start a new sentence?</summary>
    private static bool EndsAfterMark(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int mark, int last)
    {
        Token next = tokens[last + 1];
        if (next.Start == tokens[last].End && next.Kind is TokenKind.Word or TokenKind.Number)
        {
            // "3.5" is one token, so a glued word after a mark is a URL-ish or typo: "end.Next" still splits.
            return char.IsUpper(text[next.Start]);
        }

        return CanOpen(text, tokens, last + 1)
            && !(ClosesQuote(text, tokens, mark, last) && IsAttribution(text, tokens, last + 1, text[tokens[mark].Start] is '?' or '!'));
    }

    /// <summary>A word that ends in a period (<c>U.S.</c>, <c>Inc.</c>, <c>J.</c>, <c>Mr.</c>): does a sentence end here?</summary>
    private static bool EndsAfterAbbreviation(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int k)
    {
        Token t = tokens[k];
        if (IsNamePrefix(text.Slice(t.Start, t.Length)))
        {
            return false;
        }

        Token next = tokens[k + 1];
        ReadOnlySpan<char> nextText = text.Slice(next.Start, next.Length);
        char c = nextText[0];
        if (c is '“' or '"' && next.Start > t.End)
        {
            return CanOpen(text, tokens, k + 1);
        }

        return char.IsUpper(c) && s_openers.Contains(nextText);
    }

    /// <summary>Whether <paramref name="word"/>, a word that ends in a period, is a title or an initial that a name
    /// follows (<c>Mr.</c>, <c>Sen.</c>, <c>F.</c>): its period never ends a sentence, at a line break either.</summary>
    internal static bool IsNamePrefix(ReadOnlySpan<char> word)
    {
        ReadOnlySpan<char> body = word[..^1];
        return Abbreviations.IsPrefix(body) || (body.Length == 1 && char.IsUpper(body[0]));
    }

    /// <summary>Whether token <paramref name="i"/> can open a sentence: not a word in lower case, not a mark that closes
    /// or continues one (<c>, ; : . ) ] } ! ? …</c>), not an opening quotation mark written against a lower-case word.
    /// A URL, address, hashtag, handle or emoji can (<c>… well worth a visit. www.example.com</c>), and so can a quote
    /// that opens with an ellipsis.</summary>
    private static bool CanOpen(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        Token t = tokens[i];
        if (t.Kind is TokenKind.Url or TokenKind.Email or TokenKind.Hashtag or TokenKind.Mention or TokenKind.Emoji)
        {
            return true;
        }

        char first = text[t.Start];
        if (ArticleText.IsQuoteMark(text.Slice(t.Start, t.Length)))
        {
            // An opening quote opens unless a lower-case word is written against it; “. . . You're …” opens.
            return !(i + 1 < tokens.Length && tokens[i + 1].Start == t.End && char.IsLower(text[tokens[i + 1].Start]));
        }

        return !char.IsLower(first) && first is not (',' or ';' or ':' or '.' or ')' or ']' or '}' or '!' or '?' or '…');
    }

    private static bool IsOpeningQuote(char c) => c is '“' or '"' or '‘' or '\'' or '«';

    /// <summary>Whether a closing quotation mark is among the closers <c>(mark, last]</c> after a sentence mark
    /// (<c>?”</c>, <c>?''</c>).</summary>
    private static bool ClosesQuote(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int mark, int last)
    {
        for (int i = mark + 1; i <= last; i++)
        {
            if (text[tokens[i].Start] is '"' or '”' or '’' or '\'' or '»')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the words from token <paramref name="i"/>, right after a closing quotation mark, are the quote's
    /// attribution: capitalized words (a name, perhaps titled) and a reporting verb that ends the clause
    /// (<c>“Why not?” Sen. Jane Doe asked.</c>, <c>… Doe asked, smiling.</c>). Not: <c>“No.” Doe said the plan …</c>,
    /// nor a verb that introduces the next quote (<c>“No.” He added, “Not now.”</c>). After a question or exclamation mark
    /// the verb need not end the clause (<c>“We won!” Sen. Jane Doe said as she left the stage.</c>): such a quote ends its
    /// sentence only when no attribution follows.</summary>
    private static bool IsAttribution(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, bool questionOrExclamation)
    {
        int end = Math.Min(tokens.Length, i + SentenceRules.MaxAttributionNameWords + 1);
        for (int k = i; k < end; k++)
        {
            Token t = tokens[k];
            if (t.Kind == TokenKind.Word && char.IsUpper(text[t.Start]))
            {
                continue;
            }

            return k > i && k + 1 < tokens.Length && t.Kind == TokenKind.Word && ReportingVerbs.Verbs.Contains(text.Slice(t.Start, t.Length))
                && (tokens[k + 1].Kind is TokenKind.Punctuation or TokenKind.Symbol && text[tokens[k + 1].Start] is '.' or ',' or ';' or '!' or '?'
                    || questionOrExclamation && tokens[k + 1].Kind == TokenKind.Word && char.IsLower(text[tokens[k + 1].Start]))
                && !(text[tokens[k + 1].Start] == ',' && k + 2 < tokens.Length && IsOpeningQuote(text[tokens[k + 2].Start]));
        }

        return false;
    }
}
