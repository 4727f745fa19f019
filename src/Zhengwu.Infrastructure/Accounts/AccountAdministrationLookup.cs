using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Organization;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Accounts;

/// <summary>Loads what an account action works on and checks who may perform it, before anything changes.</summary>
internal sealed class AccountAdministrationLookup(UserManager<Account> users, ZhengwuDbContext db, TimeProvider clock)
{
    public async Task<(Department? Department, AccountRuleError? Error)> CheckNewAccountAsync(AdministrationActor actor, NewStaffAccount input)
    {
        var error = CheckActor(actor, StaffRole.SystemAdministrator)
            ?? AccountRules.CheckUserName(input.UserName)
            ?? AccountRules.CheckDisplayName(input.DisplayName);
        if (error is not null)
        {
            return (null, error);
        }

        if (await users.FindByNameAsync(input.UserName!) is not null)
        {
            return (null, new AccountRuleError.UserNameTaken(input.UserName!));
        }

        var department = await db.Departments.FirstOrDefaultAsync(department => department.Id == input.DepartmentId);

        return department is null ? (null, new AccountRuleError.DepartmentNotFound(input.DepartmentId)) : (department, null);
    }

    public Account NewAccount(NewStaffAccount input, Department department) => new()
    {
        UserName = input.UserName,
        DisplayName = input.DisplayName!.Trim(),
        Kind = AccountKind.Staff,
        Role = null,
        DepartmentId = department.Id,
        RegionCode = department.RegionCode,
        MustChangePassword = true,
        PasswordChangedAt = clock.GetUtcNow(),
        CreatedAt = clock.GetUtcNow(),
        LockoutEnabled = true,
    };

    public async Task<(Account? Account, GrantTarget? Target, AccountRuleError? Error)> LoadTargetAsync(
        AdministrationActor actor,
        StaffRole actorRole,
        Guid accountId)
    {
        AccountRuleError? error = CheckActor(actor, actorRole);
        var account = error is null ? await FindStaffAsync(accountId) : null;
        if (error is not null || account is null)
        {
            return (null, null, error ?? new AccountRuleError.AccountNotFound(accountId));
        }

        var department = await db.Departments.FirstOrDefaultAsync(department => department.Id == account.DepartmentId);
        if (department is null)
        {
            return (null, null, new AccountRuleError.DepartmentNotFound(account.DepartmentId));
        }

        return (account, new GrantTarget(account.Id, account.UserName ?? "", account.Role, department.Name, department.Role), null);
    }

    public async Task<(RoleGrantRequest? Request, AccountRuleError? Error)> LoadRequestAsync(AdministrationActor actor, int requestId)
    {
        AccountRuleError? error = CheckActor(actor, StaffRole.SecurityAdministrator);
        var request = error is null ? await db.RoleGrantRequests.FirstOrDefaultAsync(request => request.Id == requestId) : null;

        error ??= request is null ? new AccountRuleError.RequestNotFound(requestId) : null;

        return (request, error);
    }

    public async Task<(Account? Account, AccountRuleError? Error)> LoadManagedAsync(AdministrationActor actor, Guid accountId)
    {
        AccountRuleError? error = CheckActor(actor, StaffRole.SystemAdministrator);
        var account = error is null ? await FindStaffAsync(accountId) : null;
        error ??= account is null
            ? new AccountRuleError.AccountNotFound(accountId)
            : AccountRules.CheckManage(actor.Id, account.Id, account.UserName ?? "", account.Role);

        return (account, error);
    }

    public Task<bool> HasPendingRequestAsync(Guid accountId) =>
        db.RoleGrantRequests.AnyAsync(request => request.AccountId == accountId && request.Status == RoleGrantStatus.Pending);

    private async Task<Account?> FindStaffAsync(Guid accountId) =>
        await users.FindByIdAsync(accountId.ToString()) is { IsStaff: true } account ? account : null;

    private static AccountRuleError.ActorNotAllowed? CheckActor(AdministrationActor actor, StaffRole required) =>
        actor.Role == required ? null : new AccountRuleError.ActorNotAllowed(actor.Role);
}
