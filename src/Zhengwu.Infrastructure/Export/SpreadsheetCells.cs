namespace Zhengwu.Infrastructure.Export;

/// <summary>Makes text safe to open in a spreadsheet.</summary>
public static class SpreadsheetCells
{
    private static readonly char[] s_formulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>
    /// Prefixes an apostrophe to text that a spreadsheet would read as a formula or command: text starting with
    /// =, +, -, @, a tab or a carriage return.
    /// </summary>
    public static string? Escape(string? value) =>
        value is { Length: > 0 } && s_formulaStarts.Contains(value[0]) ? "'" + value : value;
}
