using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Domain.PowerList.Versions;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList.Drafts;

namespace Zhengwu.Infrastructure.PowerList.Changes;

/// <summary>Reads change requests for the back office lists and pages, scoped like <see cref="ChangeRequests.CanSee"/>.</summary>
public sealed class ChangeRequestQueries(ZhengwuDbContext db)
{
    /// <summary>
    /// Lists the requests the actor may read: their department's for department staff, and the submitted requests of
    /// their region for reviewers. The newest come first.
    /// </summary>
    public async Task<IReadOnlyList<ChangeRequestSummary>> ListAsync(ContentActor actor, CancellationToken cancellationToken = default)
    {
        var scope = actor.Scope;
        var query = db.ChangeRequests.AsNoTracking();
        query = scope.Role switch
        {
            StaffRole.ContentOfficer or StaffRole.DepartmentLead =>
                query.Where(request => request.DepartmentId == scope.DepartmentId && request.RegionCode == scope.RegionCode),
            StaffRole.ReviewOfficeReviewer or StaffRole.LegalAffairsReviewer =>
                query.Where(request => request.RegionCode == scope.RegionCode && request.Status != ChangeStatus.Draft),
            _ => query.Where(request => false),
        };
        var requests = await query.ToListAsync(cancellationToken);
        requests = [.. requests.Where(request => ChangeRequests.CanSee(scope, request))];

        return await SummariesAsync(requests, cancellationToken);
    }

    /// <summary>Returns the requests of the actor's region that wait for the actor's role, oldest submission first.</summary>
    public async Task<IReadOnlyList<ChangeRequestSummary>> WaitingForAsync(ContentActor actor, CancellationToken cancellationToken = default)
    {
        var all = await ListAsync(actor, cancellationToken);
        var statuses = actor.Scope.Role switch
        {
            StaffRole.ReviewOfficeReviewer => new[] { ChangeStatus.OfficeReview, ChangeStatus.AwaitingGovernmentDecision, ChangeStatus.FinalReview },
            StaffRole.LegalAffairsReviewer => [ChangeStatus.LegalReview],
            StaffRole.DepartmentLead => [ChangeStatus.Draft, ChangeStatus.Returned],
            StaffRole.ContentOfficer => [ChangeStatus.Returned],
            _ => [],
        };

        return [.. all.Where(request => statuses.Contains(request.Status)).OrderBy(request => request.SubmittedAt ?? request.CreatedAt)];
    }

    /// <summary>Returns the departments of a region by the number of times reviewers returned their requests, most first.</summary>
    public async Task<IReadOnlyList<(string DepartmentName, int Returns)>> ReturnCountsAsync(
        string regionCode,
        int limit,
        CancellationToken cancellationToken = default)
    {
        var requests = await db.ChangeRequests.AsNoTracking()
            .Where(request => request.RegionCode == regionCode)
            .ToListAsync(cancellationToken);
        var counts = requests
            .GroupBy(request => request.DepartmentId)
            .Select(group => (group.Key, Returns: group.Sum(request => request.Steps.Count(step => step.Trigger == ChangeTrigger.Return))))
            .Where(entry => entry.Returns > 0)
            .ToList();
        var ids = counts.Select(entry => entry.Key).ToList();
        var names = await db.Departments.AsNoTracking().Where(department => ids.Contains(department.Id))
            .ToDictionaryAsync(department => department.Id, department => department.Name, cancellationToken);

        return [.. counts
            .OrderByDescending(entry => entry.Returns)
            .ThenBy(entry => names.GetValueOrDefault(entry.Key, ""), StringComparer.Ordinal)
            .Take(limit)
            .Select(entry => (names.GetValueOrDefault(entry.Key, ""), entry.Returns))];
    }

    /// <summary>Returns the confirmed resumptions of a region: those waiting for publication and those published.</summary>
    public async Task<IReadOnlyList<ChangeRequest>> ConfirmedResumptionsAsync(string regionCode, CancellationToken cancellationToken = default) =>
        await db.ChangeRequests.AsNoTracking()
            .Where(request => request.RegionCode == regionCode && request.Kind == ChangeKind.Resume && request.ConfirmedAt != null)
            .ToListAsync(cancellationToken);

    /// <summary>Returns the registry code of the item a request changes or created, or null for an unpublished addition.</summary>
    public async Task<string?> ItemCodeAsync(ChangeRequest request, CancellationToken cancellationToken = default) =>
        request.PowerItemId is { } itemId
            ? await db.PowerItems.AsNoTracking().Where(item => item.Id == itemId).Select(item => item.Code).FirstOrDefaultAsync(cancellationToken)
            : null;

    /// <summary>Returns the registry code of the city item a take-over takes over, or null for other kinds.</summary>
    public async Task<string?> SourceItemCodeAsync(ChangeRequest request, CancellationToken cancellationToken = default) =>
        request.SourceItemId is { } itemId
            ? await db.PowerItems.AsNoTracking().Where(item => item.Id == itemId).Select(item => item.Code).FirstOrDefaultAsync(cancellationToken)
            : null;

