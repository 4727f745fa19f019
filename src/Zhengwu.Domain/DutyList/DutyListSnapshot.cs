using Zhengwu.Domain.PowerList.Versions;

namespace Zhengwu.Domain.DutyList;

/// <summary>
/// The public text of a duty list as labelled rows, in the field form that power-item versions use, so that the same
/// hash and comparison apply: one row per main duty and one per work item, each labelled by its position.
/// </summary>
public static class DutyListSnapshot
{
    /// <summary>Returns one row per main duty (主要职责 1) and one per work item (主要职责 1 · 工作事项 2).</summary>
    public static IReadOnlyList<SnapshotField> From(DutyListElements elements)
    {
        var fields = new List<SnapshotField>();
        for (var dutyIndex = 0; dutyIndex < elements.Duties.Count; dutyIndex++)
        {
            var duty = elements.Duties[dutyIndex];
            var dutyLabel = $"主要职责 {dutyIndex + 1}";
            fields.Add(new SnapshotField(dutyLabel, duty.Content?.Trim() ?? ""));
            for (var workIndex = 0; workIndex < duty.WorkItems.Count; workIndex++)
            {
                fields.Add(new SnapshotField($"{dutyLabel} · 工作事项 {workIndex + 1}", WorkText(duty.WorkItems[workIndex])));
            }
        }

        return fields;
    }

    /// <summary>Returns the SHA-256 of a version's rows, keyed by the department, as power-item versions compute it.</summary>
    public static string Hash(int departmentId, int number, IReadOnlyList<SnapshotField> fields) =>
        PowerItemSnapshot.Hash(Key(departmentId), number, fields);

    /// <summary>Returns the key a duty-list version is hashed under, which no item code can equal.</summary>
    public static string Key(int departmentId) =>
        "duty-list:" + departmentId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Returns a work item as one line, e.g. 食品生产许可审查（依据：…；相关权力事项：…）.</summary>
    public static string WorkText(DutyWorkItem work)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(work.Basis))
        {
            parts.Add($"依据：{work.Basis.Trim()}");
        }

        if (work.PowerItemCodes.Count > 0)
        {
            parts.Add($"相关权力事项：{string.Join("、", work.PowerItemCodes)}");
        }

        return parts.Count == 0 ? work.Name.Trim() : $"{work.Name.Trim()}（{string.Join("；", parts)}）";
    }
}
