using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Accounts;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Browser.Tests.Staff;

/// <summary>Staff accounts created through the portal's UserManager, the way an administrator creates them.</summary>
public static class StaffAccounts
{
    public const string MarketDepartment = "兰州市市场监督管理局";

    /// <summary>The city's review office, which reviews the departments' list changes.</summary>
    public const string ReviewOffice = "兰州市行政审批制度改革工作领导小组办公室";

    /// <summary>
    /// Creates a content officer of 兰州市市场监督管理局 whose <paramref name="oneTimePassword"/> must be changed at
    /// the first sign-in, with no authenticator yet.
    /// </summary>
    public static async Task CreateNewOfficerAsync(BrowserFixture portal, string userName, string oneTimePassword)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = await NewAccountAsync(scope.ServiceProvider, userName, StaffRole.ContentOfficer, MarketDepartment);
        account.MustChangePassword = true;

        Require(await users.CreateAsync(account, oneTimePassword));
    }

    /// <summary>
    /// Creates a content officer of 兰州市市场监督管理局 with a password already changed and an authenticator
    /// enrolled, and returns the authenticator key.
    /// </summary>
    public static Task<string> CreateEnrolledOfficerAsync(BrowserFixture portal, string userName, string password) =>
        CreateEnrolledAsync(portal, userName, password, StaffRole.ContentOfficer, MarketDepartment);

    /// <summary>
    /// Creates an account of <paramref name="role"/> in <paramref name="departmentName"/> with a password already
    /// changed and an authenticator enrolled, and returns the authenticator key.
    /// </summary>
    public static async Task<string> CreateEnrolledAsync(
        BrowserFixture portal,
        string userName,
        string password,
        StaffRole role,
        string departmentName)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = await NewAccountAsync(scope.ServiceProvider, userName, role, departmentName);

        Require(await users.CreateAsync(account, password));
        Require(await users.ResetAuthenticatorKeyAsync(account));
        Require(await users.SetTwoFactorEnabledAsync(account, true));

        return await users.GetAuthenticatorKeyAsync(account)
            ?? throw new InvalidOperationException($"Account {userName} has no authenticator key.");
    }

    private static async Task<Account> NewAccountAsync(IServiceProvider services, string userName, StaffRole role, string departmentName)
    {
        var department = await services.GetRequiredService<ZhengwuDbContext>().Departments
            .SingleAsync(department => department.Name == departmentName);
        var now = DateTimeOffset.UtcNow;

        return new Account
        {
            UserName = userName,
            DisplayName = userName,
            Kind = AccountKind.Staff,
            Role = role,
            DepartmentId = department.Id,
            RegionCode = department.RegionCode,
            PasswordChangedAt = now,
            CreatedAt = now,
            LockoutEnabled = true,
        };
    }

    private static void Require(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(error => error.Description)));
        }
    }
}
