using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Accounts;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.TestSupport;

namespace Zhengwu.Web.Tests.Accounts;

/// <summary>
/// The portal ships no account: the bootstrap creates the three administrators once, with random one-time
/// passwords. One test covers the whole run because the bootstrap can only run once per database.
/// </summary>
public abstract class AdministratorBootstrapTests(AccountPortalFixture portal)
{
    private const string AlreadyDone = "已存在管理员账户：初始化只能执行一次。请由系统管理员在后台管理账户。";

    [Fact]
    public async Task Bootstrap_creates_three_administrators_once()
    {
        var accountsBefore = await CountAccountsAsync();
        using var browser = portal.CreateBrowser();
        var defaultLogin = await browser.SubmitPasswordAsync("sysadmin", "Admin@123456");

        var (created, error) = await RunBootstrapAsync();
        var (createdAgain, errorAgain) = await RunBootstrapAsync();

        Assert.Equal(0, accountsBefore);
        Assert.Equal(HttpStatusCode.BadRequest, defaultLogin.Status);
        Assert.Equal("用户名或密码错误。连续失败5次后账户将锁定30分钟。", defaultLogin.Error);
        Assert.Null(error);
        Assert.Equal(["sysadmin", "secadmin", "auditadmin"], created.Select(entry => entry.UserName));
        Assert.Empty(createdAgain);
        Assert.Equal(AlreadyDone, errorAgain);
        Assert.Equal(3, await CountAccountsAsync());
        await AssertPasswordsAsync(created);
        await AssertAccountsAsync();
    }

    private async Task AssertPasswordsAsync(IReadOnlyList<(string UserName, string Password)> created)
    {
        var passwords = created.Select(entry => entry.Password).ToList();
        Assert.Equal(3, passwords.Distinct(StringComparer.Ordinal).Count());
        Assert.All(passwords, password => Assert.Equal(16, password.Length));
        Assert.All(passwords, password => Assert.Equal(4, PasswordRules.CountClasses(password)));
        Assert.All(passwords, password => Assert.Empty(PasswordRules.Check(password, CommonPasswords.All)));
        foreach (var (userName, password) in created)
        {
            Assert.True(await PasswordMatchesAsync(userName, password), userName);
        }
    }

    private async Task AssertAccountsAsync()
    {
        var centerId = await portal.GetDepartmentIdAsync("620100", "兰州市政务服务中心");
        var accounts = await portal.WithScopeAsync(services => services.GetRequiredService<ZhengwuDbContext>().Users.ToListAsync());
        Assert.Equal(StaffRole.SystemAdministrator, accounts.Single(account => account.UserName == "sysadmin").Role);
        Assert.Equal(StaffRole.SecurityAdministrator, accounts.Single(account => account.UserName == "secadmin").Role);
        Assert.Equal(StaffRole.AuditAdministrator, accounts.Single(account => account.UserName == "auditadmin").Role);
        Assert.All(accounts, account => Assert.Equal(AccountKind.Staff, account.Kind));
        Assert.All(accounts, account => Assert.True(account.MustChangePassword));
        Assert.All(accounts, account => Assert.False(account.TwoFactorEnabled));
        Assert.All(accounts, account => Assert.True(account.LockoutEnabled));
        Assert.All(accounts, account => Assert.Equal(centerId, account.DepartmentId));
    }

    private Task<int> CountAccountsAsync() =>
        portal.WithScopeAsync(services => services.GetRequiredService<ZhengwuDbContext>().Users.CountAsync());

    private Task<(IReadOnlyList<(string UserName, string Password)> Created, string? Error)> RunBootstrapAsync() =>
        portal.WithScopeAsync(services => services.GetRequiredService<AdministratorBootstrap>().RunAsync());

    private Task<bool> PasswordMatchesAsync(string userName, string password) => portal.WithScopeAsync(async services =>
    {
        var users = services.GetRequiredService<UserManager<Account>>();
        var account = await users.FindByNameAsync(userName);

        return account is not null && await users.CheckPasswordAsync(account, password);
    });
}

public sealed class SqliteAdministratorBootstrapTests(SqliteAccountPortalFixture portal)
    : AdministratorBootstrapTests(portal), IClassFixture<SqliteAccountPortalFixture>;

public sealed class PostgresAdministratorBootstrapTests(PostgresAccountPortalFixture portal)
    : AdministratorBootstrapTests(portal), IClassFixture<PostgresAccountPortalFixture>;
