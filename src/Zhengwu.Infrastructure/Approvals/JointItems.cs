using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Approvals;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Approvals;

/// <summary>
/// Lists and sets the co-handling departments of joint items (并联审批). The item's implementing department leads,
/// and the co-handling departments belong to the item's region. Cases filed before a change keep their parts.
/// </summary>
public sealed class JointItems(ZhengwuDbContext db, AuditLog audit)
{
    public const string JointItemObject = "joint-item";

    /// <summary>Returns every item with co-handling departments, in code order.</summary>
    public async Task<IReadOnlyList<JointItemRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await (
            from joint in db.JointItemDepartments.AsNoTracking()
            join item in db.PowerItems.AsNoTracking() on joint.PowerItemId equals item.Id
            join lead in db.Departments.AsNoTracking() on item.DepartmentId equals lead.Id
            join coHandling in db.Departments.AsNoTracking() on joint.DepartmentId equals coHandling.Id
            select new { item.Code, item.Name, Lead = lead.Name, CoHandling = coHandling.Name, CoHandlingId = coHandling.Id })
            .ToListAsync(cancellationToken);

        return [.. rows
            .GroupBy(row => (row.Code, row.Name, row.Lead))
            .OrderBy(group => group.Key.Code, StringComparer.Ordinal)
            .Select(group => new JointItemRow(
                group.Key.Code,
                group.Key.Name,
                group.Key.Lead,
                [.. group.OrderBy(row => row.CoHandlingId).Select(row => row.CoHandling)]))];
    }

    /// <summary>
    /// Replaces the co-handling departments of the item <paramref name="itemCode"/> with
    /// <paramref name="departmentIds"/> and audits the change. Returns the problems, in Chinese, with nothing saved
    /// when there are any.
    /// </summary>
    public async Task<IReadOnlyList<string>> SetAsync(
        JointItemEditor editor,
        string? itemCode,
        IReadOnlyList<int> departmentIds,
        CancellationToken cancellationToken = default)
    {
        var (item, missing) = await FindItemAsync(itemCode, cancellationToken);
        if (item is null)
        {
            return [missing!];
        }

        var problems = await CheckAsync(item, departmentIds, cancellationToken);
        if (problems.Count > 0)
        {
            return problems;
        }

        await SaveAsync(editor, item, [.. departmentIds.Distinct().Order()], cancellationToken);

        return [];
    }

    /// <summary>
    /// Removes every co-handling department of the item <paramref name="itemCode"/>, so its new filings are handled by
    /// its implementing department alone, and audits the change. Returns the problems, in Chinese, with nothing saved
    /// when there are any.
    /// </summary>
    public async Task<IReadOnlyList<string>> RemoveAsync(JointItemEditor editor, string? itemCode, CancellationToken cancellationToken = default)
    {
        var (item, missing) = await FindItemAsync(itemCode, cancellationToken);
        if (item is null)
        {
            return [missing!];
        }

        if (!await db.JointItemDepartments.AnyAsync(joint => joint.PowerItemId == item.Id, cancellationToken))
        {
            return [$"事项 {item.Code} 不是并联审批事项，无须取消。"];
        }

        await SaveAsync(editor, item, [], cancellationToken);

        return [];
    }

    private async Task<(PowerItem? Item, string? Problem)> FindItemAsync(string? itemCode, CancellationToken cancellationToken)
    {
        var code = itemCode?.Trim() ?? "";
        var item = ItemCode.IsWellFormed(code)
            ? await db.PowerItems.AsNoTracking().FirstOrDefaultAsync(item => item.Code == code && !item.IsClassified, cancellationToken)
            : null;

        return item is null
            ? (null, $"事项编码“{Clip(code)}”不存在，请填写权力清单中的事项编码，例如 620100-XK-00002。")
            : (item, null);
    }

    private async Task<List<string>> CheckAsync(PowerItem item, IReadOnlyList<int> departmentIds, CancellationToken cancellationToken)
    {
        if (departmentIds.Count == 0)
        {
            return ["请至少选择一个协办部门。牵头部门为事项的实施部门，无须选择。"];
        }

        var distinct = departmentIds.Distinct().ToList();
        var departments = await db.Departments.AsNoTracking()
            .Where(department => distinct.Contains(department.Id) || department.Id == item.DepartmentId)
            .ToDictionaryAsync(department => department.Id, cancellationToken);
        var lead = departments[item.DepartmentId];
        var problems = new List<string>();
        foreach (var id in distinct)
        {
            if (!departments.TryGetValue(id, out var department))
            {
                problems.Add($"部门编号“{id}”不存在，请从列表中选择协办部门。");
            }
            else if (id == item.DepartmentId)
            {
                problems.Add($"“{lead.Name}”是该事项的实施部门，已是牵头部门，不能再列为协办部门，请取消勾选。");
            }
            else if (department.RegionCode != item.RegionCode)
            {
                problems.Add($"“{department.Name}”属于地区 {department.RegionCode}，而事项属于地区 {item.RegionCode}。协办部门须与事项属于同一地区，请取消勾选。");
            }
        }

        return problems;
    }

    private async Task SaveAsync(JointItemEditor editor, PowerItem item, List<int> departmentIds, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.JointItemDepartments.Where(joint => joint.PowerItemId == item.Id).ExecuteDeleteAsync(cancellationToken);
        db.JointItemDepartments.AddRange(departmentIds.Select(id => new JointItemDepartment { PowerItemId = item.Id, DepartmentId = id }));
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            new AuditEntry(AuditActions.ContentChanged, AuditResult.Succeeded)
            {
                AccountId = editor.Id.ToString(),
                AccountName = editor.UserName,
                Role = editor.Role.ToString(),
                ObjectType = JointItemObject,
                ObjectId = item.Code,
                ClientAddress = editor.ClientAddress,
                Detail = departmentIds.Count == 0
                    ? "取消并联审批，由实施部门单独办理"
                    : $"并联审批协办部门设为 {string.Join("、", departmentIds)}",
            },
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static string Clip(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
