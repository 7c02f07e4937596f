namespace NewsNlp;

/// <summary>The one binary search over items kept in order of their start offset (words, names, links, cues): the index
/// of the first item starting at or after a position. Used wherever a stage looks up "the first … from here".</summary>
internal static class StartOrder
{
    /// <summary>The index of the first of <paramref name="items"/> whose start (<paramref name="start"/>) is at or after
    /// <paramref name="position"/>; <c>items.Length</c> when there is none. The items must be in order of their start.</summary>
    public static int FirstAtOrAfter<T>(ReadOnlySpan<T> items, int position, Func<T, int> start)
    {
        int lo = 0;
        int hi = items.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (start(items[mid]) < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
