using Zhengwu.Domain.PowerList;

namespace Zhengwu.Infrastructure.PowerList.Search;

/// <summary>
/// An immutable in-memory inverted index of the listed items, built by <see cref="PowerItemSearchIndexBuilder"/>.
/// Items are numbered by ordinal in tie-break order (shorter name, then code compared ordinally), so an item's
/// ordinal is its rank among matches of equal score. Posting lists map each character and each bigram of a
/// field to the ordinals of the items that contain it, with the summed weight of those fields. The normalised
/// search text is kept in one character array for the substring check of words of three or more characters,
/// whose bigrams can occur apart.
/// </summary>
public sealed class PowerItemSearchIndex
{
    private readonly int[] _ids;
    private readonly int[] _departments;
    private readonly byte[] _types;
    private readonly short[] _regions;
    private readonly string[] _regionCodes;
    private readonly char[] _text;
    private readonly int[] _textStarts;
    private readonly uint[] _grams;
    private readonly int[] _postingStarts;
    private readonly int[] _postingItems;
    private readonly byte[] _postingWeights;

    internal PowerItemSearchIndex(
        long version,
        PowerItemSearchIndexItems items,
        char[] text,
        int[] textStarts,
        PowerItemSearchIndexPostings postings)
    {
        Version = version;
        _ids = items.Ids;
        _departments = items.Departments;
        _types = items.Types;
        _regions = items.Regions;
        _regionCodes = items.RegionCodes;
        _text = text;
        _textStarts = textStarts;
        _grams = postings.Grams;
        _postingStarts = postings.Starts;
        _postingItems = postings.Items;
        _postingWeights = postings.Weights;
    }

    /// <summary>The content version read before the items, so a later change gives a different number.</summary>
    public long Version { get; }

    /// <summary>The number of listed items in the index.</summary>
    public int Count => _ids.Length;

    /// <summary>The number of (gram, item) postings.</summary>
    public int PostingCount => _postingItems.Length;

    /// <summary>The size of the index's arrays in bytes, without object headers.</summary>
    public long SizeInBytes =>
        (_ids.Length * 4L) + (_departments.Length * 4L) + _types.Length + (_regions.Length * 2L)
        + (_text.Length * 2L) + (_textStarts.Length * 4L) + (_grams.Length * 4L) + (_postingStarts.Length * 4L)
        + (_postingItems.Length * 4L) + _postingWeights.Length;

    /// <summary>Returns the key of a one-character gram. Normalised text has no NUL, so it never collides with a bigram.</summary>
    internal static uint CharacterKey(char character) => character;

    /// <summary>Returns the key of a bigram: the first character in the high 16 bits, the second in the low.</summary>
    internal static uint BigramKey(char first, char second) => ((uint)first << 16) | second;

    /// <summary>
    /// Returns the number of listed items that pass <paramref name="filter"/> and match every term, and the ids of
    /// <paramref name="take"/> of them from position <paramref name="skip"/> in relevance order.
    /// </summary>
    public (int Total, List<int> Ids) Search(
        IReadOnlyList<SearchTerm> terms,
        PowerItemSearchFilter filter,
        int skip,
        int take)
    {
        var matches = Matching(terms);
        matches = Filtered(matches, filter);
        var scores = Scores(matches, SearchTerm.Bigrams(terms));
        var page = TopRanked(matches, scores, skip, take);

        return (matches.Length, [.. page.Select(ordinal => _ids[ordinal])]);
    }

    private int[] Matching(IReadOnlyList<SearchTerm> terms)
    {
        int[]? matches = null;
        foreach (var term in terms)
        {
            matches = TermMatches(term, matches);
            if (matches.Length == 0)
            {
                break;
            }
        }

        return matches ?? [];
    }

    /// <summary>Returns the items among <paramref name="candidates"/> (all when null) that match one alternative.</summary>
    private int[] TermMatches(SearchTerm term, int[]? candidates)
    {
        int[]? union = null;
        foreach (var word in term.Alternatives)
        {
            var found = WordMatches(word, candidates);
            union = union is null ? found : PostingSets.Union(union, found);
        }

        return union ?? [];
    }

