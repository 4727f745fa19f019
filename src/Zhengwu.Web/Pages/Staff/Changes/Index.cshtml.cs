using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Infrastructure.PowerList.Changes;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.Staff.Changes;

/// <summary>The change requests the signed-in staff member works on: waiting for them first, then all they can see.</summary>
[Authorize(Policy = StaffPolicies.ViewItems)]
public sealed class IndexModel(ChangeRequestQueries queries) : PageModel
{
    public IReadOnlyList<ChangeRequestSummary> Waiting { get; private set; } = [];

    public IReadOnlyList<ChangeRequestSummary> All { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (HttpContext.GetContentActor() is not { } actor)
        {
            return Forbid();
        }

        Waiting = await queries.WaitingForAsync(actor, cancellationToken);
        All = await queries.ListAsync(actor, cancellationToken);

        return Page();
    }
}
