using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Accounts;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Infrastructure.Calendar;
using Zhengwu.Infrastructure.PowerList;
using Zhengwu.Web.Accounts;
using Zhengwu.Web.Pages.Staff.Calendar;

namespace Zhengwu.Web.Pages.Staff;

/// <summary>
/// The back office start page: what waits for the signed-in role. Content roles see their department's
/// items flagged incomplete; review offices see those of their whole region. The service center administrator
/// gets the working calendar and, from 60 days before the end of the last covered year, a warning that next
/// year's calendar is missing.
/// </summary>
public sealed class IndexModel(
    UserManager<Account> users,
    PowerListQueries queries,
    AccountAdministrationQueries accounts,
    WorkingCalendarProvider calendars,
    Changes.ChangeDashboard changes,
    TimeProvider clock) : PageModel
{
    public string DisplayName { get; private set; } = "";

    public string RoleName { get; private set; } = "";

    public string DepartmentName { get; private set; } = "";

    public string Scope { get; private set; } = "";

    public IReadOnlyList<PowerItemSummary> IncompleteItems { get; private set; } = [];

    public bool IsSystemAdministrator { get; private set; }

    /// <summary>Whether the role lists and exports department items.</summary>
    public bool ContentLinks { get; private set; }

    /// <summary>Whether the role reads its department's drafts.</summary>
    public bool DraftLinks { get; private set; }

    /// <summary>The number of role requests awaiting a decision; null unless the account is the security administrator.</summary>
    public int? PendingRoleRequests { get; private set; }

    public bool IsServiceCenterAdministrator { get; private set; }

    /// <summary>The change requests waiting for the role and, for review offices, late resumptions and returns.</summary>
    public Changes.ChangeDashboardModel? Changes { get; private set; }

    /// <summary>The years in force of the working calendar; empty unless the account is the service center administrator.</summary>
    public IReadOnlyList<int> CalendarYears { get; private set; } = [];

    /// <summary>The years deadlines may reach within 60 days that the calendar lacks.</summary>
    public IReadOnlyList<int> MissingCalendarYears { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }

        DisplayName = account.DisplayName;
        RoleName = account.Role?.ChineseName() ?? "";
        var department = account.DepartmentId is { } id ? await queries.GetDepartmentAsync(id, cancellationToken) : null;
        DepartmentName = department?.Name ?? "";
        await LoadWorkAsync(account, cancellationToken);
        IsSystemAdministrator = account.Role == StaffRole.SystemAdministrator;
        ContentLinks = account.Role is { } contentRole && ContentAccess.AllowsAction(contentRole, ContentAction.ViewItems);
        DraftLinks = account.Role is { } draftRole && ContentAccess.AllowsAction(draftRole, ContentAction.ViewDrafts);
        PendingRoleRequests = account.Role == StaffRole.SecurityAdministrator
            ? await accounts.CountPendingAsync(cancellationToken)
            : null;
        Changes = HttpContext.GetContentActor() is { } actor ? await changes.BuildAsync(actor, cancellationToken) : null;
        IsServiceCenterAdministrator = account.Role == StaffRole.ServiceCenterAdministrator;
        if (IsServiceCenterAdministrator)
        {
            var calendar = await calendars.GetAsync(cancellationToken);
            CalendarYears = calendar.Years;
            MissingCalendarYears = CalendarWarning.MissingYears(calendar, clock);
        }

        return Page();
    }

    private async Task LoadWorkAsync(Account account, CancellationToken cancellationToken)
    {
        if (account.Role is { } role && role.EditsDepartmentContent() && account.DepartmentId is { } department)
        {
            Scope = "本部门";
            IncompleteItems = await queries.GetIncompleteItemsAsync(department, null, cancellationToken);
        }
        else if (account.Role == StaffRole.ReviewOfficeReviewer && account.RegionCode is { } region)
        {
            Scope = "本地区";
            IncompleteItems = await queries.GetIncompleteItemsAsync(null, region, cancellationToken);
        }
    }
}
