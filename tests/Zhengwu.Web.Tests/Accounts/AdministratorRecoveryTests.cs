using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Web.Tests.Accounts;

/// <summary>
/// A locked-out administrator gets back in through the server's command-line reset: a new one-time password, the
/// lockout lifted, the authenticator kept. One test covers the run because the bootstrap runs once per database.
/// </summary>
public abstract class AdministratorRecoveryTests(AccountPortalFixture portal)
{
    [Fact]
    public async Task Reset_restores_locked_administrator()
    {
        var (created, _) = await portal.WithScopeAsync(services => services.GetRequiredService<AdministratorBootstrap>().RunAsync());
        var key = await portal.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<Account>>();
            var account = (await users.FindByNameAsync("secadmin"))!;
            await users.ResetAuthenticatorKeyAsync(account);
            await users.SetTwoFactorEnabledAsync(account, true);
            await users.SetLockoutEndDateAsync(account, portal.Clock.GetUtcNow().AddMinutes(30));

            return await users.GetAuthenticatorKeyAsync(account);
        });
        var oldPassword = created.Single(entry => entry.UserName == "secadmin").Password;

        var (password, error) = await ResetAsync("secadmin");
        var (officerPassword, officerError) = await ResetAsync("nobody-here");

        Assert.Null(error);
        Assert.NotNull(password);
        Assert.NotEqual(oldPassword, password);
        Assert.Null(officerPassword);
        Assert.Equal("没有用户名为“nobody-here”的管理员账户。其他工作人员的密码由系统管理员在后台“账户管理”中重置。", officerError);
        var account = await portal.FindAccountAsync("secadmin");
        Assert.True(account.MustChangePassword);
        Assert.Null(account.LockoutEnd);
        Assert.True(account.TwoFactorEnabled);
        Assert.Equal(key, await portal.WithScopeAsync(services =>
            services.GetRequiredService<UserManager<Account>>().GetAuthenticatorKeyAsync(account)));

        using var browser = portal.CreateBrowser();
        var oldLogin = await browser.SubmitPasswordAsync("secadmin", oldPassword);
        var newLogin = await browser.SubmitPasswordAsync("secadmin", password);
        Assert.Equal(HttpStatusCode.BadRequest, oldLogin.Status);
        newLogin.RequireRedirect("/staff/login/change-password");

        var resets = await portal.WithScopeAsync(services => services.GetRequiredService<ZhengwuDbContext>().AuditRecords
            .AsNoTracking()
            .Where(record => record.Action == AuditActions.PasswordReset)
            .OrderBy(record => record.Id)
            .ToListAsync());
        Assert.Equal([AuditResult.Succeeded, AuditResult.Failed], resets.Select(record => record.Result));
        Assert.All(resets, record => Assert.Equal(AdministratorRecovery.CommandActor, record.AccountName));
        Assert.Equal(account.Id.ToString(), resets[0].ObjectId);
        Assert.DoesNotContain(resets, record => record.Detail?.Contains(password, StringComparison.Ordinal) == true);
    }

    private Task<(string? Password, string? Error)> ResetAsync(string userName) =>
        portal.WithScopeAsync(services => services.GetRequiredService<AdministratorRecovery>().ResetPasswordAsync(userName));
}

public sealed class SqliteAdministratorRecoveryTests(SqliteAccountPortalFixture portal)
    : AdministratorRecoveryTests(portal), IClassFixture<SqliteAccountPortalFixture>;

public sealed class PostgresAdministratorRecoveryTests(PostgresAccountPortalFixture portal)
    : AdministratorRecoveryTests(portal), IClassFixture<PostgresAccountPortalFixture>;
