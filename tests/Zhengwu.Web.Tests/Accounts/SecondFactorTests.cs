using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.TestSupport;

namespace Zhengwu.Web.Tests.Accounts;

/// <summary>
/// Authenticator codes (30-second steps, one step of drift either way) and recovery codes each open one session,
/// and wrong codes count toward the lockout of five failures.
/// </summary>
public abstract class SecondFactorTests(AccountPortalFixture portal)
{
    private const string CodeStep = "/staff/login/code";
    private const string WrongCode = "验证码错误、已过期或已使用过，请输入验证器当前显示的验证码。";
    private const string LockedOut = "连续验证失败次数过多，账户已锁定，请稍后再试。";

    [Fact]
    public async Task Same_code_is_rejected_second_time()
    {
        var account = await portal.CreateStaffAsync("code-replay");
        var code = portal.NextCode(account.AuthenticatorKey);
        using var browser = portal.CreateBrowser();
        await browser.SignInAsync(account, code);
        (await browser.SignOutAsync()).RequireRedirect("/staff/login?message=signed-out");

        (await browser.SubmitPasswordAsync(account.UserName, account.Password)).RequireRedirect(CodeStep);
        var replay = await browser.SubmitCodeAsync(code);

        Assert.Equal(HttpStatusCode.BadRequest, replay.Status);
        Assert.Equal(WrongCode, replay.Error);
        Assert.Null(browser.SessionCookie);
        Assert.Equal(1, (await portal.FindAccountAsync(account.UserName)).AccessFailedCount);
        var next = await browser.SubmitCodeAsync(portal.NextCode(account.AuthenticatorKey));
        Assert.Equal("/staff", next.Location);
    }

    [Fact]
    public async Task Replayed_code_fails_in_other_browser()
    {
        var account = await portal.CreateStaffAsync("code-interception");
        var code = portal.NextCode(account.AuthenticatorKey);
        using var owner = portal.CreateBrowser();
        using var attacker = portal.CreateBrowser();
        (await owner.SubmitPasswordAsync(account.UserName, account.Password)).RequireRedirect(CodeStep);
        (await attacker.SubmitPasswordAsync(account.UserName, account.Password)).RequireRedirect(CodeStep);

        var first = await owner.SubmitCodeAsync(code);
        var second = await attacker.SubmitCodeAsync(code);

        Assert.Equal("/staff", first.Location);
        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Null(attacker.SessionCookie);
    }

    [Fact]
    public async Task Code_three_steps_old_is_rejected()
    {
        var account = await portal.CreateStaffAsync("code-drift");
        portal.Clock.Advance(TimeSpan.FromSeconds(30));
        var now = portal.Clock.GetUtcNow();
        using var browser = portal.CreateBrowser();
        (await browser.SubmitPasswordAsync(account.UserName, account.Password)).RequireRedirect(CodeStep);

        var threeStepsOld = await browser.SubmitCodeAsync(AccountPortalFixture.CodeAt(account.AuthenticatorKey, now.AddSeconds(-90)));
        var twoStepsOld = await browser.SubmitCodeAsync(AccountPortalFixture.CodeAt(account.AuthenticatorKey, now.AddSeconds(-60)));
        var oneStepOld = await browser.SubmitCodeAsync(AccountPortalFixture.CodeAt(account.AuthenticatorKey, now.AddSeconds(-30)));

        Assert.Equal(HttpStatusCode.BadRequest, threeStepsOld.Status);
        Assert.Equal(HttpStatusCode.BadRequest, twoStepsOld.Status);
        Assert.Equal("/staff", oneStepOld.Location);
    }

    [Fact]
    public async Task Wrong_codes_count_toward_lockout()
    {
        var account = await portal.CreateStaffAsync("code-lockout");
        using var browser = portal.CreateBrowser();
        (await browser.SubmitPasswordAsync(account.UserName, account.Password)).RequireRedirect(CodeStep);
        var wrong = OtherCode(AccountPortalFixture.CodeAt(account.AuthenticatorKey, portal.Clock.GetUtcNow()));

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var response = await browser.SubmitCodeAsync(wrong);
            Assert.Equal(WrongCode, response.Error);
            Assert.Equal(attempt, (await portal.FindAccountAsync(account.UserName)).AccessFailedCount);
        }

        var fifth = await browser.SubmitCodeAsync(wrong);
        var correct = await browser.SubmitCodeAsync(portal.NextCode(account.AuthenticatorKey));

        Assert.Equal(LockedOut, fifth.Error);
        Assert.Equal(HttpStatusCode.BadRequest, correct.Status);
        Assert.Equal(LockedOut, correct.Error);
        Assert.Null(browser.SessionCookie);
        Assert.NotNull((await portal.FindAccountAsync(account.UserName)).LockoutEnd);
    }

    [Fact]
    public async Task Recovery_code_works_only_once()
    {
        var account = await portal.CreateStaffAsync("recovery-once");
        var codes = await RecoveryCodesAsync(account.UserName);
        using var browser = portal.CreateBrowser();
        (await browser.SubmitPasswordAsync(account.UserName, account.Password)).RequireRedirect(CodeStep);
        var first = await browser.SubmitAsync("/staff/login/recovery", ("RecoveryCode", codes[0]));
        var staff = await browser.GetAsync("/staff");
        await browser.SignOutAsync();

        (await browser.SubmitPasswordAsync(account.UserName, account.Password)).RequireRedirect(CodeStep);
        var second = await browser.SubmitAsync("/staff/login/recovery", ("RecoveryCode", codes[0]));

        Assert.Equal("/staff", first.Location);
        Assert.Equal(HttpStatusCode.OK, staff.Status);
        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Equal("恢复码无效或已使用过。", second.Error);
        Assert.Null(browser.SessionCookie);
        Assert.Equal(9, await CountRecoveryCodesAsync(account.UserName));
    }

    private static string OtherCode(string code) =>
        ((int.Parse(code, CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    private Task<List<string>> RecoveryCodesAsync(string userName) => portal.WithScopeAsync(async services =>
    {
        var users = services.GetRequiredService<UserManager<Account>>();
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByNameAsync(userName))!, 10);

        return codes!.ToList();
    });

    private Task<int> CountRecoveryCodesAsync(string userName) => portal.WithScopeAsync(async services =>
    {
        var users = services.GetRequiredService<UserManager<Account>>();

        return await users.CountRecoveryCodesAsync((await users.FindByNameAsync(userName))!);
    });
}

public sealed class SqliteSecondFactorTests(SqliteAccountPortalFixture portal)
    : SecondFactorTests(portal), IClassFixture<SqliteAccountPortalFixture>;

public sealed class PostgresSecondFactorTests(PostgresAccountPortalFixture portal)
    : SecondFactorTests(portal), IClassFixture<PostgresAccountPortalFixture>;
