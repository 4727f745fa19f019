using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList.Changes;
using Zhengwu.Infrastructure.PowerList.Drafts;

namespace Zhengwu.Infrastructure.DutyList;

/// <summary>
/// Opens change requests on duty-list drafts. The request then takes the same workflow steps as a power-item
/// element change, through <see cref="ChangeRequests.FireAsync"/>.
/// </summary>
public sealed class DutyListChanges(ZhengwuDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// The reasons a duty-list change may give: the rules list changes of responsibility items and department duties
    /// as an element change, and any other element change.
    /// </summary>
    public static IReadOnlyList<ChangeReason> Reasons { get; } = [ChangeReason.ResponsibilitiesChanged, ChangeReason.OtherElementChange];

    /// <summary>Returns the open request on a duty-list draft, if any; the caller has already checked the draft's scope.</summary>
    public Task<ChangeRequest?> FindForDraftAsync(int draftId, CancellationToken cancellationToken = default) =>
        db.ChangeRequests.FirstOrDefaultAsync(request => request.DutyListDraftId == draftId, cancellationToken);

    /// <summary>Opens a duty-list change request on a draft of the content officer's department.</summary>
    public async Task<ChangeResult> OpenAsync(
        ContentActor actor,
        int draftId,
        ChangeReason reason,
        string? explanation,
        CancellationToken cancellationToken = default)
    {
        var draft = await db.DutyListDrafts.FirstOrDefaultAsync(draft => draft.Id == draftId, cancellationToken);
        if (draft is null || !ContentAccess.Allows(actor.Scope, ContentAction.EditDrafts, draft.DepartmentId, draft.RegionCode))
        {
            await audit.AppendAsync(PowerItemDrafts.ContentEntry(
                actor, AuditActions.AccessDenied, AuditResult.Denied, DutyListDrafts.DraftObject, Id(draftId), null),
                CancellationToken.None);

            return ChangeResult.NotFound;
        }

        if (await FindForDraftAsync(draftId, cancellationToken) is { } open)
        {
            return new ChangeResult(ChangeOutcome.Done, open);
        }

        if (!Reasons.Contains(reason))
        {
            return new ChangeResult(ChangeOutcome.Rejected, Error: new ChangeError.ReasonNotForKind(ChangeKind.ElementChange, reason));
        }

        var text = explanation?.Trim() ?? "";
        if (ChangeRequest.CheckReason(ChangeKind.ElementChange, reason, text) is { } invalid)
        {
            return new ChangeResult(ChangeOutcome.Rejected, Error: invalid);
        }

        var request = ChangeRequest.ForDutyList(reason, text, draft.DepartmentId, draft.RegionCode, draft.Id, clock.GetUtcNow());
        var error = request.Fire(ChangeTrigger.Edit, new WorkflowActor(actor.Id, actor.UserName, actor.Scope), clock.GetUtcNow());
        if (error is not null)
        {
            return new ChangeResult(ChangeOutcome.Rejected, Error: error);
        }

        db.ChangeRequests.Add(request);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            PowerItemDrafts.ContentEntry(
                actor, AuditActions.ContentChanged, AuditResult.Succeeded, ChangeRequests.RequestObject, Id(request.Id), $"起草职责清单变更申请（草稿 {draftId}）"),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new ChangeResult(ChangeOutcome.Done, request);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
