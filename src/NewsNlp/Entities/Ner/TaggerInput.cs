using System.Buffers;

namespace NewsNlp;

/// <summary>The tagger input: the article's tokens as the words the NER model was trained on (CoNLL / Penn Treebank
/// style), and the sentences it tags. An adapter over the <see cref="ArticleText"/>: token kinds and flags decide,
/// and only the few tokens that can have an edge to split off are read again.</summary>
/// <remarks>
/// <para>Words: the tokenizer already splits off punctuation and clitics as the tagger expects, so most tokens are one
/// word each. Split further are:</para>
/// <list type="bullet">
/// <item>a clitic other than <c>'s</c> and <c>n't</c> (<c>'re</c>, <c>’d</c>): an apostrophe and its letters;</item>
/// <item><c>China-U.S.</c>, <c>Mexican-American</c>: at the hyphen when both sides are places or demonyms;</item>
/// <item>a run of marks (<c>''</c>, <c>!!!</c>, <c>?!</c>): each opening and closing mark; an ellipsis stays whole;</item>
/// <item>the rare word the tokenizer leaves with a mark at an edge (<c>did’</c> before <c>n't</c>).</item>
/// </list>
/// <para>Tables of figures (<see cref="FigureTables"/>: "Shr 1.23 dlrs vs 1.01 dlrs") are left out: their row labels are
/// no names, and the text after a table starts a sentence.</para>
/// <para>URLs, e-mail addresses, hashtags, handles and emoji are one word. The tagger's sentences are the text
/// layer's (<see cref="SentenceSplitter"/>), with one change of its own: a sentence is cut after
/// <see cref="EntityRules.MaxSentenceWords"/> words. The model never saw a longer one (its CoNLL training sentences
/// have at most 113 words) and reads some features over the whole sentence (all capitals, sentence-initial), so a
/// run of text with no sentence structure is fed to it in pieces; no sentence of the development set is that long.
/// Every other break (a line start inside a hard-wrapped paragraph, a lone <c>. ! ?</c> before a closing quote,
/// <c>R-Ill.,</c> or an attribution) is the splitter's to decide: breaking at every line cut names and clauses at
/// each wrap.</para>
/// </remarks>
internal sealed class TaggerInput
{
    /// <summary>Marks that open a word, split off its start.</summary>
    private static readonly SearchValues<char> s_openingMarks = SearchValues.Create("\"“”‘’'([{«<*");

    /// <summary>Marks that close a word, split off its end.</summary>
    private static readonly SearchValues<char> s_closingMarks = SearchValues.Create("\"“”’'),]}»>;:!?,…*");

    private TaggerInput(TextSpan[] words, int[] sentenceStarts)
    {
        Words = words;
        SentenceStarts = sentenceStarts;
    }

    /// <summary>Gets the words, in text order.</summary>
    public TextSpan[] Words { get; }

    /// <summary>Gets the index of the first word of each sentence, plus the word count at the end.</summary>
    public int[] SentenceStarts { get; }

    /// <summary>Reads the words and sentences of <paramref name="article"/>.</summary>
    public static TaggerInput Build(ArticleText article, Gazetteer gazetteer)
    {
        string text = article.Text;
        Token[] tokens = article.Tokens;
        TokenFlags[] flags = article.Flags;
        var words = new List<TextSpan>(tokens.Length + (tokens.Length / 4));
        var starts = new List<int>();
        List<(int From, int To)>? tables = FigureTables.Find(article, gazetteer);
        int table = 0;
        bool afterTable = false;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (tables is not null && table < tables.Count && t == tables[table].From)
            {
                t = tables[table++].To - 1; // a table of figures is no prose: its words are not tagged
                afterTable = true;
                continue;
            }

            int first = words.Count;
            AddWords(text, tokens[t], flags[t], words, gazetteer);
            bool opens = (flags[t] & TokenFlags.SentenceStart) != 0 || afterTable;
            afterTable = false;
            for (int w = first; w < words.Count; w++)
            {
                if (starts.Count == 0 || (w == first && opens) || w - starts[^1] >= EntityRules.MaxSentenceWords)
                {
                    starts.Add(w);
                }
            }
        }

