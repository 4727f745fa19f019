using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Domain.PowerList.Versions;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.PowerList.Versions;

/// <summary>
/// Reads the published versions of items for the public: an item's history and the change log of a region or
/// department. Versions of classified items are never returned.
/// </summary>
public sealed class PowerItemHistory(ZhengwuDbContext db)
{
    public const int MaxChanges = 200;

    /// <summary>Returns the versions of a public item, oldest first, or an empty list when the item is not public.</summary>
    public async Task<IReadOnlyList<PowerItemVersion>> VersionsAsync(string itemCode, CancellationToken cancellationToken = default)
    {
        var item = await db.PowerItems.AsNoTracking()
            .Where(item => item.Code == itemCode && !item.IsClassified)
            .Select(item => (int?)item.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (item is null)
        {
            return [];
        }

        var versions = await db.PowerItemVersions.AsNoTracking()
            .Where(version => version.PowerItemId == item)
            .ToListAsync(cancellationToken);

        return [.. versions.OrderBy(version => version.Number)];
    }

    /// <summary>Returns the number of published versions of the item with this id, which must be a public item.</summary>
    public async Task<int> VersionCountAsync(int itemId, CancellationToken cancellationToken = default) =>
        await db.PowerItemVersions.CountAsync(version => version.PowerItemId == itemId, cancellationToken);

    /// <summary>
    /// Returns the latest published changes, newest first, of one region or department or of all, at most
    /// <paramref name="limit"/>. Versions recorded by imports are not changes and are left out.
    /// </summary>
    public async Task<IReadOnlyList<PublishedChange>> ChangesAsync(
        string? regionCode,
        int? departmentId,
        int limit,
        CancellationToken cancellationToken = default)
    {
        var rows = await (
            from version in db.PowerItemVersions.AsNoTracking()
            join item in db.PowerItems on version.PowerItemId equals item.Id
            join department in db.Departments on item.DepartmentId equals department.Id
            where version.Kind != null && !item.IsClassified
                && (regionCode == null || item.RegionCode == regionCode)
                && (departmentId == null || item.DepartmentId == departmentId)
            orderby version.Id descending
            select new PublishedChange(
                version.Id,
                item.Code,
                item.Name,
                version.Number,
                version.Kind!.Value,
                version.Reason,
                version.ApprovedBy,
                version.PublishedAt,
                department.Id,
                department.Name,
                item.RegionCode))
            .Take(Math.Clamp(limit, 1, MaxChanges))
            .ToListAsync(cancellationToken);
        var dutyLists = await (
            from version in db.DutyListVersions.AsNoTracking()
            join department in db.Departments on version.DepartmentId equals department.Id
            where (regionCode == null || department.RegionCode == regionCode)
                && (departmentId == null || version.DepartmentId == departmentId)
            orderby version.Id descending
            select new PublishedChange(
                version.Id,
                "",
                department.Name + "职责清单",
                version.Number,
                version.Kind,
                (ChangeReason?)version.Reason,
                version.ApprovedBy,
                version.PublishedAt,
                department.Id,
                department.Name,
                department.RegionCode,
                ChangeSubject.DutyList))
            .Take(Math.Clamp(limit, 1, MaxChanges))
            .ToListAsync(cancellationToken);

        // Each list is newest first by id; publication times order the two together.
        return [.. rows.Concat(dutyLists)
            .OrderByDescending(change => change.PublishedAt)
            .Take(Math.Clamp(limit, 1, MaxChanges))];
    }
}
