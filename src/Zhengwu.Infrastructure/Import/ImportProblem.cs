namespace Zhengwu.Infrastructure.Import;

/// <summary>A problem found in an imported file, located by row and column, with the offending value.</summary>
public sealed record ImportProblem(int Row, string Column, string? Value, string Message)
{
    public override string ToString()
    {
        var location = Row > 0 ? $"第{Row}行" : "文件";
        var column = string.IsNullOrEmpty(Column) ? "" : $"“{Column}”列";
        var value = Value is null ? "" : $"（值：“{Shorten(Value)}”）";

        return $"{location}{column}{value}：{Message}";
    }

    private static string Shorten(string value) => value.Length > 60 ? value[..60] + "…" : value;
}
