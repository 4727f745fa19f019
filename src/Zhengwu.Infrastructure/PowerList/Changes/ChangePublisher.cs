using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Domain.PowerList.Lineage;
using Zhengwu.Domain.PowerList.Versions;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList.Lineage;

namespace Zhengwu.Infrastructure.PowerList.Changes;

/// <summary>
/// Applies a change request that reached publication to the power list and records the new immutable version of
/// every item it changed or created. Runs inside the caller's transaction, which commits it.
/// </summary>
public sealed class ChangePublisher(ZhengwuDbContext db)
{
    /// <summary>The approving body recorded on versions written by an import rather than a change request.</summary>
    public const string ImportBody = "清单导入";

    /// <summary>
    /// Publishes the request and returns the item it is about: the new item of an addition, a merge or a take-over,
    /// otherwise the item the request changed, which for a split is the item it retired.
    /// </summary>
    public async Task<PowerItem> PublishAsync(
        ChangeRequest request,
        string publishedByName,
        string approvedBy,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var publication = new Publication(request, publishedByName, approvedBy, now);

        return request.Kind switch
        {
            ChangeKind.Delegate => await DelegateAsync(publication, cancellationToken),
            ChangeKind.Merge => await MergeAsync(publication, cancellationToken),
            ChangeKind.Split => await SplitAsync(publication, cancellationToken),
            ChangeKind.TakeOver => await TakeOverAsync(publication, cancellationToken),
            _ => await ChangeItemAsync(publication, cancellationToken),
        };
    }

    private async Task<PowerItem> ChangeItemAsync(Publication publication, CancellationToken cancellationToken)
    {
        var request = publication.Request;
        var item = request.Kind == ChangeKind.Add
            ? await CreateItemAsync(request.DepartmentId, request.RegionCode, request.Elements!, publication.At, cancellationToken)
            : await LoadItemAsync(request.PowerItemId!.Value, cancellationToken);
        var departmentName = await DepartmentNameAsync(item.DepartmentId, cancellationToken);
        var number = await NextNumberAsync(item, departmentName, request.Kind == ChangeKind.Add, publication.At, cancellationToken);
        Apply(request, item);
        item.UpdatedAt = publication.At;
        await SaveAndIndexAsync([item], cancellationToken);
        db.Add(publication.Version(item, number, departmentName));
        await db.SaveChangesAsync(cancellationToken);

        return item;
    }

    /// <summary>
    /// Creates one county item per chosen county from the draft's elements, each with a code of the county's
    /// registry, its county department as implementing agency and version 1, and records the new exercise level on
    /// the city item.
    /// </summary>
    private async Task<PowerItem> DelegateAsync(Publication publication, CancellationToken cancellationToken)
    {
        var request = publication.Request;
        var cityItem = await LoadItemAsync(request.PowerItemId!.Value, cancellationToken);
        var (counties, error) = await CountyDepartments.ResolveAsync(db, cityItem.DepartmentId, request.CountyCodes, cancellationToken);
        if (error is not null)
        {
            // The departments were checked when the request was opened, so only a department removed since fails here.
            throw new PublicationBlockedException($"无法发布：{error.Message}请退回申请，由部门调整下放的县区后重新提交。");
        }

        var cityDepartmentName = await DepartmentNameAsync(cityItem.DepartmentId, cancellationToken);
        var countyItems = new List<(PowerItem Item, string DepartmentName)>();
        foreach (var county in counties)
        {
            var elements = request.Elements!.Copy();
            elements.AgencyText = elements.AgencyText?.Replace(cityDepartmentName, county.Department.Name, StringComparison.Ordinal);
            elements.ExerciseLevel = Delegation.CountyLevel;
            var countyItem = await CreateItemAsync(county.Department.Id, county.County.Code, elements, publication.At, cancellationToken);
            elements.ApplyTo(countyItem);
            countyItem.SourceItemId = cityItem.Id;
            countyItems.Add((countyItem, county.Department.Name));
        }

        var number = await NextNumberAsync(cityItem, cityDepartmentName, false, publication.At, cancellationToken);
        request.Elements!.ApplyTo(cityItem);
        cityItem.ExerciseLevel = await CityExerciseLevelAsync(cityItem, cancellationToken);
        cityItem.UpdatedAt = publication.At;
        await SaveAndIndexAsync([cityItem, .. countyItems.Select(county => county.Item)], cancellationToken);
        db.Add(publication.Version(cityItem, number, cityDepartmentName));
        db.AddRange(countyItems.Select(county => publication.Version(county.Item, 1, county.DepartmentName)));
        await db.SaveChangesAsync(cancellationToken);

        return cityItem;
    }

