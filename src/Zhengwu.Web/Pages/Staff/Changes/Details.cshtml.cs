using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Domain.PowerList.Versions;
using Zhengwu.Infrastructure.DutyList;
using Zhengwu.Infrastructure.PowerList.Changes;
using Zhengwu.Infrastructure.PowerList.Drafts;
using Zhengwu.Web.Accounts;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Pages.Staff.Changes;

/// <summary>
/// One change request: what it proposes against the published item, its documents and history, and the steps the
/// signed-in staff member may take now.
/// </summary>
[Authorize(Policy = StaffPolicies.ViewItems)]
public sealed class DetailsModel(ChangeRequests requests, ChangeRequestQueries queries, DutyListHistory dutyLists) : PageModel
{
    public ChangeRequest Change { get; private set; } = null!;

    public IReadOnlyList<FieldDifference> Differences { get; private set; } = [];

    public IReadOnlyList<DraftAttachment> Attachments { get; private set; } = [];

    /// <summary>The code of the item the request concerns; null for an addition not yet published.</summary>
    public string? ItemCode { get; private set; }

    /// <summary>For each new item of a split, its differences from the item being split.</summary>
    public IReadOnlyList<IReadOnlyList<FieldDifference>> SplitPartDifferences { get; private set; } = [];

    /// <summary>The code of the city item a take-over takes over; null for other kinds.</summary>
    public string? SourceItemCode { get; private set; }

    /// <summary>The steps the current state permits that the signed-in role takes.</summary>
    public IReadOnlyList<ChangeTrigger> Actions { get; private set; } = [];

    public string? Error { get; private set; }

    public string? Notice { get; private set; }

    [BindProperty]
    public string? Opinion { get; set; }

    [BindProperty]
    public string? Meeting { get; set; }

    [BindProperty]
    public DateOnly? DecisionDate { get; set; }

    [BindProperty]
    public string? DocumentNumber { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, string? done, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } failure)
        {
            return failure;
        }

        Notice = Enum.TryParse<ChangeTrigger>(done, out var trigger) ? $"已{trigger.ChineseName()}。" : null;

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, ChangeTrigger trigger, int version, CancellationToken cancellationToken)
    {
        if (HttpContext.GetContentActor() is not { } actor)
        {
            return Forbid();
        }

        GovernmentDecision? decision = trigger == ChangeTrigger.RecordGovernmentDecision
            ? new GovernmentDecision(Meeting ?? "", DecisionDate ?? DateOnly.MinValue, DocumentNumber ?? "")
            : null;
        var result = await requests.FireAsync(actor, id, version, trigger, Opinion, decision, cancellationToken);
        switch (result.Outcome)
        {
            case ChangeOutcome.Done:
                return Redirect($"/staff/changes/{id}?done={trigger}");
            case ChangeOutcome.NotFound:
                return NotFound();
            case ChangeOutcome.Conflict when result.Request is { Steps: [.., var last] } stored:
                Error = $"未执行：在您打开页面后，{last.ActorName} 于 {ChinaTime.Display(last.At)} {last.Trigger.ChineseName()}，申请现为“{stored.Status.ChineseName()}”。请查看最新状态后再操作。";
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
            default:
                Error = result.Error?.Message;
                Response.StatusCode = result.Error?.IsDenial == true ? StatusCodes.Status403Forbidden : StatusCodes.Status422UnprocessableEntity;
                break;
        }

        var status = Response.StatusCode;
        if (await LoadAsync(id, cancellationToken) is { } failure)
        {
            return failure;
        }

        Response.StatusCode = status;

        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (HttpContext.GetContentActor() is not { } actor)
        {
            return Forbid();
        }

        var request = await requests.FindAsync(actor, id, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        Change = request;
        Differences = request.Subject == ChangeSubject.DutyList
            ? await dutyLists.ProposedDifferencesAsync(request, cancellationToken)
            : await queries.ProposedDifferencesAsync(request, cancellationToken);
        Attachments = await queries.AttachmentsAsync(request, cancellationToken);
        ItemCode = await queries.ItemCodeAsync(request, cancellationToken);
        SourceItemCode = await queries.SourceItemCodeAsync(request, cancellationToken);
        SplitPartDifferences = await queries.SplitPartDifferencesAsync(request, cancellationToken);
        Actions = [.. request.PermittedTriggers()
            .Where(trigger => trigger != ChangeTrigger.Edit && request.RoleFor(trigger) == actor.Scope.Role)];

        return null;
    }
}
