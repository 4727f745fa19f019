using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Drafts;
using Zhengwu.Infrastructure.PowerList.Drafts;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.Staff.PowerList;

/// <summary>
/// Lists the city items a county department may take over (承接) and starts a take-over draft of one. The draft then
/// goes through a take-over request to the county's own review office.
/// </summary>
[Authorize(Policy = StaffPolicies.EditDrafts)]
public sealed class TakeOverModel(PowerItemDrafts drafts) : PageModel
{
    public IReadOnlyList<PowerItem> Sources { get; private set; } = [];

    public IReadOnlyList<DraftProblem> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (HttpContext.GetContentActor() is not { } actor)
        {
            return Forbid();
        }

        Sources = await drafts.ListTakeOverSourcesAsync(actor, cancellationToken);

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? itemCode, CancellationToken cancellationToken)
    {
        if (HttpContext.GetContentActor() is not { } actor)
        {
            return Forbid();
        }

        if (string.IsNullOrWhiteSpace(itemCode) || !ItemCode.IsWellFormed(itemCode))
        {
            return NotFound();
        }

        var result = await drafts.StartTakeOverAsync(actor, itemCode, cancellationToken);
        switch (result.Outcome)
        {
            case DraftOutcome.Done:
                return Redirect($"/staff/drafts/{result.Draft!.Id}");
            case DraftOutcome.Invalid:
                Problems = result.Problems;
                Sources = await drafts.ListTakeOverSourcesAsync(actor, cancellationToken);
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;

                return Page();
            default:
                return NotFound();
        }
    }
}
