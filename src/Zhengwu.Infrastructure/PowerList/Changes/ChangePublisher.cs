using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Domain.PowerList.Versions;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.PowerList.Changes;

/// <summary>
/// Applies a change request that reached publication to the power list and records the new immutable version of
/// the item. Runs inside the caller's transaction and saves nothing itself.
/// </summary>
public sealed class ChangePublisher(ZhengwuDbContext db)
{
    /// <summary>The approving body recorded on versions written by an import rather than a change request.</summary>
    public const string ImportBody = "清单导入";

    public async Task<PowerItem> PublishAsync(
        ChangeRequest request,
        string publishedByName,
        string approvedBy,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var item = request.Kind == ChangeKind.Add
            ? await CreateItemAsync(request, now, cancellationToken)
            : await db.PowerItems.Include(item => item.ResponsibilityItems)
                .FirstAsync(item => item.Id == request.PowerItemId, cancellationToken);
        var departmentName = await db.Departments.Where(department => department.Id == item.DepartmentId)
            .Select(department => department.Name)
            .FirstAsync(cancellationToken);
        var number = await NextNumberAsync(item, departmentName, request.Kind == ChangeKind.Add, now, cancellationToken);
        Apply(request, item);
        item.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking().Where(department => department.Id == item.DepartmentId).ToListAsync(cancellationToken);
        await PowerItemSearchIndexer.ReindexAsync(db, [item], departments, cancellationToken);
        db.Add(new PowerItemVersion(item.Id, item.Code, number, PowerItemSnapshot.From(item, departmentName))
        {
            ChangeRequestId = request.Id,
            Kind = request.Kind,
            Reason = request.Reason,
            Explanation = request.Explanation,
            ApprovedBy = approvedBy,
            GovernmentDecision = request.GovernmentDecision,
            PublishedByName = publishedByName,
            PublishedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);

        return item;
    }

    private static void Apply(ChangeRequest request, PowerItem item)
    {
        switch (request.Kind)
        {
            case ChangeKind.Add or ChangeKind.ElementChange:
                request.Elements!.ApplyTo(item);
                break;
            case ChangeKind.Cancel:
                item.Status = PowerItemStatus.Cancelled;
                break;
            case ChangeKind.Suspend:
                item.Status = PowerItemStatus.Suspended;
                break;
            case ChangeKind.Resume:
                item.Status = PowerItemStatus.InForce;
                break;
            default:
                // TODO: delegation, take-over, merge and split publish no list change yet; requests of these kinds
                // cannot be created, so this branch is unreachable until they can.
                throw new NotSupportedException($"Publishing a {request.Kind} change is not supported.");
        }
    }

    private async Task<PowerItem> CreateItemAsync(ChangeRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var type = request.Elements!.Type;
        var counter = await db.ItemCodeCounters.FirstOrDefaultAsync(
            counter => counter.RegionCode == request.RegionCode && counter.Type == type,
            cancellationToken);
        if (counter is null)
        {
            counter = new ItemCodeCounter(request.RegionCode, type);
            db.ItemCodeCounters.Add(counter);
        }

        var item = new PowerItem(counter.Issue(), request.Elements.Name, type, request.DepartmentId, request.RegionCode)
        {
            CreatedAt = now,
        };
        db.PowerItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);

        return item;
    }

    /// <summary>
    /// Returns the number of the version about to be written. An item published before versions were kept, such as
    /// an imported one, first gets version 1 with its current state, so the change shows as a difference from it.
    /// </summary>
    private async Task<int> NextNumberAsync(
        PowerItem item,
        string departmentName,
        bool isNew,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var last = await db.PowerItemVersions.Where(version => version.PowerItemId == item.Id)
            .MaxAsync(version => (int?)version.Number, cancellationToken);
        if (last is not null || isNew)
        {
            return (last ?? 0) + 1;
        }

        db.Add(new PowerItemVersion(item.Id, item.Code, 1, PowerItemSnapshot.From(item, departmentName))
        {
            ApprovedBy = ImportBody,
            PublishedByName = ImportBody,
            PublishedAt = item.UpdatedAt == default ? now : item.UpdatedAt,
        });

        return 2;
    }
}
