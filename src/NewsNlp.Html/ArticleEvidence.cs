namespace NewsNlp;

/// <summary>The word 4-grams of a page's JSON-LD <c>articleBody</c>, hashed: tells whether a paragraph of the page is
/// article text. Built once per page, linear in the body; a look-up per paragraph is linear in the paragraph.</summary>
internal sealed class ArticleEvidence
{
    private const int N = 4;
    private readonly HashSet<long> _shingles = [];

    private ArticleEvidence(string body)
    {
        foreach (long s in Shingles(body))
        {
            _shingles.Add(s);
        }
    }

    /// <summary>Evidence from an <c>articleBody</c> long enough to be the article, else <see langword="null"/>.</summary>
    public static ArticleEvidence? From(string? articleBody) =>
        articleBody is { Length: >= ExtractionRules.MinEvidenceChars } ? new ArticleEvidence(articleBody) : null;

    /// <summary>Whether most of the paragraph's word 4-grams are in the body.</summary>
    public bool Confirms(string paragraph)
    {
        int total = 0;
        int hits = 0;
        foreach (long s in Shingles(paragraph))
        {
            total++;
            hits += _shingles.Contains(s) ? 1 : 0;
        }

        return total > 0 && hits >= ExtractionRules.EvidenceOverlap * total;
    }

    /// <summary>Hashes of consecutive 4-word windows (words: runs of letters and digits, case folded).</summary>
    private static IEnumerable<long> Shingles(string text)
    {
        var window = new long[N];
        int count = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            long h = 1469598103934665603;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                h = (h ^ char.ToLowerInvariant(text[i])) * 1099511628211;
                i++;
            }

            window[count % N] = h;
            count++;
            if (count >= N)
            {
                long s = 17;
                for (int k = count - N; k < count; k++)
                {
                    s = (s * 31) + window[k % N];
                }

                yield return s;
            }
        }
    }
}
