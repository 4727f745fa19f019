using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.Organization;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.TestSupport;
using Zhengwu.Web.Tests.Accounts;

namespace Zhengwu.Web.Tests.Staff.Audit;

/// <summary>
/// A portal with a fake clock whose staff accounts of any role are created through UserManager with an
/// enrolled authenticator, and whose audit log the tests read, append to and tamper with directly.
/// </summary>
public abstract class AuditPortalFixture(DatabaseProvider provider) : AccountPortalFixture(provider)
{
    public const string ServiceCenter = "兰州市政务服务中心";

    /// <summary>
    /// Creates an enrolled account of <paramref name="role"/>: administrators and the service center
    /// administrator in the service center, other roles in the market supervision bureau.
    /// </summary>
    public Task<StaffAccount> CreateAccountAsync(string userName, StaffRole role) => WithScopeAsync(async services =>
    {
        var users = services.GetRequiredService<UserManager<Account>>();
        var departmentName = role.RequiredOffice() == OfficeRole.ServiceCenter ? ServiceCenter : MarketDepartment;
        var department = await services.GetRequiredService<ZhengwuDbContext>().Departments
            .FirstAsync(department => department.Name == departmentName);
        var account = new Account
        {
            UserName = userName,
            DisplayName = userName,
            Kind = AccountKind.Staff,
            Role = role,
            DepartmentId = department.Id,
            RegionCode = department.RegionCode,
            PasswordChangedAt = Clock.GetUtcNow(),
            CreatedAt = Clock.GetUtcNow(),
            LockoutEnabled = true,
        };
        Require(await users.CreateAsync(account, StaffPassword));
        Require(await users.ResetAuthenticatorKeyAsync(account));
        Require(await users.SetTwoFactorEnabledAsync(account, true));
        var key = await users.GetAuthenticatorKeyAsync(account) ?? "";

        return new StaffAccount(account.Id, userName, StaffPassword, key);
    });

    /// <summary>Creates an account of <paramref name="role"/> and returns a browser signed in as it.</summary>
    internal async Task<StaffBrowser> SignInAsync(string userName, StaffRole role)
    {
        var account = await CreateAccountAsync(userName, role);
        var browser = CreateBrowser();
        await browser.SignInAsync(account, NextCode(account.AuthenticatorKey));

        return browser;
    }

    public Task<AuditRecord> AppendAsync(AuditEntry entry) =>
        WithScopeAsync(services => services.GetRequiredService<AuditLog>().AppendAsync(entry));

    /// <summary>Returns the stored records in sequence order.</summary>
    public Task<List<AuditRecord>> ReadRecordsAsync() => WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().AuditRecords.AsNoTracking().OrderBy(record => record.Id).ToListAsync());

    public Task<List<AuditRecord>> ReadRecordsAsync(string accountName) => WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().AuditRecords.AsNoTracking()
            .Where(record => record.AccountName == accountName)
            .OrderBy(record => record.Id)
            .ToListAsync());

    /// <summary>Changes the database behind the application's back, as an intruder with database access would.</summary>
    public Task<int> ExecuteSqlAsync(string sql) => WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().Database.ExecuteSqlRawAsync(sql));

    private static void Require(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(error => error.Description)));
        }
    }
}

public sealed class SqliteAuditPortalFixture() : AuditPortalFixture(DatabaseProvider.Sqlite);

public sealed class PostgresAuditPortalFixture() : AuditPortalFixture(DatabaseProvider.Postgres);
