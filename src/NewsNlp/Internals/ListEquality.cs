namespace NewsNlp;

/// <summary>Content equality of the lists inside result records: two results are equal when their lists hold equal
/// items in the same order, not only when they are the same list object.</summary>
internal static class ListEquality
{
    public static bool Equal<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Count != b.Count)
        {
            return false;
        }

        EqualityComparer<T> comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < a.Count; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash of the count and the first items: enough to spread results, cheap on long lists.</summary>
    public static int Hash<T>(IReadOnlyList<T> list)
    {
        var hash = new HashCode();
        hash.Add(list.Count);
        for (int i = 0; i < list.Count && i < 4; i++)
        {
            hash.Add(list[i]);
        }

        return hash.ToHashCode();
    }
}
