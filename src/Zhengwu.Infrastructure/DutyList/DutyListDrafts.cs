using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.DutyList;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList.Drafts;

namespace Zhengwu.Infrastructure.DutyList;

/// <summary>
/// Starts and saves a department's duty-list draft. Every call checks the actor's department and region on the
/// draft itself: another department's draft is reported as not found and the attempt is audited as denied. Every
/// change is saved together with its audit record.
/// </summary>
public sealed class DutyListDrafts(ZhengwuDbContext db, AuditLog audit, TimeProvider clock)
{
    public const string DraftObject = "duty-list-draft";

    /// <summary>Returns the actor's department's draft, or null when it has none.</summary>
    public Task<DutyListDraft?> FindOwnAsync(ContentActor actor, CancellationToken cancellationToken = default) =>
        db.DutyListDrafts.FirstOrDefaultAsync(
            draft => draft.DepartmentId == actor.Scope.DepartmentId && draft.RegionCode == actor.Scope.RegionCode,
            cancellationToken);

    /// <summary>Returns the draft when the actor may take <paramref name="action"/> on it; otherwise audits a denial.</summary>
    public async Task<DutyListDraft?> FindAsync(ContentActor actor, int id, ContentAction action, CancellationToken cancellationToken = default)
    {
        var draft = await db.DutyListDrafts.FirstOrDefaultAsync(draft => draft.Id == id, cancellationToken);
        if (draft is null || !ContentAccess.Allows(actor.Scope, action, draft.DepartmentId, draft.RegionCode))
        {
            await DenyAsync(actor, DraftObject, Id(id));

            return null;
        }

        return draft;
    }

    /// <summary>
    /// Returns the department's draft, starting one from the published duty list (or an empty list) when there is
    /// none, so a department never has two.
    /// </summary>
    public async Task<DutyListDraftResult> StartAsync(ContentActor actor, CancellationToken cancellationToken = default)
    {
        var scope = actor.Scope;
        if (!ContentAccess.Allows(scope, ContentAction.EditDrafts, scope.DepartmentId, scope.RegionCode))
        {
            await DenyAsync(actor, "department", Id(scope.DepartmentId));

            return DutyListDraftResult.NotFound;
        }

        if (await FindOwnAsync(actor, cancellationToken) is { } open)
        {
            return new(DraftOutcome.Done, open);
        }

        var published = await db.DutyLists.AsNoTracking()
            .FirstOrDefaultAsync(list => list.DepartmentId == scope.DepartmentId, cancellationToken);
        var draft = new DutyListDraft(scope.DepartmentId, scope.RegionCode, published?.Elements.Copy() ?? new DutyListElements());
        draft.Save(draft.Elements, actor.Id, actor.UserName, clock.GetUtcNow());
        db.DutyListDrafts.Add(draft);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another officer of the department started the draft at the same moment; the unique index kept one.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();

            return new(DraftOutcome.Done, await FindOwnAsync(actor, cancellationToken));
        }

        await audit.AppendAsync(Entry(actor, AuditActions.ContentChanged, AuditResult.Succeeded, draft.Id, "起草职责清单"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new(DraftOutcome.Done, draft);
    }

    /// <summary>
    /// Saves <paramref name="rows"/> over version <paramref name="expectedVersion"/>. When another save came first the
    /// result is <see cref="DraftOutcome.Conflict"/> with the draft as that save left it, and nothing is written.
    /// </summary>
    public async Task<DutyListDraftResult> SaveAsync(
        ContentActor actor,
        int id,
        int expectedVersion,
        IReadOnlyList<DutyRow> rows,
        CancellationToken cancellationToken = default)
    {
        var draft = await FindAsync(actor, id, ContentAction.EditDrafts, cancellationToken);
        if (draft is null)
        {
            return DutyListDraftResult.NotFound;
        }

        var (elements, problems) = DutyRows.Read(rows);
        problems.AddRange(await CheckPowerItemsAsync(draft, elements, cancellationToken));
        if (problems.Count > 0)
        {
            return DutyListDraftResult.Invalid(problems);
        }

        if (draft.Version != expectedVersion)
        {
            return new(DraftOutcome.Conflict, draft);
        }

        if (await RecordEditAsync(actor, id, cancellationToken) is { } locked)
        {
            return DutyListDraftResult.Invalid([locked]);
        }

        var unchanged = draft.Elements.SameAs(elements);
        db.Entry(draft).Property(stored => stored.Version).OriginalValue = expectedVersion;
        draft.Save(elements, actor.Id, actor.UserName, clock.GetUtcNow());

        return await CommitAsync(actor, draft, unchanged ? "保存职责清单草稿，内容未变" : "修改职责清单草稿", cancellationToken)
            ? new(DraftOutcome.Done, draft)
            : new(DraftOutcome.Conflict, await ReloadAsync(id, cancellationToken));
    }

    /// <summary>
    /// Returns a problem for each related power-item code that is not an item of the draft's department, because a
    /// duty list names only the powers its own department exercises.
    /// </summary>
    private async Task<List<DutyListProblem>> CheckPowerItemsAsync(DutyListDraft draft, DutyListElements elements, CancellationToken cancellationToken)
    {
        var codes = elements.Duties.SelectMany(duty => duty.WorkItems).SelectMany(work => work.PowerItemCodes)
            .Where(ItemCode.IsWellFormed).Distinct().ToList();
        var known = await db.PowerItems.AsNoTracking()
            .Where(item => codes.Contains(item.Code) && item.DepartmentId == draft.DepartmentId && !item.IsClassified)
            .Select(item => item.Code)
            .ToListAsync(cancellationToken);

        return [.. codes.Except(known).Select(code =>
            new DutyListProblem($"权力事项编码“{code}”不是本部门的公开事项，请核对编码，或删除该编码。"))];
    }

    /// <summary>
    /// Records an edit on the draft's open change request, or returns why the draft is locked: a submitted request
    /// keeps the content its reviewers are reading until it is returned.
    /// </summary>
    private async Task<DutyListProblem?> RecordEditAsync(ContentActor actor, int draftId, CancellationToken cancellationToken)
    {
        var request = await db.ChangeRequests.FirstOrDefaultAsync(request => request.DutyListDraftId == draftId, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var error = request.Fire(ChangeTrigger.Edit, new WorkflowActor(actor.Id, actor.UserName, actor.Scope), clock.GetUtcNow());

        return error is null
            ? null
            : new DutyListProblem($"职责清单草稿已随变更申请 {request.Id} 提交，申请现为“{request.Status.ChineseName()}”，审核期间不能修改。如需修改，请审核人退回申请。");
    }

    private async Task<bool> CommitAsync(ContentActor actor, DutyListDraft draft, string detail, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);

            return false;
        }

        await audit.AppendAsync(Entry(actor, AuditActions.ContentChanged, AuditResult.Succeeded, draft.Id, detail), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return true;
    }

    private async Task<DutyListDraft?> ReloadAsync(int id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();

        return await db.DutyListDrafts.AsNoTracking().FirstOrDefaultAsync(draft => draft.Id == id, cancellationToken);
    }

    private Task<AuditRecord> DenyAsync(ContentActor actor, string objectType, string objectId) =>
        audit.AppendAsync(PowerItemDrafts.ContentEntry(actor, AuditActions.AccessDenied, AuditResult.Denied, objectType, objectId, null));

    private static AuditEntry Entry(ContentActor actor, string action, AuditResult result, int draftId, string detail) =>
        PowerItemDrafts.ContentEntry(actor, action, result, DraftObject, Id(draftId), detail);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
