namespace Zhengwu.Infrastructure.PowerList.Search;

/// <summary>Set operations on ascending spans of item ordinals, as posting lists store them.</summary>
internal static class PostingSets
{
    /// <summary>A list at least this many times longer than the other is searched, not walked.</summary>
    private const int SearchRatio = 16;

    /// <summary>
    /// Keeps the ordinals of <paramref name="left"/> that are also in <paramref name="right"/> at the start of
    /// <paramref name="left"/> and returns their count.
    /// </summary>
    public static int IntersectInPlace(Span<int> left, ReadOnlySpan<int> right)
    {
        var count = 0;
        if (right.Length >= left.Length * SearchRatio)
        {
            foreach (var ordinal in left)
            {
                if (right.BinarySearch(ordinal) >= 0)
                {
                    left[count++] = ordinal;
                }
            }

            return count;
        }

        var other = 0;
        foreach (var ordinal in left)
        {
            while (other < right.Length && right[other] < ordinal)
            {
                other++;
            }

            if (other < right.Length && right[other] == ordinal)
            {
                left[count++] = ordinal;
            }
        }

        return count;
    }

    /// <summary>Returns the ordinals in either span, each once, in a new rented set.</summary>
    public static OrdinalSet Union(ReadOnlySpan<int> left, ReadOnlySpan<int> right)
    {
        var union = OrdinalSet.Rent(left.Length + right.Length);
        var result = union.Buffer;
        int count = 0, l = 0, r = 0;
        while (l < left.Length || r < right.Length)
        {
            if (r == right.Length || (l < left.Length && left[l] < right[r]))
            {
                result[count++] = left[l++];
            }
            else if (l == left.Length || right[r] < left[l])
            {
                result[count++] = right[r++];
            }
            else
            {
                result[count++] = left[l++];
                r++;
            }
        }

        union.Count = count;

        return union;
    }

    /// <summary>
    /// Adds to <paramref name="scores"/>[i] the weight that <paramref name="postings"/> gives
    /// <paramref name="matches"/>[i], for every match in the list.
    /// </summary>
    public static void AddWeights(
        ReadOnlySpan<int> matches,
        ReadOnlySpan<int> postings,
        ReadOnlySpan<byte> weights,
        Span<int> scores)
    {
        if (postings.Length >= matches.Length * SearchRatio)
        {
            for (var index = 0; index < matches.Length; index++)
            {
                var position = postings.BinarySearch(matches[index]);
                if (position >= 0)
                {
                    scores[index] += weights[position];
                }
            }

            return;
        }

        var cursor = 0;
        for (var index = 0; index < matches.Length; index++)
        {
            while (cursor < postings.Length && postings[cursor] < matches[index])
            {
                cursor++;
            }

            if (cursor < postings.Length && postings[cursor] == matches[index])
            {
                scores[index] += weights[cursor];
            }
        }
    }
}
