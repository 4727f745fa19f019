using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Feedback;
using Zhengwu.Infrastructure.Feedback;
using Zhengwu.Infrastructure.PowerList.Drafts;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.Staff.Feedback;

/// <summary>
/// One inquiry or complaint of the staff member's department, with the answer form and, for the department lead,
/// publication. A number of another department, on the page or in a crafted POST, gets 404 and one denial in the
/// audit log. An answer posted after another staff member's gets 409 with the stored answer.
/// </summary>
[Authorize(Policy = StaffPolicies.DepartmentContent)]
public sealed class DetailsModel(FeedbackDesk desk) : PageModel
{
    public FeedbackWorkItem Item { get; private set; } = null!;

    public string? Contact { get; private set; }

    public bool IsLead { get; private set; }

    public string? Message { get; private set; }

    public string? Notice { get; private set; }

    [BindProperty]
    public string? Answer { get; set; }

    [BindProperty]
    public bool Publish { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(string number, string? done, CancellationToken cancellationToken)
    {
        if (HttpContext.GetContentActor() is not { } actor)
        {
            return Forbid();
        }

        if (!await LoadAsync(actor, number, cancellationToken))
        {
            return NotFound();
        }

        Version = Item.Record.Version;
        Notice = done switch
        {
            "answered" => "答复已保存。",
            "published" => "已公开答复。",
            _ => null,
        };

        return Page();
    }

    public Task<IActionResult> OnPostAnswerAsync(string number, CancellationToken cancellationToken) =>
        ChangeAsync(number, "answered", (actor, token) => desk.AnswerAsync(actor, number, Version, Answer, Publish, token), cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(string number, CancellationToken cancellationToken) =>
        ChangeAsync(number, "published", (actor, token) => desk.PublishAsync(actor, number, Version, token), cancellationToken);

    private async Task<IActionResult> ChangeAsync(
        string number,
        string done,
        Func<ContentActor, CancellationToken, Task<DeskResult>> change,
        CancellationToken cancellationToken)
    {
        if (HttpContext.GetContentActor() is not { } actor)
        {
            return Forbid();
        }

        var result = await change(actor, cancellationToken);
        if (result.Outcome == DeskOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == DeskOutcome.Done)
        {
            var shown = result.Record?.State == FeedbackState.Published ? "published" : done;

            return Redirect($"/staff/feedback/{number}?done={shown}");
        }

        await LoadAsync(actor, number, cancellationToken);
        Message = result.Message;
        Version = Item.Record.Version;
        Response.StatusCode = result.Outcome == DeskOutcome.Conflict
            ? StatusCodes.Status409Conflict
            : StatusCodes.Status422UnprocessableEntity;

        return Page();
    }

    private async Task<bool> LoadAsync(ContentActor actor, string number, CancellationToken cancellationToken)
    {
        if (await desk.FindAsync(actor, number, cancellationToken) is not { } item)
        {
            return false;
        }

        Item = item;
        IsLead = actor.Scope.Role == StaffRole.DepartmentLead;
        Contact = await desk.ReadContactAsync(actor, item.Record, cancellationToken);

        return true;
    }
}