    /// <summary>
    /// Creates the merged item as a new item with a new code, version 1 and the draft's elements, then cancels the
    /// draft's item and the other merged items with a final version each and links each to the new item.
    /// </summary>
    private async Task<PowerItem> MergeAsync(Publication publication, CancellationToken cancellationToken)
    {
        var request = publication.Request;
        var retired = await MergedItems.LoadForPublicationAsync(db, request, cancellationToken);
        if (retired.FirstOrDefault(item => item.Status == PowerItemStatus.Cancelled) is { } cancelled)
        {
            throw new PublicationBlockedException($"无法发布：拟合并的事项 {cancelled.Code} 在申请提交后已取消。请退回申请，由部门调整合并的事项后重新提交。");
        }

        var departmentName = await DepartmentNameAsync(request.DepartmentId, cancellationToken);
        var merged = await CreateItemAsync(request.DepartmentId, request.RegionCode, request.Elements!, publication.At, cancellationToken);
        request.Elements!.ApplyTo(merged);
        var numbers = new Dictionary<int, int>();
        foreach (var item in retired)
        {
            numbers[item.Id] = await NextNumberAsync(item, departmentName, false, publication.At, cancellationToken);
            item.Status = PowerItemStatus.Cancelled;
            item.UpdatedAt = publication.At;
            db.PowerItemSuccessions.Add(new PowerItemSuccession(item.Id, merged.Id, request.Id, ChangeKind.Merge));
        }

        await SaveAndIndexAsync([merged, .. retired], cancellationToken);
        db.Add(publication.Version(merged, 1, departmentName));
        db.AddRange(retired.Select(item => publication.Version(item, numbers[item.Id], departmentName)));
        await db.SaveChangesAsync(cancellationToken);

        return merged;
    }

    /// <summary>
    /// Creates one new item per part of the split, each with a new code, version 1 and the part's elements, then
    /// cancels the split item with a final version and links it to every new item. A county item's parts keep its
    /// link to the city item it was taken from.
    /// </summary>
    private async Task<PowerItem> SplitAsync(Publication publication, CancellationToken cancellationToken)
    {
        var request = publication.Request;
        var old = await LoadItemAsync(request.PowerItemId!.Value, cancellationToken);
        if (old.Status != PowerItemStatus.InForce)
        {
            throw new PublicationBlockedException($"无法发布：拟分设的事项 {old.Code} 在申请提交后已暂停或取消。请退回申请，由部门确认后重新提交。");
        }

        var departmentName = await DepartmentNameAsync(old.DepartmentId, cancellationToken);
        var parts = new List<PowerItem>();
        foreach (var elements in request.SplitParts)
        {
            var part = await CreateItemAsync(old.DepartmentId, old.RegionCode, elements, publication.At, cancellationToken);
            elements.ApplyTo(part);
            part.SourceItemId = old.SourceItemId;
            parts.Add(part);
            db.PowerItemSuccessions.Add(new PowerItemSuccession(old.Id, part.Id, request.Id, ChangeKind.Split));
        }

        var number = await NextNumberAsync(old, departmentName, false, publication.At, cancellationToken);
        old.Status = PowerItemStatus.Cancelled;
        old.UpdatedAt = publication.At;
        await SaveAndIndexAsync([old, .. parts], cancellationToken);
        db.Add(publication.Version(old, number, departmentName));
        db.AddRange(parts.Select(part => publication.Version(part, 1, departmentName)));
        await db.SaveChangesAsync(cancellationToken);

        return old;
    }

