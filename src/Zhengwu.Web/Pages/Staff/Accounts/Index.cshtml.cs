using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Organization;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.Staff.Accounts;

/// <summary>
/// The system administrator's account list. Only the fields below are bound: a role or state posted with the
/// create form is ignored, because a role takes effect only through a request the security administrator approves.
/// </summary>
public sealed class IndexModel(
    UserManager<Account> users,
    AccountAdministration administration,
    AccountAdministrationQueries queries) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public int? DepartmentId { get; set; }

    public IReadOnlyList<StaffAccountRow> Accounts { get; private set; } = [];

    public IReadOnlyList<Department> Departments { get; private set; } = [];

    public string? Notice { get; private set; }

    public string? OneTimePassword { get; private set; }

    public string? Error { get; private set; }

    public static IReadOnlyList<StaffRole> OfferedRoles { get; } = Enum.GetValues<StaffRole>();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostCreateAsync() => RunAsync(
        actor => administration.CreateAsync(actor, new NewStaffAccount(UserName?.Trim(), DisplayName, DepartmentId)),
        _ => $"已创建账户“{UserName?.Trim()}”，尚无角色，请为其申请角色。");

    public Task<IActionResult> OnPostRequestRoleAsync(Guid id, string? role)
    {
        if (!Enum.TryParse<StaffRole>(role, out var parsed) || !Enum.GetNames<StaffRole>().Contains(role))
        {
            return FailAsync(new AccountRuleError.RoleInvalid(role).Message);
        }

        return RunAsync(
            actor => administration.RequestRoleAsync(actor, id, parsed),
            name => $"已为账户“{name}”申请角色“{parsed.ChineseName()}”，待安全管理员审批。",
            id);
    }

    public Task<IActionResult> OnPostDisableAsync(Guid id) => RunAsync(
        actor => administration.SetDisabledAsync(actor, id, disabled: true),
        name => $"已停用账户“{name}”，其会话已结束。",
        id);

    public Task<IActionResult> OnPostEnableAsync(Guid id) => RunAsync(
        actor => administration.SetDisabledAsync(actor, id, disabled: false),
        name => $"已启用账户“{name}”。",
        id);

    public Task<IActionResult> OnPostResetAsync(Guid id) => RunAsync(
        actor => administration.ResetPasswordAsync(actor, id),
        name => $"已重置账户“{name}”的密码，其会话已结束。身份验证器保持绑定。",
        id);

    private async Task<IActionResult> RunAsync(
        Func<AdministrationActor, Task<AdministrationResult>> action,
        Func<string, string> notice,
        Guid? accountId = null)
    {
        if (await users.GetActorAsync(HttpContext) is not { } actor)
        {
            return Challenge();
        }

        var result = await action(actor);
        if (result.Error is { } error)
        {
            return await FailAsync(error.Message);
        }

        await LoadAsync(HttpContext.RequestAborted);
        var name = Accounts.FirstOrDefault(row => row.Id == accountId)?.UserName ?? "";
        Notice = notice(name);
        OneTimePassword = result.OneTimePassword;
        UserName = null;
        DisplayName = null;
        DepartmentId = null;

        return Page();
    }

    private async Task<IActionResult> FailAsync(string message)
    {
        await LoadAsync(HttpContext.RequestAborted);
        Error = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;

        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Accounts = await queries.ListStaffAsync(cancellationToken);
        Departments = await queries.ListDepartmentsAsync(cancellationToken);
    }
}
