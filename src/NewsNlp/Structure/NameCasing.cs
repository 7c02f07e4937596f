using System.Text;

namespace NewsNlp;

/// <summary>Writes a place or person name given in capitals the usual way, for datelines and bylines.</summary>
internal static class NameCasing
{
    /// <summary>Title-cases a name written in capitals: SALT LAKE CITY → Salt Lake City, WINSTON-SALEM →
    /// Winston-Salem, KING OF PRUSSIA → King of Prussia, O'FALLON → O'Fallon, ST. LOUIS → St. Louis.</summary>
    /// <param name="s">The name, words separated by single spaces.</param>
    /// <returns>The name in title case, connectors (<c>of</c>, <c>de</c>) after the first word in lower case.</returns>
    public static string TitleCase(ReadOnlySpan<char> s)
    {
        var sb = new StringBuilder(s.Length);
        Span<char> lowerBuffer = stackalloc char[64];
        int wordStart = 0;
        for (int i = 0; i <= s.Length; i++)
        {
            if (i < s.Length && s[i] != ' ')
            {
                continue;
            }

            ReadOnlySpan<char> word = s[wordStart..i];
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            Span<char> lower = lowerBuffer[..Math.Min(word.Length, lowerBuffer.Length)];
            int n = word[..lower.Length].ToLowerInvariant(lower);
            if (wordStart > 0 && DatelineWords.IsConnector(lower[..n]))
            {
                sb.Append(lower[..n]);
            }
            else
            {
                bool upperNext = true;
                for (int k = 0; k < word.Length; k++)
                {
                    char c = word[k];
                    sb.Append(upperNext ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
                    upperNext = c is '-' || ((c is '\'' or '\u2019') && k == 1);
                }
            }

            wordStart = i + 1;
        }

        return sb.ToString();
    }
}
