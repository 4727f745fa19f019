namespace Zhengwu.Domain.DutyList;

/// <summary>
/// One main duty as the edit form carries it: its position, its text, and its work items one per line in the form
/// 名称｜依据｜事项编码、事项编码, where the basis and the codes may be left out.
/// </summary>
public sealed class DutyRow
{
    public string? Position { get; set; }

    public string? Content { get; set; }

    public string? WorkItemsText { get; set; }

    public bool Remove { get; set; }

    /// <summary>Returns the rows that show <paramref name="elements"/> in the edit form, numbered from 1.</summary>
    public static List<DutyRow> From(DutyListElements elements) =>
    [
        .. elements.Duties.Select((duty, index) => new DutyRow
        {
            Position = (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Content = duty.Content,
            WorkItemsText = string.Join('\n', duty.WorkItems.Select(LineOf)),
        }),
    ];

    private static string LineOf(DutyWorkItem work)
    {
        var codes = string.Join("、", work.PowerItemCodes);

        return codes.Length > 0 ? $"{work.Name}｜{work.Basis}｜{codes}"
            : string.IsNullOrEmpty(work.Basis) ? work.Name
            : $"{work.Name}｜{work.Basis}";
    }
}
