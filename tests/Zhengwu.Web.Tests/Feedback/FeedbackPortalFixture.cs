using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.Feedback;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Web.Tests.Accounts;
using Zhengwu.Web.Tests.Approvals.Cases;

namespace Zhengwu.Web.Tests.Feedback;

/// <summary>
/// A portal for inquiries and complaints: public accounts sign in as in the case tests, staff of any role and
/// department sign in with two factors, and public submissions are not rate limited.
/// </summary>
public abstract class FeedbackPortalFixture(Infrastructure.Persistence.DatabaseProvider provider) : CasePortalFixture(provider)
{
    public const string ItemCode = OpenCode;
    public const string LegalOffice = "兰州市人民政府法制办公室";

    private int _staff;

    /// <summary>Creates an enrolled staff account of <paramref name="role"/> in <paramref name="departmentName"/> and signs it in.</summary>
    internal async Task<(StaffBrowser Browser, string UserName)> SignInStaffAsync(StaffRole role, string departmentName)
    {
        var userName = $"feedback-{role}-{Interlocked.Increment(ref _staff)}".ToLowerInvariant();
        var account = await WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<Account>>();
            var department = await services.GetRequiredService<ZhengwuDbContext>().Departments
                .SingleAsync(department => department.Name == departmentName);
            var created = new Account
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
            Require(await users.CreateAsync(created, StaffPassword));
            Require(await users.ResetAuthenticatorKeyAsync(created));
            Require(await users.SetTwoFactorEnabledAsync(created, true));

            return new StaffAccount(created.Id, userName, StaffPassword, await users.GetAuthenticatorKeyAsync(created) ?? "");
        });
        var browser = CreateBrowser();
        await browser.SignInAsync(account, NextCode(account.AuthenticatorKey));

        return (browser, userName);
    }

    /// <summary>Returns the name of the department that owns <see cref="ItemCode"/>.</summary>
    public Task<string> ItemDepartmentAsync() => WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<ZhengwuDbContext>();
        var departmentId = await db.PowerItems.Where(item => item.Code == ItemCode).Select(item => item.DepartmentId).SingleAsync();

        return await db.Departments.Where(department => department.Id == departmentId).Select(department => department.Name).SingleAsync();
    });

    public Task<int> DepartmentIdAsync(string name) => WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().Departments
            .Where(department => department.Name == name)
            .Select(department => department.Id)
            .SingleAsync());

    public Task<List<FeedbackRecord>> RecordsAsync() => WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().FeedbackRecords.AsNoTracking().OrderBy(record => record.Id).ToListAsync());

    public async Task<FeedbackRecord> RecordAsync(string number) => (await RecordsAsync()).Single(record => record.Number == number);

    /// <summary>Counts the access.denied records of <paramref name="accountName"/>, or of anonymous requests when null.</summary>
    public Task<int> DenialsAsync(string? accountName) => WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().AuditRecords
            .CountAsync(record => record.Action == AuditActions.AccessDenied && record.AccountName == accountName));

    public Task<List<AuditRecord>> AuditRecordsAsync(string objectId) => WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().AuditRecords.AsNoTracking()
            .Where(record => record.ObjectId == objectId)
            .OrderBy(record => record.Id)
            .ToListAsync());

    /// <summary>Moves a record's receipt to <paramref name="receivedAt"/>, behind the application's back.</summary>
    public Task<int> SetReceivedAtAsync(string number, DateTimeOffset receivedAt) => WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().FeedbackRecords
            .Where(record => record.Number == number)
            .ExecuteUpdateAsync(setters => setters.SetProperty(record => record.ReceivedAt, receivedAt)));

    protected override IDictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["Zhengwu:RateLimits:PublicSubmission:PermitLimit"] = "100000";

        return settings;
    }

    private static void Require(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(error => error.Description)));
        }
    }
}

public sealed class SqliteFeedbackPortalFixture() : FeedbackPortalFixture(Infrastructure.Persistence.DatabaseProvider.Sqlite);

public sealed class PostgresFeedbackPortalFixture() : FeedbackPortalFixture(Infrastructure.Persistence.DatabaseProvider.Postgres);
