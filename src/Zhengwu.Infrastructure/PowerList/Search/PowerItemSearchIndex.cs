using System.Buffers;
using Zhengwu.Domain.PowerList;

namespace Zhengwu.Infrastructure.PowerList.Search;

/// <summary>
/// An immutable in-memory inverted index of the listed items, built by <see cref="PowerItemSearchIndexBuilder"/>.
/// Items are numbered by ordinal in tie-break order (shorter name, then code compared ordinally), so an item's
/// ordinal is its rank among matches of equal score. Posting lists map each bigram of a field to the ordinals of
/// the items that contain it, with the summed weight of those fields. The normalised search text is kept in one
/// character array. A one-character word is found by scanning it, because character postings would double the
/// index. A word of three or more characters is checked in it, because its bigrams can occur apart. The index
/// also contains each item's result line (code, name, type, status, department and region), so a page of results
/// is rendered without reading them from the database.
/// </summary>
public sealed class PowerItemSearchIndex
{
    private readonly int[] _ids;
    private readonly TextColumn _codes;
    private readonly TextColumn _names;
    private readonly int[] _departments;
    private readonly byte[] _types;
    private readonly byte[] _statuses;
    private readonly bool[] _incomplete;
    private readonly short[] _regions;
    private readonly string[] _regionCodes;
    private readonly string[] _regionNames;
    private readonly IReadOnlyDictionary<int, string> _departmentNames;
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
        _codes = items.Codes;
        _names = items.Names;
        _departments = items.Departments;
        _types = items.Types;
        _statuses = items.Statuses;
        _incomplete = items.Incomplete;
        _regions = items.Regions;
        _regionCodes = items.RegionCodes;
        _regionNames = items.RegionNames;
        _departmentNames = items.DepartmentNames;
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

    /// <summary>
    /// The size of the index's arrays in bytes, without object headers and the few region and department names.
    /// </summary>
    public long SizeInBytes =>
        (_ids.Length * 4L) + _codes.SizeInBytes + _names.SizeInBytes + (_departments.Length * 4L) + _types.Length
        + _statuses.Length + _incomplete.Length + (_regions.Length * 2L) + (_text.Length * 2L)
        + (_textStarts.Length * 4L) + (_grams.Length * 4L) + (_postingStarts.Length * 4L)
        + (_postingItems.Length * 4L) + _postingWeights.Length;

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
        var (total, hits) = SearchPage(terms, filter, skip, take);

