using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Domain.PowerList.Drafts;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.DutyList;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList.Drafts;
using Zhengwu.Infrastructure.PowerList.Lineage;

namespace Zhengwu.Infrastructure.PowerList.Changes;

/// <summary>
/// Opens change requests from drafts and takes their workflow steps. Each step and its audit record are saved in one
/// transaction, and publication applies the change and writes the item's new version in the same transaction.
/// Department staff reach their own department's requests; reviewers reach the submitted requests of their region.
/// </summary>
public sealed class ChangeRequests(
    ZhengwuDbContext db,
    AuditLog audit,
    ChangePublisher publisher,
    DutyListPublisher dutyLists,
    TimeProvider clock)
{
    public const string RequestObject = "change-request";

    /// <summary>
    /// Returns the kinds a draft can be submitted as: a take-over for a county draft of a city item, additions for
    /// another new item, otherwise by the item's status. Only an item in force is merged or split, and only a city
    /// item in force is delegated to its counties.
    /// </summary>
    public static IReadOnlyList<ChangeKind> KindsFor(PowerItemDraft draft, PowerItemStatus? itemStatus) => itemStatus switch
    {
        null when draft.SourceItemId is not null => [ChangeKind.TakeOver],
        null => [ChangeKind.Add],
        PowerItemStatus.InForce when RegionCode.IsCityLevel(draft.RegionCode) =>
            [ChangeKind.ElementChange, ChangeKind.Suspend, ChangeKind.Cancel, ChangeKind.Merge, ChangeKind.Split, ChangeKind.Delegate],
        PowerItemStatus.InForce =>
            [ChangeKind.ElementChange, ChangeKind.Suspend, ChangeKind.Cancel, ChangeKind.Merge, ChangeKind.Split],
        PowerItemStatus.Suspended => [ChangeKind.Resume, ChangeKind.ElementChange, ChangeKind.Cancel],
        _ => [],
    };

    /// <summary>Returns the counties of the draft's city, in region-code order, that a delegation may choose.</summary>
    public Task<List<Region>> CountiesForAsync(PowerItemDraft draft, CancellationToken cancellationToken = default) =>
        db.Regions.AsNoTracking()
            .Where(region => region.ParentCode == draft.RegionCode && region.Level == RegionLevel.County)
            .OrderBy(region => region.Code)
            .ToListAsync(cancellationToken);

    /// <summary>Returns the kinds of request the draft can be submitted as now.</summary>
    public async Task<IReadOnlyList<ChangeKind>> KindsForAsync(PowerItemDraft draft, CancellationToken cancellationToken = default)
    {
        var status = draft.PowerItemId is { } itemId
            ? await db.PowerItems.Where(item => item.Id == itemId).Select(item => (PowerItemStatus?)item.Status).FirstAsync(cancellationToken)
            : null;

        return KindsFor(draft, status);
    }

    /// <summary>Opens a request of <paramref name="kind"/> on a draft of the content officer's department.</summary>
    public async Task<ChangeResult> OpenAsync(
        ContentActor actor,
        int draftId,
        ChangeKind kind,
        ChangeReason reason,
        string? explanation,
        ChangeTargets? targets = null,
        CancellationToken cancellationToken = default)
    {
        var draft = await db.PowerItemDrafts.FirstOrDefaultAsync(draft => draft.Id == draftId, cancellationToken);
        if (draft is null || !ContentAccess.Allows(actor.Scope, ContentAction.EditDrafts, draft.DepartmentId, draft.RegionCode))
        {
            await DenyAsync(actor, PowerItemDrafts.DraftObject, Id(draftId));

            return ChangeResult.NotFound;
        }

        var open = await db.ChangeRequests.FirstOrDefaultAsync(request => request.DraftId == draftId, cancellationToken);
        if (open is not null)
        {
            return new ChangeResult(ChangeOutcome.Done, open);
        }

        var status = draft.PowerItemId is { } itemId
            ? await db.PowerItems.Where(item => item.Id == itemId).Select(item => (PowerItemStatus?)item.Status).FirstAsync(cancellationToken)
            : null;
        if (!KindsFor(draft, status).Contains(kind))
        {
            return new ChangeResult(ChangeOutcome.Rejected, Error: new ChangeError.KindNotForItem(kind));
        }

        var text = explanation?.Trim() ?? "";
        if (ChangeRequest.CheckReason(kind, reason, text) is { } invalid)
        {
            return new ChangeResult(ChangeOutcome.Rejected, Error: invalid);
        }

        var request = new ChangeRequest(kind, reason, text, draft.DepartmentId, draft.RegionCode, draft.PowerItemId, null)
        {
            DraftId = draft.Id,
            CreatedAt = clock.GetUtcNow(),
            SourceItemId = draft.SourceItemId,
        };
        var error = request.Fire(ChangeTrigger.Edit, Workflow(actor), clock.GetUtcNow());
        if (error is not null)
        {
            return await RejectAsync(actor, request, error, cancellationToken);
        }

        if (await ChooseTargetsAsync(request, targets ?? ChangeTargets.None, cancellationToken) is { } targetError)
        {
            return new ChangeResult(ChangeOutcome.Rejected, Error: targetError);
        }

        db.ChangeRequests.Add(request);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            PowerItemDrafts.ContentEntry(actor, AuditActions.ContentChanged, AuditResult.Succeeded, RequestObject, Id(request.Id), $"起草{kind.ChineseName()}申请（草稿 {draftId}）"),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new ChangeResult(ChangeOutcome.Done, request);
    }

    /// <summary>Returns the request when the actor may see it; otherwise audits a denial.</summary>
    public async Task<ChangeRequest?> FindAsync(ContentActor actor, int id, CancellationToken cancellationToken = default)
    {
        var request = await db.ChangeRequests.FirstOrDefaultAsync(request => request.Id == id, cancellationToken);
        if (request is null || !CanSee(actor.Scope, request))
        {
            await DenyAsync(actor, RequestObject, Id(id));

            return null;
        }

        return request;
    }

    /// <summary>Returns the open request on a draft, if any; the caller has already checked the draft's scope.</summary>
    public Task<ChangeRequest?> FindForDraftAsync(int draftId, CancellationToken cancellationToken = default) =>
        db.ChangeRequests.FirstOrDefaultAsync(request => request.DraftId == draftId, cancellationToken);

    /// <summary>
    /// Takes <paramref name="trigger"/> on the request opened at <paramref name="expectedVersion"/>. Returns the
    /// request as stored after the step, the rule that rejected it, or a conflict when another step came first.
    /// </summary>
    public async Task<ChangeResult> FireAsync(
        ContentActor actor,
        int id,
        int expectedVersion,
        ChangeTrigger trigger,
        string? opinion = null,
        GovernmentDecision? decision = null,
        CancellationToken cancellationToken = default)
    {
        var request = await FindAsync(actor, id, cancellationToken);
        if (request is null)
        {
            return ChangeResult.NotFound;
        }

        if (request.RoleFor(trigger) != actor.Scope.Role)
        {
            return await RejectAsync(actor, request, new ChangeError.WrongRole(actor.Scope.Role, trigger), cancellationToken);
        }

        if (request.Version != expectedVersion)
        {
            await RecordConflictAsync(actor, id, trigger, cancellationToken);

            return new ChangeResult(ChangeOutcome.Conflict, request);
        }

        var now = clock.GetUtcNow();
        if (trigger == ChangeTrigger.Submit && request.Subject == ChangeSubject.DutyList)
        {
            await dutyLists.TakeSnapshotAsync(request, cancellationToken);
        }
        else if (trigger == ChangeTrigger.Submit)
        {
            await TakeSnapshotAsync(request, cancellationToken);
        }

        if (request.Fire(trigger, Workflow(actor), now, opinion, decision) is { } error)
        {
            db.ChangeTracker.Clear();

            return await RejectAsync(actor, request, error, cancellationToken);
        }

        if (request.Status == ChangeStatus.LegalReview && !await HasLegalAffairsOfficeAsync(request.RegionCode, cancellationToken))
        {
            // Without a legal affairs office at its level, the request would wait for a reviewer who cannot exist.
            db.ChangeTracker.Clear();
            var stored = await db.ChangeRequests.FirstAsync(stored => stored.Id == id, cancellationToken);

            return await RejectAsync(actor, stored, new ChangeError.NoLegalAffairsOffice(request.RegionCode), cancellationToken);
        }

        if (request.Status == ChangeStatus.Withdrawn)
        {
            // A withdrawn request lets go of its draft, which the department may edit, delete or submit again.
            request.DraftId = null;
            request.DutyListDraftId = null;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Entry(request).Property(stored => stored.Version).OriginalValue = expectedVersion;
        if (request.Status == ChangeStatus.Published)
        {
            try
            {
                await PublishAsync(actor, request, now, cancellationToken);
            }
            catch (PublicationBlockedException blocked)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                var stored = await db.ChangeRequests.FirstAsync(stored => stored.Id == id, cancellationToken);

                return await RejectAsync(actor, stored, new ChangeError.PublicationBlocked(blocked.Message), cancellationToken);
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            await RecordConflictAsync(actor, id, trigger, cancellationToken);

            return new ChangeResult(ChangeOutcome.Conflict, await db.ChangeRequests.AsNoTracking().FirstAsync(stored => stored.Id == id, cancellationToken));
        }

        var action = request.Status == ChangeStatus.Published ? AuditActions.ContentPublished : AuditActions.ContentChanged;
        var detail = $"{request.Kind.ChineseName()}申请：{trigger.ChineseName()}，现为“{request.Status.ChineseName()}”";
        await audit.AppendAsync(PowerItemDrafts.ContentEntry(actor, action, AuditResult.Succeeded, RequestObject, Id(id), detail), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new ChangeResult(ChangeOutcome.Done, request);
    }

    /// <summary>
    /// Returns whether the scope reaches the request: its own department's content officers and leads always, and the
    /// review office and legal affairs reviewers of its region once it was submitted.
    /// </summary>
    public static bool CanSee(StaffScope scope, ChangeRequest request) => scope.Role switch
    {
        StaffRole.ContentOfficer or StaffRole.DepartmentLead =>
            scope.DepartmentId == request.DepartmentId && scope.RegionCode == request.RegionCode,
        StaffRole.ReviewOfficeReviewer or StaffRole.LegalAffairsReviewer =>
            scope.RegionCode == request.RegionCode && request.Steps.Any(step => step.Trigger == ChangeTrigger.Submit),
        _ => false,
    };

    /// <summary>
    /// Sets and checks the counties of a delegation, the other items of a merge or the new items of a split. For a
    /// take-over, checks that the city item is still open to the department. Other kinds take no targets.
    /// </summary>
    private async Task<ChangeError?> ChooseTargetsAsync(ChangeRequest request, ChangeTargets targets, CancellationToken cancellationToken)
    {
        switch (request.Kind)
        {
            case ChangeKind.Delegate:
                var error = request.ChooseCounties(targets.CountyCodes);
                if (error is not null)
                {
                    return error;
                }

                var resolved = await CountyDepartments.ResolveAsync(db, request.DepartmentId, request.CountyCodes, cancellationToken);

                return resolved.Error;
            case ChangeKind.Merge:
                return request.ChooseMergedItems(targets.MergedItemCodes)
                    ?? await MergedItems.CheckAsync(db, request, cancellationToken);
            case ChangeKind.Split:
                return request.ChooseSplitParts(targets.SplitParts ?? []);
            case ChangeKind.TakeOver:
                return await CheckTakeOverAsync(request, cancellationToken);
            default:
                return null;
        }
    }

    private async Task<ChangeError?> CheckTakeOverAsync(ChangeRequest request, CancellationToken cancellationToken)
    {
        if (request.SourceItemId is not { } sourceId)
        {
            return new ChangeError.TakeOverSourceMissing();
        }

        var cityItem = await db.PowerItems.AsNoTracking().FirstAsync(item => item.Id == sourceId, cancellationToken);

        return await TakeOverSources.CheckAsync(db, request.DepartmentId, cityItem, cancellationToken);
    }

    /// <summary>
    /// Copies the draft's elements into the request and works out whether the legal basis changed, which decides
    /// whether the legal affairs office checks the request first. The basis of a take-over is compared with the
    /// city item's, and each part of a split with the item being split.
    /// </summary>
    private async Task TakeSnapshotAsync(ChangeRequest request, CancellationToken cancellationToken)
    {
        var draft = request.DraftId is { } draftId
            ? await db.PowerItemDrafts.AsNoTracking().FirstOrDefaultAsync(draft => draft.Id == draftId, cancellationToken)
            : null;
        var elements = request.Kind.CarriesElements() ? draft?.Elements.Copy() : null;
        request.TakeSnapshot(elements);
        var publishedBasis = (request.PowerItemId ?? request.SourceItemId) is { } itemId
            ? await db.PowerItems.Where(item => item.Id == itemId).Select(item => item.LegalBasisText).FirstAsync(cancellationToken)
            : null;
        IEnumerable<string?> proposedBases = request.Kind == ChangeKind.Split
            ? request.SplitParts.Select(part => part.LegalBasisText)
            : elements is null ? [] : [elements.LegalBasisText];
        request.BasisChanged = proposedBases.Any(basis => Normalize(basis) != Normalize(publishedBasis));
    }

    private async Task PublishAsync(ContentActor actor, ChangeRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var office = await db.Departments.Where(department => department.Id == actor.Scope.DepartmentId)
            .Select(department => department.Name)
            .FirstAsync(cancellationToken);
        if (request.Subject == ChangeSubject.DutyList)
        {
            await dutyLists.PublishAsync(request, actor.UserName, office, now, cancellationToken);

            return;
        }

        var item = await publisher.PublishAsync(request, actor.UserName, office, now, cancellationToken);
        if (request.Kind is ChangeKind.Add or ChangeKind.TakeOver)
        {
            request.AttachItem(item.Id);
        }

        if (request.DraftId is { } draftId)
        {
            // The attachments stay with the request as the record of the change; the draft itself is done.
            await db.DraftAttachments.Where(attachment => attachment.DraftId == draftId)
                .ExecuteUpdateAsync(
                    update => update.SetProperty(attachment => attachment.ChangeRequestId, request.Id)
                        .SetProperty(attachment => attachment.DraftId, (int?)null),
                    cancellationToken);
            request.DraftId = null;
            await db.PowerItemDrafts.Where(draft => draft.Id == draftId).ExecuteDeleteAsync(cancellationToken);
        }
    }

    private Task<bool> HasLegalAffairsOfficeAsync(string regionCode, CancellationToken cancellationToken) =>
        db.Departments.AnyAsync(
            department => department.RegionCode == regionCode && department.Role == OfficeRole.LegalAffairsOffice,
            cancellationToken);

    private async Task<ChangeResult> RejectAsync(ContentActor actor, ChangeRequest request, ChangeError error, CancellationToken cancellationToken)
    {
        await audit.AppendAsync(
            PowerItemDrafts.ContentEntry(
                actor,
                error.IsDenial ? AuditActions.AccessDenied : AuditActions.ContentChanged,
                error.IsDenial ? AuditResult.Denied : AuditResult.Failed,
                RequestObject,
                Id(request.Id),
                error.GetType().Name),
            cancellationToken);

        return new ChangeResult(ChangeOutcome.Rejected, request, error);
    }

    /// <summary>Records a step rejected because another step was saved after the actor opened the request.</summary>
    private Task<AuditRecord> RecordConflictAsync(ContentActor actor, int id, ChangeTrigger trigger, CancellationToken cancellationToken) =>
        audit.AppendAsync(
            PowerItemDrafts.ContentEntry(actor, AuditActions.ContentChanged, AuditResult.Failed, RequestObject, Id(id), $"{trigger.ChineseName()}未执行：申请已被他人更新"),
            cancellationToken);

    private Task<AuditRecord> DenyAsync(ContentActor actor, string objectType, string objectId) =>
        audit.AppendAsync(PowerItemDrafts.ContentEntry(actor, AuditActions.AccessDenied, AuditResult.Denied, objectType, objectId, null));

    private static WorkflowActor Workflow(ContentActor actor) => new(actor.Id, actor.UserName, actor.Scope);

    private static string Normalize(string? text) => Domain.PowerList.Parsing.TextNormalizer.CollapseWhitespace(text);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
