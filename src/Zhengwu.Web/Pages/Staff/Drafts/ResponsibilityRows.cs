using System.Globalization;
using Zhengwu.Domain.PowerList.Drafts;

namespace Zhengwu.Web.Pages.Staff.Drafts;

/// <summary>
/// Turns the responsibility rows of the draft form into the draft's list. Each row has a position, a name, a
/// content and a remove box. Rows that are ticked or left blank are dropped, and the rest are sorted by position,
/// rows of equal position keeping the form's order.
/// </summary>
public static class ResponsibilityRows
{
    /// <summary>The blank rows the form offers below the stored ones, for adding items without script.</summary>
    public const int BlankRows = 2;

    /// <summary>
    /// Returns the list the rows describe and the problems of positions that are not whole numbers from 1. Returns
    /// null when the form carried no rows, so that the stored responsibility items stay as they are.
    /// </summary>
    public static (List<DraftResponsibility>? List, List<DraftProblem> Problems) Read(
        bool posted,
        List<DraftResponsibility>? rows,
        List<string?> positions,
        List<int> removed)
    {
        var problems = new List<DraftProblem>();
        if (!posted)
        {
            return (null, problems);
        }

        var kept = new List<(int Position, int Index, DraftResponsibility Row)>();
        rows ??= [];
        for (var index = 0; index < rows.Count; index++)
        {
            var row = rows[index];
            if (removed.Contains(index) || (string.IsNullOrWhiteSpace(row.Name) && string.IsNullOrWhiteSpace(row.Content)))
            {
                continue;
            }

            var text = index < positions.Count ? positions[index]?.Trim() : null;
            var position = index + 1;
            if (!string.IsNullOrEmpty(text)
                && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out position) || position < 1))
            {
                problems.Add(new(
                    nameof(DraftElements.Responsibilities),
                    $"第 {index + 1} 行责任事项的序号“{text}”无效，请填写 1 或更大的整数，按序号从小到大排列。"));
                position = index + 1;
            }

            kept.Add((position, index, row));
        }

        var list = kept.OrderBy(entry => entry.Position).ThenBy(entry => entry.Index).Select(entry => entry.Row).ToList();

        return (list, problems);
    }
}