        return (total, [.. hits.Select(hit => hit.Id)]);
    }

    /// <summary>
    /// Returns the number of listed items that pass <paramref name="filter"/> and match every term, and
    /// <paramref name="take"/> of them from position <paramref name="skip"/> in relevance order with their result
    /// lines. Working sets come from <see cref="ArrayPool{T}.Shared"/>, because a broad query has tens of thousands
    /// of matches and arrays of that size would otherwise land on the large object heap on every request.
    /// </summary>
    public (int Total, List<PowerItemSearchHit> Hits) SearchPage(
        IReadOnlyList<SearchTerm> terms,
        PowerItemSearchFilter filter,
        int skip,
        int take)
    {
        var matches = Matching(terms);
        try
        {
            matches.Count = Filter(matches.Span, filter);
            var page = TopRanked(matches.Span, SearchTerm.Bigrams(terms), skip, take);

            return (matches.Count, [.. page.Select(Hit)]);
        }
        finally
        {
            matches.Return();
        }
    }

    private PowerItemSearchHit Hit(int ordinal)
    {
        var department = _departments[ordinal];
        var region = _regions[ordinal];
        var summary = new PowerItemSummary(
            _codes[ordinal],
            _names[ordinal],
            (PowerType)_types[ordinal],
            (PowerItemStatus)_statuses[ordinal],
            _incomplete[ordinal],
            department,
            _departmentNames[department],
            _regionCodes[region],
            _regionNames[region]);

        return new PowerItemSearchHit(_ids[ordinal], summary);
    }

    private OrdinalSet Matching(IReadOnlyList<SearchTerm> terms)
    {
        OrdinalSet? matches = null;
        foreach (var term in terms)
        {
            var next = TermMatches(term, matches);
            matches?.Return();
            matches = next;
            if (next.Count == 0)
            {
                break;
            }
        }

        return matches ?? OrdinalSet.Rent(0);
    }

    /// <summary>
    /// Returns the items among <paramref name="candidates"/> (all when null) that match one alternative.
    /// </summary>
    private OrdinalSet TermMatches(SearchTerm term, OrdinalSet? candidates)
    {
        OrdinalSet? union = null;
        foreach (var word in term.Alternatives)
        {
            var found = WordMatches(word, candidates);
            if (union is null)
            {
                union = found;
            }
            else
            {
                var merged = PostingSets.Union(union.Span, found.Span);
                union.Return();
                found.Return();
                union = merged;
            }
        }

        return union ?? OrdinalSet.Rent(0);
    }

    private OrdinalSet WordMatches(string word, OrdinalSet? candidates)
    {
        if (word.Length == 1)
        {
            return candidates is null ? Containing(word[0]) : KeepContaining(candidates, word);
        }

        var slots = new List<int>();
        foreach (var key in Keys(word))
        {
            var slot = Array.BinarySearch(_grams, key);
            if (slot < 0)
            {
                return OrdinalSet.Rent(0);
            }

            slots.Add(slot);
        }

        slots.Sort((left, right) => PostingLength(left).CompareTo(PostingLength(right)));
        var source = candidates is null ? Postings(slots[0]) : candidates.Span;
        var matches = OrdinalSet.Rent(source.Length);
        source.CopyTo(matches.Buffer);
        matches.Count = source.Length;
        foreach (var slot in slots.Skip(candidates is null ? 1 : 0))
        {
            matches.Count = PostingSets.IntersectInPlace(matches.Span, Postings(slot));
        }

        if (word.Length >= 3)
        {
            matches.Count = KeepContaining(matches.Span, word);
        }

        return matches;
    }

    /// <summary>Returns, in a new set, the candidates whose text contains <paramref name="word"/>.</summary>
    private OrdinalSet KeepContaining(OrdinalSet candidates, string word)
    {
        var matches = OrdinalSet.Rent(candidates.Count);
        candidates.Span.CopyTo(matches.Buffer);
        matches.Count = KeepContaining(matches.Span, word);

        return matches;
    }

    private int KeepContaining(Span<int> ordinals, string word)
    {
        var count = 0;
        foreach (var ordinal in ordinals)
        {
            if (Text(ordinal).Contains(word, StringComparison.Ordinal))
            {
                ordinals[count++] = ordinal;
            }
        }

        return count;
    }

    /// <summary>
    /// Scans the whole text for <paramref name="character"/> and returns the items it occurs in. After a hit the
    /// scan continues at the next item's text, so each item is found once and in ordinal order.
    /// </summary>
    private OrdinalSet Containing(char character)
    {
        var matches = OrdinalSet.Rent(Count);
        var position = 0;
        while (position < _text.Length)
        {
            var hit = _text.AsSpan(position).IndexOf(character);
            if (hit < 0)
            {
                break;
            }

            var ordinal = OrdinalAt(position + hit);
            matches.Buffer[matches.Count++] = ordinal;
            position = _textStarts[ordinal + 1];
        }

        return matches;
    }

    /// <summary>Returns the ordinal of the item whose text has the character at <paramref name="offset"/>.</summary>
    private int OrdinalAt(int offset)
    {
        var found = Array.BinarySearch(_textStarts, offset);

        // An exact hit is the first character of an item. Items with an empty text share their start with the next
        // item, so the last equal start is taken. Otherwise the complement is the index of the next item's start.
        if (found >= 0)
        {
            while (found + 1 < _textStarts.Length && _textStarts[found + 1] == offset)
            {
                found++;
            }

            return found;
        }

        return ~found - 1;
    }

    private static HashSet<uint> Keys(string word)
    {
        var keys = new HashSet<uint>();
        for (var index = 0; index + 1 < word.Length; index++)
        {
            keys.Add(BigramKey(word[index], word[index + 1]));
        }

        return keys;
    }

    private int PostingLength(int slot) => _postingStarts[slot + 1] - _postingStarts[slot];

    private ReadOnlySpan<int> Postings(int slot) => _postingItems.AsSpan(_postingStarts[slot], PostingLength(slot));

    private ReadOnlySpan<char> Text(int ordinal) =>
        _text.AsSpan(_textStarts[ordinal], _textStarts[ordinal + 1] - _textStarts[ordinal]);

    /// <summary>
    /// Keeps the ordinals that pass <paramref name="filter"/> at the start of the span and returns their count.
    /// </summary>
    private int Filter(Span<int> ordinals, PowerItemSearchFilter filter)
    {
        if (filter.RegionCode is null && filter.DepartmentId is null && filter.Type is null)
        {
            return ordinals.Length;
        }

        var region = filter.RegionCode is null ? -1 : Array.IndexOf(_regionCodes, filter.RegionCode);
        if (filter.RegionCode is not null && region < 0)
        {
            return 0;
        }

        var count = 0;
        foreach (var ordinal in ordinals)
        {
            if ((region < 0 || _regions[ordinal] == region)
                && (filter.DepartmentId is not { } department || _departments[ordinal] == department)
                && (filter.Type is not { } type || _types[ordinal] == (byte)type))
            {
                ordinals[count++] = ordinal;
            }
        }

        return count;
    }

    /// <summary>
    /// Scores the matches by the weights of the query's bigrams in their posting entries, orders by score, highest
    /// first, then by ordinal, which is the tie-break order, and returns the ordinals at positions skip to
    /// skip + take. When the page is near the front, only the first skip + take are kept while reading.
    /// </summary>
    private List<int> TopRanked(ReadOnlySpan<int> matches, IReadOnlyList<string> bigrams, int skip, int take)
    {
        if (skip >= matches.Length)
        {
            return [];
        }

        var keys = ArrayPool<long>.Shared.Rent(matches.Length);
        var scores = ArrayPool<int>.Shared.Rent(matches.Length);
        try
        {
            var scored = scores.AsSpan(0, matches.Length);
            scored.Clear();
            foreach (var bigram in bigrams)
            {
                var slot = Array.BinarySearch(_grams, BigramKey(bigram[0], bigram[1]));
                if (slot >= 0)
                {
                    var weights = _postingWeights.AsSpan(_postingStarts[slot], PostingLength(slot));
                    PostingSets.AddWeights(matches, Postings(slot), weights, scored);
                }
            }

            for (var index = 0; index < matches.Length; index++)
            {
                keys[index] = ((long)(int.MaxValue - scored[index]) << 32) | (uint)matches[index];
            }

            var ordered = Smallest(keys.AsSpan(0, matches.Length), skip + take);

            return [.. ordered.Skip(skip).Take(take).Select(key => (int)(key & uint.MaxValue))];
        }
        finally
        {
            ArrayPool<long>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(scores);
        }
    }

    /// <summary>Returns the <paramref name="count"/> smallest keys in ascending order.</summary>
    private static long[] Smallest(Span<long> keys, int count)
    {
        if (count >= keys.Length / 4)
        {
            keys.Sort();

            return keys[..Math.Min(count, keys.Length)].ToArray();
        }

        var largestFirst = Comparer<long>.Create((left, right) => right.CompareTo(left));
        var heap = new PriorityQueue<long, long>(count + 1, largestFirst);
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

        var smallest = heap.UnorderedItems.Select(entry => entry.Element).ToArray();
        Array.Sort(smallest);

        return smallest;
    }
}