    private int[] WordMatches(string word, int[]? candidates)
    {
        var slots = new List<int>();
        foreach (var key in Keys(word))
        {
            var slot = Array.BinarySearch(_grams, key);
            if (slot < 0)
            {
                return [];
            }

            slots.Add(slot);
        }

        slots.Sort((left, right) => Postings(left).Length.CompareTo(Postings(right).Length));
        var matches = candidates ?? Postings(slots[0]).ToArray();
        foreach (var slot in slots.Skip(candidates is null ? 1 : 0))
        {
            matches = PostingSets.Intersect(matches, Postings(slot));
        }

        return word.Length < 3 ? matches : Array.FindAll(matches, ordinal => Text(ordinal).Contains(word, StringComparison.Ordinal));
    }

    private static HashSet<uint> Keys(string word)
    {
        if (word.Length == 1)
        {
            return [CharacterKey(word[0])];
        }

        var keys = new HashSet<uint>();
        for (var index = 0; index + 1 < word.Length; index++)
        {
            keys.Add(BigramKey(word[index], word[index + 1]));
        }

        return keys;
    }

    private ReadOnlySpan<int> Postings(int slot) =>
        _postingItems.AsSpan(_postingStarts[slot], _postingStarts[slot + 1] - _postingStarts[slot]);

    private ReadOnlySpan<char> Text(int ordinal) =>
        _text.AsSpan(_textStarts[ordinal], _textStarts[ordinal + 1] - _textStarts[ordinal]);

    private int[] Filtered(int[] matches, PowerItemSearchFilter filter)
    {
        if (filter.RegionCode is null && filter.DepartmentId is null && filter.Type is null)
        {
            return matches;
        }

        var region = filter.RegionCode is null ? -1 : Array.IndexOf(_regionCodes, filter.RegionCode);
        if (filter.RegionCode is not null && region < 0)
        {
            return [];
        }

        return Array.FindAll(matches, ordinal =>
            (region < 0 || _regions[ordinal] == region)
            && (filter.DepartmentId is not { } department || _departments[ordinal] == department)
            && (filter.Type is not { } type || _types[ordinal] == (byte)type));
    }

    /// <summary>Sums, for each match, the weights of the query's bigrams in its posting entries.</summary>
    private int[] Scores(int[] matches, IReadOnlyList<string> bigrams)
    {
        var scores = new int[matches.Length];
        foreach (var bigram in bigrams)
        {
            var slot = Array.BinarySearch(_grams, BigramKey(bigram[0], bigram[1]));
            if (slot >= 0)
            {
                var start = _postingStarts[slot];
                PostingSets.AddWeights(matches, Postings(slot), _postingWeights.AsSpan(start, Postings(slot).Length), scores);
            }
        }

        return scores;
    }

    /// <summary>
    /// Orders by score, highest first, then by ordinal, which is the tie-break order, and returns the ordinals at
    /// positions skip to skip + take. Only the first skip + take are kept while reading the matches.
    /// </summary>
    private static IEnumerable<int> TopRanked(int[] matches, int[] scores, int skip, int take)
    {
        var wanted = skip + take;
        if (skip >= matches.Length)
        {
            return [];
        }

        var keys = new long[matches.Length];
        for (var index = 0; index < matches.Length; index++)
        {
            keys[index] = ((long)(int.MaxValue - scores[index]) << 32) | (uint)matches[index];
        }

        if (wanted < keys.Length / 4)
        {
            keys = Smallest(keys, wanted);
        }

        Array.Sort(keys);

        return keys.Skip(skip).Take(take).Select(key => (int)(key & uint.MaxValue));
    }

    private static long[] Smallest(long[] keys, int count)
    {
        var heap = new PriorityQueue<long, long>(count + 1, Comparer<long>.Create((left, right) => right.CompareTo(left)));
        foreach (var key in keys)
        {
            if (heap.Count < count)
            {
                heap.Enqueue(key, key);
            }
            else if (key < heap.Peek())
            {
                heap.EnqueueDequeue(key, key);
            }
        }

        return [.. heap.UnorderedItems.Select(entry => entry.Element)];
    }
}
