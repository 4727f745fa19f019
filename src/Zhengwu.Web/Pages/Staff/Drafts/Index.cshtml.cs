using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Accounts;
using Zhengwu.Infrastructure.PowerList.Drafts;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.Staff.Drafts;

/// <summary>The drafts of the signed-in staff member's department.</summary>
[Authorize(Policy = StaffPolicies.ViewDrafts)]
public sealed class IndexModel(PowerItemDrafts drafts) : PageModel
{
    public IReadOnlyList<DraftSummary> Drafts { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (HttpContext.GetContentActor() is not { } actor)
        {
            return Forbid();
        }

        Drafts = await drafts.ListAsync(actor, cancellationToken);
        CanEdit = ContentAccess.AllowsAction(actor.Scope.Role, ContentAction.EditDrafts);

        return Page();
    }
}
