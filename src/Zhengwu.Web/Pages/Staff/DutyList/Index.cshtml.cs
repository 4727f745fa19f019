using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.DutyList;
using Zhengwu.Infrastructure.DutyList;
using Zhengwu.Infrastructure.PowerList.Drafts;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.Staff.DutyList;

/// <summary>The department's duty list in the back office: the published version and the draft, which an officer starts.</summary>
[Authorize(Policy = StaffPolicies.ViewDrafts)]
public sealed class IndexModel(DutyListDrafts drafts, DutyListHistory history) : PageModel
{
    public DutyListDraft? Draft { get; private set; }

    public DepartmentDutyList? Published { get; private set; }

    public int DepartmentId { get; private set; }

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (HttpContext.GetContentActor() is not { } actor)
        {
            return Forbid();
        }

        DepartmentId = actor.Scope.DepartmentId;
        Draft = await drafts.FindOwnAsync(actor, cancellationToken);
        Published = await history.CurrentAsync(actor.Scope.DepartmentId, cancellationToken);
        CanEdit = ContentAccess.AllowsAction(actor.Scope.Role, ContentAction.EditDrafts);

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (HttpContext.GetContentActor() is not { } actor || !ContentAccess.AllowsAction(actor.Scope.Role, ContentAction.EditDrafts))
        {
            return Forbid();
        }

        var result = await drafts.StartAsync(actor, cancellationToken);

        return result.Draft is { } draft ? Redirect($"/staff/duty-list/drafts/{draft.Id}") : NotFound();
    }
}
