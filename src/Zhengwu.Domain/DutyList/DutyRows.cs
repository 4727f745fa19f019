using System.Globalization;
using Zhengwu.Domain.PowerList;

namespace Zhengwu.Domain.DutyList;

/// <summary>
/// Reads the rows of the duty-list form into a duty list. Rows ticked for removal or left blank are dropped; the
/// rest are sorted by position, rows of equal position keeping the form's order.
/// </summary>
public static class DutyRows
{
    public const int MaxDuties = 100;
    public const int MaxContentLength = 2000;
    public const int MaxWorkItems = 100;
    public const int MaxNameLength = 300;
    public const int MaxBasisLength = 2000;

    private static readonly char[] s_partSeparators = ['｜', '|'];
    private static readonly char[] s_codeSeparators = ['、', ',', '，', ' ', '　', ';', '；'];

    /// <summary>Returns the duty list the rows describe, or the problems that keep it from being saved.</summary>
    public static (DutyListElements Elements, List<DutyListProblem> Problems) Read(IReadOnlyList<DutyRow> rows)
    {
        var problems = new List<DutyListProblem>();
        var kept = new List<(int Position, int Index, DutyRow Row)>();
        for (var index = 0; index < rows.Count; index++)
        {
            var row = rows[index];
            if (row.Remove || (string.IsNullOrWhiteSpace(row.Content) && string.IsNullOrWhiteSpace(row.WorkItemsText)))
            {
                continue;
            }

            kept.Add((ReadPosition(row.Position, index, problems), index, row));
        }

        if (kept.Count > MaxDuties)
        {
            problems.Add(new($"共填写了 {kept.Count} 条主要职责，超过上限 {MaxDuties} 条，请合并部分职责。"));
        }

        var elements = new DutyListElements();
        foreach (var (_, index, row) in kept.OrderBy(entry => entry.Position).ThenBy(entry => entry.Index))
        {
            elements.Duties.Add(ReadDuty(row, index + 1, problems));
        }

        return (elements, problems);
    }

    private static int ReadPosition(string? text, int index, List<DutyListProblem> problems)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return index + 1;
        }

        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position >= 1)
        {
            return position;
        }

        problems.Add(new($"第 {index + 1} 行主要职责的序号“{trimmed}”无效，请填写 1 或更大的整数，按序号从小到大排列。"));

        return index + 1;
    }

    private static MainDuty ReadDuty(DutyRow row, int rowNumber, List<DutyListProblem> problems)
    {
        var content = row.Content?.Trim();
        if (string.IsNullOrEmpty(content))
        {
            problems.Add(new($"第 {rowNumber} 行填写了工作事项但缺少主要职责，请写明该项职责（如“负责市场综合监督管理”），或删除该行。"));
        }
        else if (content.Length > MaxContentLength)
        {
            problems.Add(new($"第 {rowNumber} 行主要职责共 {content.Length} 个字，超过上限 {MaxContentLength} 个字，请删减。"));
        }

        var duty = new MainDuty { Content = content };
        var lines = (row.WorkItemsText ?? "").Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length > MaxWorkItems)
        {
            problems.Add(new($"第 {rowNumber} 行共有 {lines.Length} 项工作事项，超过上限 {MaxWorkItems} 项，请合并部分事项。"));
        }

        for (var lineIndex = 0; lineIndex < lines.Length; lineIndex++)
        {
            if (ReadWorkItem(lines[lineIndex], $"第 {rowNumber} 行第 {lineIndex + 1} 项工作事项", problems) is { } work)
            {
                duty.WorkItems.Add(work);
            }
        }

        return duty;
    }

    private static DutyWorkItem? ReadWorkItem(string line, string where, List<DutyListProblem> problems)
    {
        var parts = line.Split(s_partSeparators, StringSplitOptions.TrimEntries);
        if (parts.Length > 3)
        {
            problems.Add(new($"{where}“{Quote(line)}”分隔符“｜”多于两个，请写成“名称｜依据｜事项编码”。"));

            return null;
        }

        var name = parts[0];
        if (name.Length == 0)
        {
            problems.Add(new($"{where}“{Quote(line)}”缺少名称，请在第一个“｜”前写出工作事项名称。"));

            return null;
        }

        if (name.Length > MaxNameLength || (parts.Length > 1 && parts[1].Length > MaxBasisLength))
        {
            problems.Add(new($"{where}“{Quote(line)}”过长：名称不超过 {MaxNameLength} 个字，依据不超过 {MaxBasisLength} 个字，请删减。"));

            return null;
        }

        var codes = parts.Length > 2
            ? parts[2].Split(s_codeSeparators, StringSplitOptions.RemoveEmptyEntries).Select(code => code.ToUpperInvariant()).Distinct().ToList()
            : [];
        if (codes.FirstOrDefault(code => !ItemCode.IsWellFormed(code)) is { } malformed)
        {
            problems.Add(new($"{where}的权力事项编码“{malformed}”格式不正确，请填写 15 位事项编码，如 620100-XK-00001。"));
        }

        return new DutyWorkItem { Name = name, Basis = parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null, PowerItemCodes = codes };
    }

    private static string Quote(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