    /// <summary>
    /// Creates the county item of a take-over from the draft's elements, with a code of the county's registry,
    /// version 1 and a link to the city item. The city item itself is not changed: its page lists the county from
    /// that link.
    /// </summary>
    private async Task<PowerItem> TakeOverAsync(Publication publication, CancellationToken cancellationToken)
    {
        var request = publication.Request;
        var cityItem = await db.PowerItems.AsNoTracking().FirstAsync(item => item.Id == request.SourceItemId, cancellationToken);
        if (await TakeOverSources.CheckAsync(db, request.DepartmentId, cityItem, cancellationToken) is { } error)
        {
            throw new PublicationBlockedException($"无法发布：{error.Message}请退回申请，由部门确认后重新提交或撤回。");
        }

        var departmentName = await DepartmentNameAsync(request.DepartmentId, cancellationToken);
        var countyItem = await CreateItemAsync(request.DepartmentId, request.RegionCode, request.Elements!, publication.At, cancellationToken);
        request.Elements!.ApplyTo(countyItem);
        countyItem.SourceItemId = cityItem.Id;
        await SaveAndIndexAsync([countyItem], cancellationToken);
        db.Add(publication.Version(countyItem, 1, departmentName));
        await db.SaveChangesAsync(cancellationToken);

        return countyItem;
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
                throw new ArgumentOutOfRangeException(nameof(request), request.Kind, "The kind changes more than one item.");
        }
    }

    /// <summary>
    /// Returns the exercise level of a city item from the counties whose items in force come from it, the new
    /// ones included once saved or tracked.
    /// </summary>
    private async Task<string> CityExerciseLevelAsync(PowerItem cityItem, CancellationToken cancellationToken)
    {
        var stored = await db.PowerItems
            .Where(item => item.SourceItemId == cityItem.Id && item.Status != PowerItemStatus.Cancelled)
            .Select(item => item.RegionCode)
            .ToListAsync(cancellationToken);
        var tracked = db.ChangeTracker.Entries<PowerItem>()
            .Where(entry => entry.Entity.SourceItemId == cityItem.Id)
            .Select(entry => entry.Entity.RegionCode);
        var counties = await CountyDepartments.CountyCodesAsync(db, cityItem.RegionCode, cancellationToken);

        return Delegation.CityExerciseLevel(stored.Concat(tracked), counties);
    }

    /// <summary>
    /// Adds an item with the next code of the region's registry for the elements' type. The counter only grows, so
    /// no code is issued twice, even after its item is cancelled or merged away.
    /// </summary>
    private async Task<PowerItem> CreateItemAsync(
        int departmentId,
        string regionCode,
        Domain.PowerList.Drafts.DraftElements elements,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var type = elements.Type;
        var counter = db.ItemCodeCounters.Local.FirstOrDefault(counter => counter.RegionCode == regionCode && counter.Type == type)
            ?? await db.ItemCodeCounters.FirstOrDefaultAsync(
                counter => counter.RegionCode == regionCode && counter.Type == type,
                cancellationToken);
        if (counter is null)
        {
            counter = new ItemCodeCounter(regionCode, type);
            db.ItemCodeCounters.Add(counter);
        }

        var item = new PowerItem(counter.Issue(), elements.Name.Trim(), type, departmentId, regionCode)
        {
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.PowerItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);

        return item;
    }

    private Task<PowerItem> LoadItemAsync(int id, CancellationToken cancellationToken) =>
        db.PowerItems.Include(item => item.ResponsibilityItems).FirstAsync(item => item.Id == id, cancellationToken);

    private Task<string> DepartmentNameAsync(int departmentId, CancellationToken cancellationToken) =>
        db.Departments.Where(department => department.Id == departmentId)
            .Select(department => department.Name)
            .FirstAsync(cancellationToken);

    private async Task SaveAndIndexAsync(IReadOnlyList<PowerItem> items, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        var departmentIds = items.Select(item => item.DepartmentId).Distinct().ToList();
        var departments = await db.Departments.AsNoTracking()
            .Where(department => departmentIds.Contains(department.Id))
            .ToListAsync(cancellationToken);
        await PowerItemSearchText.UpdateAsync(db, items, departments, cancellationToken);
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

    /// <summary>The request being published and who approved and published it, as every version it writes records.</summary>
    private sealed record Publication(ChangeRequest Request, string PublishedByName, string ApprovedBy, DateTimeOffset At)
    {
        public PowerItemVersion Version(PowerItem item, int number, string departmentName) =>
            new(item.Id, item.Code, number, PowerItemSnapshot.From(item, departmentName))
            {
                ChangeRequestId = Request.Id,
                Kind = Request.Kind,
                Reason = Request.Reason,
                Explanation = Request.Explanation,
                ApprovedBy = ApprovedBy,
                GovernmentDecision = Request.GovernmentDecision,
                PublishedByName = PublishedByName,
                PublishedAt = At,
            };
    }
}
