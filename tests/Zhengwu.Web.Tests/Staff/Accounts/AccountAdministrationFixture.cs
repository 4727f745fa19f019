using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.TestSupport;
using Zhengwu.Web.Tests.Accounts;

namespace Zhengwu.Web.Tests.Staff.Accounts;

/// <summary>A portal on its own database with helpers that create signed-in administrators and read the audit log.</summary>
public abstract class AccountAdministrationFixture(DatabaseProvider provider) : AccountPortalFixture(provider)
{
    public const string ServiceCenter = "兰州市政务服务中心";

    /// <summary>Creates an enrolled staff account of the service center holding <paramref name="role"/>.</summary>
    public async Task<StaffAccount> CreateAdministratorAsync(string userName, StaffRole role)
    {
        var account = await CreateStaffAsync(userName);
        var center = await DepartmentAsync(ServiceCenter);
        await UpdateAccountAsync(userName, entry =>
        {
            entry.Role = role;
            entry.DepartmentId = center.Id;
            entry.RegionCode = center.RegionCode;
        });

        return account;
    }

    internal async Task<StaffBrowser> SignInAsync(StaffAccount account)
    {
        var browser = CreateBrowser();
        await browser.SignInAsync(account, NextCode(account.AuthenticatorKey));

        return browser;
    }

    public Task<Domain.Organization.Department> DepartmentAsync(string name) => WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().Departments.AsNoTracking().SingleAsync(department => department.Name == name));

    public Task<List<RoleGrantRequest>> RequestsForAsync(Guid accountId) => WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().RoleGrantRequests.AsNoTracking()
            .Where(request => request.AccountId == accountId)
            .OrderBy(request => request.Id)
            .ToListAsync());

    public Task<int> AddRequestAsync(RoleGrantRequest request) => WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<ZhengwuDbContext>();
        db.RoleGrantRequests.Add(request);
        await db.SaveChangesAsync();

        return request.Id;
    });

    /// <summary>Returns the audit records whose object is <paramref name="accountId"/>, in sequence order.</summary>
    public Task<List<AuditRecord>> AuditForAsync(Guid accountId) => WithScopeAsync(services =>
    {
        var objectId = accountId.ToString();

        return services.GetRequiredService<ZhengwuDbContext>().AuditRecords.AsNoTracking()
            .Where(record => record.ObjectId == objectId)
            .OrderBy(record => record.Id)
            .ToListAsync();
    });
}

public sealed class SqliteAccountAdministrationFixture() : AccountAdministrationFixture(DatabaseProvider.Sqlite);

public sealed class PostgresAccountAdministrationFixture() : AccountAdministrationFixture(DatabaseProvider.Postgres);
