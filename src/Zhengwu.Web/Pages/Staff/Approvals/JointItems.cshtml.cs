using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Organization;
using Zhengwu.Infrastructure.Approvals;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.Staff.Approvals;

/// <summary>
/// The joint items (并联审批) and a form that sets an item's co-handling departments, for the service center
/// administrator. New filings of the item open one case part per department.
/// </summary>
[Authorize(Policy = StaffPolicies.ServiceCenterAdministrator)]
public sealed class JointItemsModel(JointItems jointItems, ZhengwuDbContext db) : PageModel
{
    public IReadOnlyList<JointItemRow> Items { get; private set; } = [];

    public IReadOnlyList<Department> Departments { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public string? Notice { get; private set; }

    [BindProperty]
    public string? ItemCode { get; set; }

    [BindProperty]
    public List<int> DepartmentIds { get; set; } = [];

    public async Task OnGetAsync(string? saved, CancellationToken cancellationToken)
    {
        Notice = saved is null ? null : $"已保存事项 {saved} 的协办部门，此后新申报的办件按新配置分部门办理。";
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = HttpContext.User;
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            || !Enum.TryParse<StaffRole>(user.FindFirstValue(ClaimTypes.Role), out var role))
        {
            return Forbid();
        }

        var editor = new JointItemEditor(id, user.Identity?.Name ?? "", role, HttpContext.Connection.RemoteIpAddress?.ToString());
        Problems = await jointItems.SetAsync(editor, ItemCode, DepartmentIds, cancellationToken);
        if (Problems.Count == 0)
        {
            return Redirect($"/staff/approvals/joint-items?saved={Uri.EscapeDataString(ItemCode!.Trim())}");
        }

        await LoadAsync(cancellationToken);

        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Items = await jointItems.ListAsync(cancellationToken);
        Departments = await db.Departments.AsNoTracking()
            .OrderBy(department => department.RegionCode)
            .ThenBy(department => department.SortOrder)
            .ThenBy(department => department.Id)
            .ToListAsync(cancellationToken);
    }
}
