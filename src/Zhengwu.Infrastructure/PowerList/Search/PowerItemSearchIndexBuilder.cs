using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.PowerList.Search;

/// <summary>Builds a <see cref="PowerItemSearchIndex"/> of the listed items from the database.</summary>
public static class PowerItemSearchIndexBuilder
{
    /// <summary>
    /// Reads the content version, then the names of the departments and regions and the search text and result
    /// line of every listed item, and builds the index. The version is read first, so a change saved during the
    /// build leaves the index with an older number than the database's. Like the database path, which joins the
    /// department and the region, an item whose department or region is missing is left out.
    /// </summary>
    public static async Task<PowerItemSearchIndex> BuildAsync(ZhengwuDbContext db, CancellationToken cancellationToken)
    {
        var version = await db.ContentVersions.AsNoTracking()
            .Where(row => row.Id == ContentVersion.RowId)
            .Select(row => row.Number)
            .FirstOrDefaultAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking()
            .ToDictionaryAsync(department => department.Id, department => department.Name, cancellationToken);
        var regions = await db.Regions.AsNoTracking()
            .ToDictionaryAsync(region => region.Code, region => region.Name, StringComparer.Ordinal, cancellationToken);
        var rows = await db.PowerItems.AsNoTracking().Listed()
            .Select(item => new Row(
                item.Id,
                item.Code,
                item.Name,
                item.SearchText,
                item.RegionCode,
                item.DepartmentId,
                item.Type,
                item.Status,
                item.IsIncomplete))
            .ToListAsync(cancellationToken);
        rows.RemoveAll(row => !departments.ContainsKey(row.DepartmentId) || !regions.ContainsKey(row.RegionCode));

        // Ordinals follow the tie-break order of equal scores, so ranking needs no names or codes.
        rows.Sort((left, right) => left.Name.Length != right.Name.Length
            ? left.Name.Length.CompareTo(right.Name.Length)
            : string.CompareOrdinal(left.Code, right.Code));
        var (text, starts) = Text(rows);

        return new PowerItemSearchIndex(version, Items(rows, departments, regions), text, starts, Postings(rows));
    }

    private static PowerItemSearchIndexItems Items(
        List<Row> rows,
        Dictionary<int, string> departments,
        Dictionary<string, string> regions)
    {
        var regionCodes = rows.Select(row => row.RegionCode).Distinct(StringComparer.Ordinal).ToArray();
        var regionSlots = regionCodes.Select((code, slot) => (code, slot)).ToDictionary(
            pair => pair.code,
            pair => (short)pair.slot,
            StringComparer.Ordinal);
        var departmentNames = rows.Select(row => row.DepartmentId).Distinct()
            .ToDictionary(id => id, id => departments[id]);

        return new PowerItemSearchIndexItems(
            [.. rows.Select(row => row.Id)],
            TextColumn.From(rows, row => row.Code),
            TextColumn.From(rows, row => row.Name),
            [.. rows.Select(row => row.DepartmentId)],
            [.. rows.Select(row => (byte)row.Type)],
            [.. rows.Select(row => (byte)row.Status)],
            [.. rows.Select(row => row.IsIncomplete)],
            [.. rows.Select(row => regionSlots[row.RegionCode])],
            regionCodes,
            [.. regionCodes.Select(code => regions[code])],
            departmentNames);
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
        string Name,
        string SearchText,
        string RegionCode,
        int DepartmentId,
        PowerType Type,
        PowerItemStatus Status,
        bool IsIncomplete);

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
