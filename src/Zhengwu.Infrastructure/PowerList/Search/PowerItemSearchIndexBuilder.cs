using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.PowerList.Search;

/// <summary>Builds a <see cref="PowerItemSearchIndex"/> of the listed items from the database.</summary>
public static class PowerItemSearchIndexBuilder
{
    /// <summary>
    /// Reads the content version, then the search text of every listed item, and builds the index. The version is
    /// read first, so a change saved during the build leaves the index with an older number than the database's.
    /// </summary>
    public static async Task<PowerItemSearchIndex> BuildAsync(ZhengwuDbContext db, CancellationToken cancellationToken)
    {
        var version = await db.ContentVersions.AsNoTracking()
            .Where(row => row.Id == ContentVersion.RowId)
            .Select(row => row.Number)
            .FirstOrDefaultAsync(cancellationToken);
        var rows = await db.PowerItems.AsNoTracking().Listed()
            .Select(item => new Row(
                item.Id,
                item.Code,
                item.Name.Length,
                item.SearchText,
                item.RegionCode,
                item.DepartmentId,
                item.Type))
            .ToListAsync(cancellationToken);

        // Ordinals follow the tie-break order of equal scores, so ranking needs no names or codes.
        rows.Sort((left, right) => left.NameLength != right.NameLength
            ? left.NameLength.CompareTo(right.NameLength)
            : string.CompareOrdinal(left.Code, right.Code));
        var (text, starts) = Text(rows);

        return new PowerItemSearchIndex(version, Items(rows), text, starts, Postings(rows));
    }

    private static PowerItemSearchIndexItems Items(List<Row> rows)
    {
        var regionCodes = rows.Select(row => row.RegionCode).Distinct(StringComparer.Ordinal).ToArray();
        var regionSlots = regionCodes.Select((code, slot) => (code, slot)).ToDictionary(
            pair => pair.code,
            pair => (short)pair.slot,
            StringComparer.Ordinal);

        return new PowerItemSearchIndexItems(
            [.. rows.Select(row => row.Id)],
            [.. rows.Select(row => row.DepartmentId)],
            [.. rows.Select(row => (byte)row.Type)],
            [.. rows.Select(row => regionSlots[row.RegionCode])],
            regionCodes);
    }

    private static (char[] Text, int[] Starts) Text(List<Row> rows)
    {
        var starts = new int[rows.Count + 1];
        for (var ordinal = 0; ordinal < rows.Count; ordinal++)
        {
            starts[ordinal + 1] = starts[ordinal] + rows[ordinal].SearchText.Length;
        }

        var text = new char[starts[^1]];
        for (var ordinal = 0; ordinal < rows.Count; ordinal++)
        {
            rows[ordinal].SearchText.CopyTo(text.AsSpan(starts[ordinal]));
        }

        return (text, starts);
    }

    /// <summary>
    /// Counts the postings of each gram in a first pass and fills the arrays in a second, so no list of every
    /// posting is held twice. Items are visited in ordinal order, so each posting list comes out sorted.
    /// </summary>
    private static PowerItemSearchIndexPostings Postings(List<Row> rows)
    {
        var grams = new ItemGrams();
        var counts = new Dictionary<uint, int>();
        foreach (var row in rows)
        {
            foreach (var key in grams.Read(row.SearchText).Keys)
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var keys = counts.Keys.ToArray();
        Array.Sort(keys);
        var starts = new int[keys.Length + 1];
        var cursors = new Dictionary<uint, int>(keys.Length);
        for (var slot = 0; slot < keys.Length; slot++)
        {
            cursors[keys[slot]] = starts[slot];
            starts[slot + 1] = starts[slot] + counts[keys[slot]];
        }

        var items = new int[starts[^1]];
        var weights = new byte[starts[^1]];
        for (var ordinal = 0; ordinal < rows.Count; ordinal++)
        {
            foreach (var (key, weight) in grams.Read(rows[ordinal].SearchText))
            {
                var position = cursors[key]++;
                items[position] = ordinal;
                weights[position] = (byte)Math.Min(weight, byte.MaxValue);
            }
        }

        return new PowerItemSearchIndexPostings(keys, starts, items, weights);
    }

    private sealed record Row(
        int Id,
        string Code,
        int NameLength,
        string SearchText,
        string RegionCode,
        int DepartmentId,
        PowerType Type);

    /// <summary>
    /// The distinct bigrams of one item's search text with their weights: each bigram adds the weight of every
    /// field it occurs in, once per field.
    /// </summary>
    private sealed class ItemGrams
    {
        private readonly Dictionary<uint, int> _weights = [];
        private readonly HashSet<uint> _inField = [];

        public Dictionary<uint, int> Read(string searchText)
        {
            _weights.Clear();
            var field = 0;
            foreach (var range in searchText.AsSpan().Split(PowerItemSearchDocument.FieldSeparator))
            {
                var weights = PowerItemSearchDocument.FieldWeights;
                var weight = field < weights.Count ? weights[field] : 0;
                Add(searchText.AsSpan(range), weight);
                field++;
            }

            return _weights;
        }

        private void Add(ReadOnlySpan<char> text, int weight)
        {
            _inField.Clear();
            for (var index = 0; index + 1 < text.Length; index++)
            {
                var key = PowerItemSearchIndex.BigramKey(text[index], text[index + 1]);
                if (_inField.Add(key))
                {
                    _weights[key] = _weights.GetValueOrDefault(key) + weight;
                }
            }
        }
    }
}
