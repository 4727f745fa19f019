using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Organization;
using Zhengwu.Infrastructure.PowerList.BackOffice;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.Staff.PowerList;

/// <summary>
/// A department's items in the back office, public or not. Content roles see their own department; review offices
/// pick any department of their region.
/// </summary>
[Authorize(Policy = StaffPolicies.ViewItems)]
public sealed class ItemsModel(DepartmentItems items) : PageModel
{
    public Department Department { get; private set; } = null!;

    public IReadOnlyList<Department> Departments { get; private set; } = [];

    public IReadOnlyList<DepartmentItemRow> Items { get; private set; } = [];

    public bool CanEditDrafts { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? department, CancellationToken cancellationToken)
    {
        if (HttpContext.GetContentActor() is not { } actor)
        {
            return Forbid();
        }

        var found = await items.FindAsync(actor, department ?? actor.Scope.DepartmentId, ContentAction.ViewItems, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Department = found;
        Departments = await items.ReachableDepartmentsAsync(actor, cancellationToken);
        Items = await items.ListAsync(actor, found, cancellationToken);
        CanEditDrafts = ContentAccess.Allows(actor.Scope, ContentAction.EditDrafts, found.Id, found.RegionCode);

        return Page();
    }
}
