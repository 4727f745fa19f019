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

    public async Task OnGetAsync(string? saved, string? removed, CancellationToken cancellationToken)
    {
        Notice = (saved, removed) switch
        {
            ({ } code, _) => $"已保存事项 {code} 的协办部门，此后新申报的办件按新配置分部门办理。",
            (_, { } code) => $"已取消事项 {code} 的并联审批，此后新申报的办件由实施部门单独办理，已申报的办件不受影响。",
            _ => null,
        };
        await LoadAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        ChangeAsync("saved", editor => jointItems.SetAsync(editor, ItemCode, DepartmentIds, cancellationToken), cancellationToken);

    /// <summary>Turns the item back into one handled by its implementing department alone.</summary>
    public Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken) =>
        ChangeAsync("removed", editor => jointItems.RemoveAsync(editor, ItemCode, cancellationToken), cancellationToken);

    private async Task<IActionResult> ChangeAsync(
        string outcome,
        Func<JointItemEditor, Task<IReadOnlyList<string>>> change,
        CancellationToken cancellationToken)
    {
        var user = HttpContext.User;
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            || !Enum.TryParse<StaffRole>(user.FindFirstValue(ClaimTypes.Role), out var role))
        {
            return Forbid();
        }

        var editor = new JointItemEditor(id, user.Identity?.Name ?? "", role, HttpContext.Connection.RemoteIpAddress?.ToString());
        Problems = await change(editor);
        if (Problems.Count == 0)
        {
            return Redirect($"/staff/approvals/joint-items?{outcome}={Uri.EscapeDataString(ItemCode!.Trim())}");
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
