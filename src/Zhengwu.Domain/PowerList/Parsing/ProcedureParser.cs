namespace Zhengwu.Domain.PowerList.Parsing;

/// <summary>Reads a procedure cell such as 申请→受理→审查→决定→送达 into its steps.</summary>
public static class ProcedureParser
{
    private static readonly string[] s_separators =
        ["→", "->", "－>", "—>", "－＞", "＞", ">", "、", "\r\n", "\n", "\r"];

    /// <summary>
    /// Splits at →, ->, ＞, >, 、 and line breaks outside brackets, so 审查（含现场核查、查验）stays one step.
    /// </summary>
    public static IReadOnlyList<string> Parse(string? text)
    {
        var parts = BracketScanner.SplitTopLevel(text ?? "", s_separators);

        return [.. parts.Select(part => part.Trim()).Where(part => part.Length > 0)];
    }
}