    public Task<List<DraftAttachment>> AttachmentsAsync(ChangeRequest request, CancellationToken cancellationToken = default) =>
        db.DraftAttachments.AsNoTracking()
            .Where(attachment => attachment.ChangeRequestId == request.Id
                || (request.DraftId != null && attachment.DraftId == request.DraftId))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Returns the element differences the request proposes against the item as published now: the fields of the
    /// proposed elements applied to a copy of the item, compared with the item's fields.
    /// </summary>
    public async Task<IReadOnlyList<FieldDifference>> ProposedDifferencesAsync(ChangeRequest request, CancellationToken cancellationToken = default)
    {
        var elements = request.Elements;
        if (elements is null && request.DraftId is { } draftId && request.Kind.CarriesElements())
        {
            elements = await db.PowerItemDrafts.AsNoTracking().Where(draft => draft.Id == draftId)
                .Select(draft => draft.Elements)
                .FirstOrDefaultAsync(cancellationToken);
        }

        var department = await db.Departments.AsNoTracking().Where(department => department.Id == request.DepartmentId)
            .Select(department => department.Name).FirstAsync(cancellationToken);
        // A take-over is compared with the city item it adapts, until its publication creates the county item.
        var comparedId = request.PowerItemId ?? (request.Kind == ChangeKind.TakeOver ? request.SourceItemId : null);
        var current = comparedId is { } itemId
            ? await db.PowerItems.AsNoTracking().Include(item => item.ResponsibilityItems).FirstAsync(item => item.Id == itemId, cancellationToken)
            : null;
        var currentDepartment = current is null || current.DepartmentId == request.DepartmentId
            ? department
            : await db.Departments.AsNoTracking().Where(other => other.Id == current.DepartmentId).Select(other => other.Name).FirstAsync(cancellationToken);
        var before = current is null ? [] : PowerItemSnapshot.From(current, currentDepartment);
        if (elements is null || (request.Status == ChangeStatus.Published && current is not null))
        {
            return [];
        }

        var proposed = current ?? new Domain.PowerList.PowerItem("", elements.Name, elements.Type, request.DepartmentId, request.RegionCode);
        elements.ApplyTo(proposed);

        return PowerItemSnapshot.Compare(before, PowerItemSnapshot.From(proposed, department));
    }

    /// <summary>
    /// Returns, for each new item of a split, its elements' differences from the item being split as it is now;
    /// empty for other kinds.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<FieldDifference>>> SplitPartDifferencesAsync(
        ChangeRequest request,
        CancellationToken cancellationToken = default)
    {
        if (request.SplitParts.Count == 0 || request.PowerItemId is not { } itemId)
        {
            return [];
        }

        var department = await db.Departments.AsNoTracking().Where(department => department.Id == request.DepartmentId)
            .Select(department => department.Name).FirstAsync(cancellationToken);
        var differences = new List<IReadOnlyList<FieldDifference>>();
        foreach (var part in request.SplitParts)
        {
            var item = await db.PowerItems.AsNoTracking().Include(item => item.ResponsibilityItems).FirstAsync(item => item.Id == itemId, cancellationToken);
            var before = PowerItemSnapshot.From(item, department);
            part.ApplyTo(item);
            differences.Add(PowerItemSnapshot.Compare(before, PowerItemSnapshot.From(item, department)));
        }

        return differences;
    }

    private async Task<IReadOnlyList<ChangeRequestSummary>> SummariesAsync(List<ChangeRequest> requests, CancellationToken cancellationToken)
    {
        var itemIds = requests.Select(request => request.PowerItemId).OfType<int>().Distinct().ToList();
        var items = await db.PowerItems.AsNoTracking().Where(item => itemIds.Contains(item.Id))
            .Select(item => new { item.Id, item.Code, item.Name })
            .ToDictionaryAsync(item => item.Id, cancellationToken);
        var draftIds = requests.Select(request => request.DraftId).OfType<int>().Distinct().ToList();
        var draftNames = await db.PowerItemDrafts.AsNoTracking().Where(draft => draftIds.Contains(draft.Id))
            .Select(draft => new { draft.Id, draft.Elements.Name })
            .ToDictionaryAsync(draft => draft.Id, draft => draft.Name, cancellationToken);
        var departmentIds = requests.Select(request => request.DepartmentId).Distinct().ToList();
        var departments = await db.Departments.AsNoTracking().Where(department => departmentIds.Contains(department.Id))
            .ToDictionaryAsync(department => department.Id, department => department.Name, cancellationToken);

        return [.. requests
            .OrderByDescending(request => request.CreatedAt)
            .Select(request =>
            {
                var item = request.PowerItemId is { } id ? items.GetValueOrDefault(id) : null;
                var title = (request.Subject == ChangeSubject.DutyList ? "职责清单" : null)
                    ?? request.Elements?.Name
                    ?? (request.DraftId is { } draftId ? draftNames.GetValueOrDefault(draftId) : null)
                    ?? item?.Name
                    ?? "";

                return new ChangeRequestSummary(
                    request.Id,
                    request.Kind,
                    request.Status,
                    title,
                    item?.Code,
                    departments.GetValueOrDefault(request.DepartmentId, ""),
                    request.CreatedAt,
                    request.Steps.LastOrDefault(step => step.Trigger == ChangeTrigger.Submit)?.At);
            })];
    }
}
