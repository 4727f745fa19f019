using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.PowerList.Lineage;

/// <summary>Reads the lineage of an item for its public page and the API. Classified items are never linked.</summary>
public sealed class PowerItemLineage(ZhengwuDbContext db)
{
    public async Task<ItemLineage> GetAsync(PowerItem item, CancellationToken cancellationToken = default)
    {
        var successorIds = db.PowerItemSuccessions.Where(succession => succession.PredecessorItemId == item.Id)
            .Select(succession => succession.SuccessorItemId);
        var successors = await LinksAsync(db.PowerItems.Where(other => successorIds.Contains(other.Id)), cancellationToken);
        var source = item.SourceItemId is { } sourceId
            ? (await LinksAsync(db.PowerItems.Where(other => other.Id == sourceId), cancellationToken)).FirstOrDefault()
            : null;

        // A county item merged away or cancelled no longer exercises the power.
        var counties = await LinksAsync(
            db.PowerItems.Where(other => other.SourceItemId == item.Id && other.Status != PowerItemStatus.Cancelled),
            cancellationToken);

        return new ItemLineage(successors, source, counties);
    }

    private async Task<List<LinkedItem>> LinksAsync(IQueryable<PowerItem> items, CancellationToken cancellationToken)
    {
        var links = await (
            from item in items.AsNoTracking()
            where !item.IsClassified
            join region in db.Regions on item.RegionCode equals region.Code
            select new LinkedItem(item.Code, item.Name, region.Name)).ToListAsync(cancellationToken);

        return [.. links.OrderBy(link => link.Code, StringComparer.Ordinal)];
    }
}
