using System.Buffers;
using System.Runtime.CompilerServices;

namespace NewsNlp;

/// <summary>The web's tokens, kept whole: URLs (<c>https://…</c>, <c>www.…</c>), bare domains and file names
/// (<c>nasa.gov</c>, <c>report.pdf</c>), e-mail addresses, <c>@handles</c> and <c>#hashtags</c>.</summary>
internal static partial class TokenScanner
{
    /// <summary>How far a word start looks ahead for an '@' (e-mail addresses) or a domain name.</summary>
    private const int MaxLookAhead = 64;

    // ASCII only, so the search is vectorized; a curly quote before the '@' fails the local-part check instead.
    private static readonly SearchValues<char> s_emailLookAhead = SearchValues.Create("@ \t\r\n\"'()<>[]{},;");
    private static readonly SearchValues<char> s_urlStop = SearchValues.Create(" \t\r\n\f\v\"<>“”‘’\u00A0\u2028\u2029\u3000");

    /// <summary>A cheap test before <see cref="TryUrl"/>: the word starts like <c>ht</c>, <c>ft</c> or <c>ww</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayStartUrl(ReadOnlySpan<char> text, int pos) =>
        pos + 4 < text.Length && (text[pos] | 0x20) is 'h' or 'w' or 'f' && (text[pos + 1] | 0x20) is 't' or 'w';

    private static bool TryUrl(ReadOnlySpan<char> text, int pos, out int end)
    {
        ReadOnlySpan<char> rest = text[pos..];
        int prefix = rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
            : rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7
            : rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) ? 6
            : rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? 4
            : 0;
        if (prefix == 0 || prefix >= rest.Length || !char.IsLetterOrDigit(rest[prefix]))
        {
            end = 0;
            return false;
        }

        int stop = rest.IndexOfAny(s_urlStop);
        int e = stop < 0 ? rest.Length : stop;
        end = pos + TrimUrlEnd(rest[..e]);
        return true;
    }

    /// <summary>Drops sentence punctuation and unbalanced closing brackets from the end of a URL.</summary>
    private static int TrimUrlEnd(ReadOnlySpan<char> url)
    {
        int e = url.Length;
        while (e > 1)
        {
            char last = url[e - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or ']' or '}')
            {
                e--;
                continue;
            }

            if (last == ')' && url[..e].Count('(') < url[..e].Count(')'))
            {
                e--;
                continue;
            }

            break;
        }

        return e;
    }

    /// <summary>A bare domain or file name: <c>nasa.gov</c>, <c>www-less.example.co.uk/path</c>, <c>report.pdf</c>.</summary>
    private static bool TryDomain(ReadOnlySpan<char> text, int pos, out int end, out bool isUrl)
    {
        int limit = Math.Min(text.Length, pos + MaxLookAhead);
        int i = pos;
        int labels = 0;
        int lastLabelStart = pos;
        while (true)
        {
            int s = i;
            while (i < limit && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '_'))
            {
                i++;
            }

            if (i == s)
            {
                break;
            }

            labels++;
            lastLabelStart = s;
            if (i < limit - 1 && text[i] == '.' && char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        end = i;
        isUrl = false;
        if (labels < 2 || CharClass.IsWordCharAt(text, i))
        {
            return false;
        }

        ReadOnlySpan<char> last = text[lastLabelStart..i];
        if (Abbreviations.IsTopLevelDomain(last))
        {
            isUrl = true;
            if (i < text.Length && text[i] == '/')
            {
                ReadOnlySpan<char> rest = text[i..];
                int stop = rest.IndexOfAny(s_urlStop);
                end = i + TrimUrlEnd(stop < 0 ? rest : rest[..stop]);
            }

            return true;
        }

        return labels == 2 && Abbreviations.IsFileExtension(last);
    }

    /// <summary>Whether a word that ends at <paramref name="end"/> may be the local part of an e-mail address: only a
    /// word that stops at a character an address can contain is looked at again.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayContinueAsEmail(ReadOnlySpan<char> text, int end) =>
        (end < text.Length && text[end - 1] != '.' && text[end] is '@' or '.' or '_' or '+' or '-' or '%' or '\'')
        || (text[end - 1] == '.' && end < text.Length && text[end] == '@');

    /// <summary>An e-mail address starting at <paramref name="pos"/>, with a bounded look-ahead for its '@'.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryEmailFrom(ReadOnlySpan<char> text, int pos, out int end)
    {
        ReadOnlySpan<char> ahead = text.Slice(pos, Math.Min(MaxLookAhead, text.Length - pos));
        int stop = ahead.IndexOfAny(s_emailLookAhead);
        end = 0;
        return stop > 0 && ahead[stop] == '@' && TryEmail(text, pos, pos + stop, out end);
    }

    private static bool TryEmail(ReadOnlySpan<char> text, int pos, int at, out int end)
    {
        end = 0;
        for (int k = pos; k < at; k++)
        {
            char c = text[k];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-'))
            {
                return false;
            }
        }

        int limit = Math.Min(text.Length, at + MaxLookAhead);
        int i = at + 1;
        int dots = 0;
        int lastLabelStart = i;
        while (i < limit)
        {
            char c = text[i];
            if (char.IsAsciiLetterOrDigit(c) || c == '-')
            {
                i++;
            }
            else if (c == '.' && i + 1 < limit && char.IsAsciiLetterOrDigit(text[i + 1]) && i > lastLabelStart)
            {
                dots++;
                i++;
                lastLabelStart = i;
            }
            else
            {
                break;
            }
        }

        if (dots == 0 || i - lastLabelStart < 2)
        {
            return false;
        }

        end = i;
        return true;
    }

    /// <summary>A <c>#hashtag</c> or <c>@handle</c> (letters, digits and underscores, at least one letter, not inside a
    /// word), else the mark alone as a symbol.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Token ScanHandle(ReadOnlySpan<char> text, int pos, char c)
    {
        int len = text.Length;
        int e = pos + 1;
        bool hasLetter = false;
        while (e < len && (char.IsLetterOrDigit(text[e]) || text[e] == '_'))
        {
            hasLetter |= char.IsLetter(text[e]);
            e++;
        }

        if (hasLetter && (pos == 0 || !char.IsLetterOrDigit(text[pos - 1])))
        {
            return new Token(pos, e - pos, c == '#' ? TokenKind.Hashtag : TokenKind.Mention);
        }

        return new Token(pos, 1, TokenKind.Symbol);
    }
}