        starts.Add(words.Count);
        return new TaggerInput([.. words], [.. starts]);
    }

    /// <summary>The sentence of each word.</summary>
    public int[] SentenceOfWords()
    {
        var of = new int[Words.Length];
        for (int s = 0; s + 1 < SentenceStarts.Length; s++)
        {
            for (int i = SentenceStarts[s]; i < SentenceStarts[s + 1]; i++)
            {
                of[i] = s;
            }
        }

        return of;
    }

    /// <summary>The span of words <c>[first, end)</c> in the text.</summary>
    public TextSpan SpanOf(int first, int end) => TextSpan.FromBounds(Words[first].Start, Words[end - 1].End);

    /// <summary>Appends the words of one token.</summary>
    private static void AddWords(string text, Token token, TokenFlags flags, List<TextSpan> words, Gazetteer gazetteer)
    {
        if (token.Length == 1 || token.Kind is TokenKind.Url or TokenKind.Email or TokenKind.Emoji or TokenKind.Hashtag or TokenKind.Mention)
        {
            words.Add(token.Span);
        }
        else if ((flags & TokenFlags.Clitic) != 0 && char.IsLetter(text[token.End - 1]))
        {
            // 're, ’d, 'll: the apostrophe is a word of its own; 's and n't stay whole.
            if (text[token.Start] is '\'' or '’' && !IsPossessive(text, token.End))
            {
                words.Add(new TextSpan(token.Start, 1));
                words.Add(new TextSpan(token.Start + 1, token.Length - 1));
            }
            else
            {
                words.Add(token.Span);
            }
        }
        else if (char.IsLetterOrDigit(text[token.Start]) && char.IsLetterOrDigit(text[token.End - 1]) && !IsPossessive(text, token.End))
        {
            // Almost every word and number: nothing to split off its edges.
            SplitAtHyphen(text, token.Start, token.End, words, gazetteer);
        }
        else
        {
            // Runs of marks (''  !!!  ?!), and the rare word the tokenizer leaves with a mark at an edge (did’ before n't).
            SplitEdges(text, token.Start, token.End, words, gazetteer);
        }
    }

    /// <summary>Whether the span ending at <paramref name="end"/> ends in <c>'s</c> or <c>’s</c>.</summary>
    private static bool IsPossessive(string text, int end) => text[end - 1] is 's' or 'S' && text[end - 2] is '\'' or '’';

    /// <summary>Opening marks come off the start and closing marks off the end, one word each; a final period comes
    /// off unless the word is an abbreviation (<c>U.S.</c>, <c>Mr.</c>, <c>J.</c>) or an ellipsis; then the
    /// possessive <c>'s</c>, then the hyphen rule.</summary>
    private static void SplitEdges(string text, int start, int end, List<TextSpan> words, Gazetteer gazetteer)
    {
        while (end - start > 1 && s_openingMarks.Contains(text[start]) && !(end - start == 2 && IsPossessive(text, end)))
        {
            words.Add(new TextSpan(start, 1));
            start++;
        }

        int tokenEnd = end;
        while (end - start > 1 && (s_closingMarks.Contains(text[end - 1]) || (text[end - 1] == '.' && !IsAbbreviation(text.AsSpan(start, end - 1 - start)))))
        {
            end--;
        }

        // The closing marks were taken off one by one, so they are the single characters from end to tokenEnd.
        int possessive = end - start > 2 && IsPossessive(text, end) && char.IsLetterOrDigit(text[end - 3]) ? end - 2 : end;
        SplitAtHyphen(text, start, possessive, words, gazetteer);
        if (possessive < end)
        {
            words.Add(TextSpan.FromBounds(possessive, end));
        }

        for (int i = end; i < tokenEnd; i++)
        {
            words.Add(new TextSpan(i, 1));
        }
    }

    /// <summary>A word that keeps its final period: <paramref name="body"/> is the word without it.</summary>
    private static bool IsAbbreviation(ReadOnlySpan<char> body) =>
        !body.IsEmpty && (body.Contains('.') || (body.Length == 1 && char.IsLetter(body[0])) || Abbreviations.IsAbbreviation(body));

    /// <summary><c>China-U.S.</c> and <c>Mexican-American</c> are split at their one hyphen when both sides are places
    /// or demonyms (or the right side opens a bracket: <c>U.S.-(China)</c>); any other word stays whole.</summary>
    private static void SplitAtHyphen(string text, int start, int end, List<TextSpan> words, Gazetteer gazetteer)
    {
        ReadOnlySpan<char> w = text.AsSpan(start, end - start);
        int h = w.IndexOf('-');
        if (h > 0 && h < w.Length - 1 && w[(h + 1)..].IndexOf('-') < 0)
        {
            ReadOnlySpan<char> left = w[..h];
            ReadOnlySpan<char> right = w[(h + 1)..];
            if (EntityPlaces.IsPlace(left, gazetteer) && (right[0] == '(' || EntityPlaces.IsPlace(right, gazetteer)))
            {
                words.Add(new TextSpan(start, h));
                words.Add(new TextSpan(start + h, 1));
                int rs = start + h + 1;
                while (rs < end - 1 && text[rs] == '(')
                {
                    words.Add(new TextSpan(rs, 1));
                    rs++;
                }

                int re = end;
                while (re - 1 > rs && text[re - 1] == ')')
                {
                    re--;
                }

                words.Add(new TextSpan(rs, re - rs));
                for (int i = re; i < end; i++)
                {
                    words.Add(new TextSpan(i, 1));
                }

                return;
            }
        }

        if (end > start)
        {
            words.Add(new TextSpan(start, end - start));
        }
    }
}
