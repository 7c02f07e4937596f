using System.Diagnostics.CodeAnalysis;

namespace NewsNlp;

public sealed partial class NewsAnalyzer
{
    /// <summary>Finds the dateline that opens a wire story (<c>TAIPEI, Taiwan (AP) —</c>,
    /// <c>BEIJING, June 14 (Reuters) -</c>, <c>WASHINGTON —</c>), without the rest of the analysis.</summary>
    /// <remarks>Only the head of the text is searched (the first lines, after any headline or site noise,
    /// until the body has begun), so a story without a dateline gives <see langword="null"/> rather than a
    /// place named in its body. Linear time and safe on any input.</remarks>
    /// <param name="text">An article, or just its first paragraph.</param>
    /// <returns>The dateline, or <see langword="null"/> when the text does not open with one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static Dateline? ParseDateline(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int head = DatelineLocator.HeadLength(text);
        return DatelineLocator.Find(ArticleText.Build(head == text.Length ? text : text[..head]));
    }

    /// <summary>Finds the dateline that opens a wire story; see <see cref="ParseDateline(string)"/>.</summary>
    /// <param name="text">An article, or just its first paragraph.</param>
    /// <param name="dateline">The dateline when found; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the text opens with a dateline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static bool TryParseDateline(string text, [NotNullWhen(true)] out Dateline? dateline)
    {
        dateline = ParseDateline(text);
        return dateline is not null;
    }
}
