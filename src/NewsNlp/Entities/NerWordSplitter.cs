using System.Buffers;

namespace NewsNlp;

/// <summary>Splits tokens into the words the tagger was trained on (CoNLL / Penn Treebank style): opening and
/// closing punctuation, sentence-final periods and the possessive <c>'s</c> become words of their own; abbreviations
/// (<c>U.S.</c>, <c>Mr.</c>) keep their periods. A no-op on tokens that are already split.</summary>
internal static class NerWordSplitter
{
    private static readonly SearchValues<char> s_leading = SearchValues.Create("\"“”‘’'([{«<*");
    private static readonly SearchValues<char> s_trailing = SearchValues.Create("\"“”’'),]}»>;:!?,…*");

    /// <summary>Appends the words of <paramref name="token"/> to <paramref name="words"/>.</summary>
    public static void Split(string text, Token token, List<TextSpan> words, Gazetteer gazetteer)
    {
        int start = token.Start;
        int end = token.End;
        if (token.Kind is TokenKind.Url or TokenKind.Email or TokenKind.Emoji or TokenKind.Hashtag or TokenKind.Mention)
        {
            words.Add(token.Span);
            return;
        }

        while (end - start > 1 && s_leading.Contains(text[start]) && !IsClitic(text, start, end))
        {
            words.Add(new TextSpan(start, 1));
            start++;
        }

        var tail = new ValueListBuilder(stackalloc TextSpan[8]);
        while (end - start > 1)
        {
            char c = text[end - 1];
            if (s_trailing.Contains(c))
            {
                tail.Add(new TextSpan(end - 1, 1));
                end--;
                continue;
            }

            if (c == '.' && !IsAbbreviation(text.AsSpan(start, end - start)))
            {
                tail.Add(new TextSpan(end - 1, 1));
                end--;
                continue;
            }

            break;
        }

        // Possessive 's / ’s.
        if (end - start > 2 && (text[end - 1] is 's' or 'S') && text[end - 2] is '\'' or '’' && char.IsLetterOrDigit(text[end - 3]))
        {
            tail.Add(new TextSpan(end - 2, 2));
            end -= 2;
        }

        SplitHyphen(text, start, end, words, gazetteer);
        for (int i = tail.Length - 1; i >= 0; i--)
        {
            words.Add(tail[i]);
        }

    }

    private static bool IsClitic(string text, int start, int end) =>
        end - start == 2 && text[start] is '\'' or '’' && text[start + 1] is 's' or 'S';

    private static bool IsAbbreviation(ReadOnlySpan<char> w)
    {
        // w ends with '.'
        ReadOnlySpan<char> body = w[..^1];
        if (body.IsEmpty)
        {
            return false;
        }

        if (body.Contains('.'))
        {
            return true; // U.S., p.m.
        }

        if (body.Length == 1 && char.IsLetter(body[0]))
        {
            return true; // initials: J.
        }

        return Abbreviations.IsAbbreviation(body); // the tokenizer's table: Mr., Inc., Calif., Jan.
    }

    /// <summary>Splits <c>China-U.S.</c> and <c>U.S.-(China)</c> at the hyphen when both sides are places or demonyms.</summary>
    private static void SplitHyphen(string text, int start, int end, List<TextSpan> words, Gazetteer gazetteer)
    {
        ReadOnlySpan<char> w = text.AsSpan(start, end - start);
        int h = w.IndexOf('-');
        if (h > 0 && h < w.Length - 1 && w[(h + 1)..].IndexOf('-') < 0)
        {
            ReadOnlySpan<char> left = w[..h];
            ReadOnlySpan<char> right = w[(h + 1)..];
            bool rightParen = right[0] == '(';
            if (IsPlace(left, gazetteer) && (rightParen || IsPlace(right, gazetteer)))
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
                int closers = 0;
                while (re - 1 > rs && text[re - 1] == ')')
                {
                    re--;
                    closers++;
                }

                words.Add(new TextSpan(rs, re - rs));
                for (int i = 0; i < closers; i++)
                {
                    words.Add(new TextSpan(re + i, 1));
                }

                return;
            }
        }

        if (end > start)
        {
            words.Add(new TextSpan(start, end - start));
        }
    }

    private static bool IsPlace(ReadOnlySpan<char> w, Gazetteer gazetteer) =>
        w.Length > 1 && char.IsUpper(w[0]) && gazetteer.Places.IsCountryOrDemonym(w);

    /// <summary>A small stack-first list of spans.</summary>
    private ref struct ValueListBuilder
    {
        private Span<TextSpan> _span;
        private TextSpan[]? _array;

        public ValueListBuilder(Span<TextSpan> initial)
        {
            _span = initial;
            Length = 0;
        }

        public int Length { get; private set; }

        public readonly TextSpan this[int i] => _span[i];

        public void Add(TextSpan s)
        {
            if (Length == _span.Length)
            {
                _array = new TextSpan[_span.Length * 2];
                _span.CopyTo(_array);
                _span = _array;
            }

            _span[Length++] = s;
        }
    }
}
