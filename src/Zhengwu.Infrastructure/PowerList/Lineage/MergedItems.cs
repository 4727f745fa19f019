using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.PowerList.Lineage;

/// <summary>Loads and checks the items a merge retires.</summary>
public static class MergedItems
{
    /// <summary>
    /// Returns the reason the request's merged item codes cannot be merged: a code of no item, of a classified item
    /// (reported as not found), of another department, of an item not in force, or of the draft's own item.
    /// </summary>
    public static async Task<ChangeError?> CheckAsync(ZhengwuDbContext db, ChangeRequest request, CancellationToken cancellationToken)
    {
        var codes = request.MergedItemCodes;
        var items = await db.PowerItems.AsNoTracking().Where(item => codes.Contains(item.Code))
            .ToDictionaryAsync(item => item.Code, cancellationToken);
        foreach (var code in codes)
        {
            ChangeError? error = items.GetValueOrDefault(code) switch
            {
                null or { IsClassified: true } => new ChangeError.MergedItemNotFound(code),
                { Id: var id } when id == request.PowerItemId => new ChangeError.MergedItemIsDraftItem(code),
                var item when item.DepartmentId != request.DepartmentId || item.RegionCode != request.RegionCode =>
                    new ChangeError.MergedItemOfOtherDepartment(code),
                { Status: not PowerItemStatus.InForce } => new ChangeError.MergedItemNotInForce(code),
                _ => null,
            };
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    /// <summary>Loads, for a merge being published, the draft's item and the other merged items, tracked for update.</summary>
    public static async Task<List<PowerItem>> LoadForPublicationAsync(
        ZhengwuDbContext db,
        ChangeRequest request,
        CancellationToken cancellationToken)
    {
        var codes = request.MergedItemCodes;

        return await db.PowerItems.Include(item => item.ResponsibilityItems)
            .Where(item => item.Id == request.PowerItemId || codes.Contains(item.Code))
            .OrderBy(item => item.Code)
            .ToListAsync(cancellationToken);
    }
}
