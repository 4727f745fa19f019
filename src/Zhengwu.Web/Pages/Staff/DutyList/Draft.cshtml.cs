using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.DutyList;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Infrastructure.DutyList;
using Zhengwu.Infrastructure.PowerList.Changes;
using Zhengwu.Infrastructure.PowerList.Drafts;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.Staff.DutyList;

/// <summary>
/// Edits the department's duty-list draft and opens its change request. The department lead reads the same form
/// without saving. A save that started from an older version is rejected with the name of the editor who saved in
/// between and the time, and the editor's input stays in the form.
/// </summary>
[Authorize(Policy = StaffPolicies.ViewDrafts)]
public sealed class DraftModel(DutyListDrafts drafts, DutyListChanges changes) : PageModel
{
    /// <summary>The blank rows the form offers below the stored duties, for adding duties without script.</summary>
    public const int BlankRows = 2;

    public DutyListDraft Draft { get; private set; } = null!;

    [BindProperty]
    public List<DutyRow> Rows { get; set; } = [];

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public ChangeReason? Reason { get; set; }

    [BindProperty]
    public string? Explanation { get; set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>The draft as another editor saved it, when this editor's save was rejected as stale.</summary>
    public DutyListDraft? Conflict { get; private set; }

    public string? Notice { get; private set; }

    public bool CanEdit { get; private set; }

    public ChangeRequest? OpenRequest { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? saved, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, ContentAction.ViewDrafts, cancellationToken) is { } failure)
        {
            return failure;
        }

        Rows = DutyRow.From(Draft.Elements);
        Version = Draft.Version;
        Notice = saved == "1" ? $"已保存为第 {Draft.Version} 版。" : null;

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, ContentAction.EditDrafts, cancellationToken) is { } failure)
        {
            return failure;
        }

        var result = await drafts.SaveAsync(Actor, id, Version, Rows, cancellationToken);
        switch (result.Outcome)
        {
            case DraftOutcome.Done:
                return Redirect($"/staff/duty-list/drafts/{id}?saved=1");
            case DraftOutcome.Invalid:
                Problems = [.. result.Problems.Select(problem => problem.Message)];
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;

                return Page();
            case DraftOutcome.Conflict when result.Draft is { } stored:
                Conflict = stored;
                Draft = stored;
                Version = stored.Version;
                Response.StatusCode = StatusCodes.Status409Conflict;

                return Page();
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostOpenRequestAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, ContentAction.EditDrafts, cancellationToken) is { } failure)
        {
            return failure;
        }

        Rows = DutyRow.From(Draft.Elements);
        Version = Draft.Version;
        if (Reason is not { } reason)
        {
            return Reject("请选择变更理由。", StatusCodes.Status422UnprocessableEntity);
        }

        if (Draft.Elements.Duties.Count == 0)
        {
            return Reject("职责清单草稿中还没有主要职责，请先填写并保存，再发起变更申请。", StatusCodes.Status422UnprocessableEntity);
        }

        var result = await changes.OpenAsync(Actor, id, reason, Explanation, cancellationToken);

        return result.Outcome switch
        {
            ChangeOutcome.Done => Redirect($"/staff/changes/{result.Request!.Id}"),
            ChangeOutcome.Rejected => Reject(
                result.Error!.Message,
                result.Error.IsDenial ? StatusCodes.Status403Forbidden : StatusCodes.Status422UnprocessableEntity),
            _ => NotFound(),
        };
    }

    private ContentActor Actor { get; set; } = null!;

    private PageResult Reject(string message, int status)
    {
        Problems = [message];
        Response.StatusCode = status;

        return Page();
    }

    /// <summary>
    /// Loads the draft for <paramref name="action"/>: a role that may never take the action gets 403, and a draft
    /// of another department gets 404; both are audited.
    /// </summary>
    private async Task<IActionResult?> LoadAsync(int id, ContentAction action, CancellationToken cancellationToken)
    {
        if (HttpContext.GetContentActor() is not { } actor || !ContentAccess.AllowsAction(actor.Scope.Role, action))
        {
            return Forbid();
        }

        Actor = actor;
        var draft = await drafts.FindAsync(actor, id, action, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        Draft = draft;
        CanEdit = ContentAccess.Allows(actor.Scope, ContentAction.EditDrafts, draft.DepartmentId, draft.RegionCode);
        OpenRequest = await changes.FindForDraftAsync(id, cancellationToken);

        return null;
    }
}
