namespace Zhengwu.Infrastructure.PowerList.Search;

/// <summary>
/// Strings stored as one character array with offsets, indexed by ordinal. For strings of 15 to 25 characters this
/// takes roughly half the memory of a string array (an estimate), because it has no object header per string.
/// </summary>
internal sealed class TextColumn
{
    private readonly char[] _chars;
    private readonly int[] _starts;

    private TextColumn(char[] chars, int[] starts)
    {
        _chars = chars;
        _starts = starts;
    }

    /// <summary>The size of the arrays in bytes, without object headers.</summary>
    public long SizeInBytes => (_chars.Length * 2L) + (_starts.Length * 4L);

    /// <summary>Returns a new string with the text at <paramref name="ordinal"/>.</summary>
    public string this[int ordinal] => new(_chars, _starts[ordinal], _starts[ordinal + 1] - _starts[ordinal]);

    public static TextColumn From<T>(IReadOnlyList<T> rows, Func<T, string> text)
    {
        var starts = new int[rows.Count + 1];
        for (var ordinal = 0; ordinal < rows.Count; ordinal++)
        {
            starts[ordinal + 1] = starts[ordinal] + text(rows[ordinal]).Length;
        }

        var chars = new char[starts[^1]];
        for (var ordinal = 0; ordinal < rows.Count; ordinal++)
        {
            text(rows[ordinal]).CopyTo(chars.AsSpan(starts[ordinal]));
        }

        return new TextColumn(chars, starts);
    }
}
