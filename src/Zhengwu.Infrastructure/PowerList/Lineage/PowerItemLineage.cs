using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Domain.PowerList.Lineage;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.PowerList.Lineage;

/// <summary>Reads the lineage of an item for its public page and the API. Classified items are never linked.</summary>
public sealed class PowerItemLineage(ZhengwuDbContext db)
{
    public async Task<ItemLineage> GetAsync(PowerItem item, CancellationToken cancellationToken = default)
    {
        // Most items took part in no merge or split: one read of their succession rows saves the item reads then.
        var successions = await db.PowerItemSuccessions.AsNoTracking()
            .Where(succession => succession.PredecessorItemId == item.Id || succession.SuccessorItemId == item.Id)
            .Select(succession => new { succession.PredecessorItemId, succession.SuccessorItemId, succession.Kind })
            .ToListAsync(cancellationToken);
        var retiredInto = successions.Where(succession => succession.PredecessorItemId == item.Id).ToList();
        var createdFrom = successions.Where(succession => succession.SuccessorItemId == item.Id).ToList();
        var successorIds = retiredInto.Select(succession => succession.SuccessorItemId).ToList();
        var predecessorIds = createdFrom.Select(succession => succession.PredecessorItemId).ToList();
        List<LinkedItem> successors = successorIds.Count == 0
            ? []
            : await LinksAsync(db.PowerItems.Where(other => successorIds.Contains(other.Id)), cancellationToken);
        List<LinkedItem> predecessors = predecessorIds.Count == 0
            ? []
            : await LinksAsync(db.PowerItems.Where(other => predecessorIds.Contains(other.Id)), cancellationToken);
        var source = item.SourceItemId is { } sourceId
            ? (await LinksAsync(db.PowerItems.Where(other => other.Id == sourceId), cancellationToken)).FirstOrDefault()
            : null;

        // A county item merged away or cancelled no longer exercises the power.
        var counties = await LinksAsync(
            db.PowerItems.Where(other => other.SourceItemId == item.Id && other.Status != PowerItemStatus.Cancelled),
            cancellationToken);

        return new ItemLineage(successors, source, counties)
        {
            RetiredBy = retiredInto.Count == 0 ? null : retiredInto[0].Kind,
            Predecessors = predecessors,
            CreatedBy = createdFrom.Count == 0 ? null : createdFrom[0].Kind,
        };
    }

    /// <summary>
    /// Returns the items a merge or split retired into the item with <paramref name="itemId"/>, and which of the two
    /// it was; an empty list and null when the item succeeded none.
    /// </summary>
    public async Task<(IReadOnlyList<LinkedItem> Items, ChangeKind? Kind)> PredecessorsAsync(int itemId, CancellationToken cancellationToken = default)
    {
        var predecessorIds = db.PowerItemSuccessions.Where(succession => succession.SuccessorItemId == itemId)
            .Select(succession => succession.PredecessorItemId);
        var predecessors = await LinksAsync(db.PowerItems.Where(other => predecessorIds.Contains(other.Id)), cancellationToken);
        var kind = await SuccessionKindAsync(succession => succession.SuccessorItemId == itemId, cancellationToken);

        return (predecessors, kind);
    }

    private Task<ChangeKind?> SuccessionKindAsync(
        Expression<Func<PowerItemSuccession, bool>> filter,
        CancellationToken cancellationToken) =>
        db.PowerItemSuccessions.AsNoTracking().Where(filter)
            .Select(succession => (ChangeKind?)succession.Kind)
            .FirstOrDefaultAsync(cancellationToken);

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
