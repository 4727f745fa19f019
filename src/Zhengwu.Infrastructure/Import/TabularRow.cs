namespace Zhengwu.Infrastructure.Import;

/// <summary>One data row of an imported sheet, with cells keyed by their canonical column name.</summary>
public sealed class TabularRow
{
    private readonly Dictionary<string, string> _cells;

    public TabularRow(int number, Dictionary<string, string> cells)
    {
        Number = number;
        _cells = cells;
    }

    /// <summary>The row's number as a spreadsheet program shows it: the header is row 1.</summary>
    public int Number { get; }

    public IReadOnlyDictionary<string, string> Cells => _cells;

    /// <summary>Returns the trimmed cell, or null when the column is absent or the cell is blank.</summary>
    public string? Get(string column) =>
        _cells.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public bool IsBlank => _cells.Values.All(string.IsNullOrWhiteSpace);
}
