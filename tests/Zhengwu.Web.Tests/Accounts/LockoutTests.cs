using System.Net;
using Zhengwu.TestSupport;

namespace Zhengwu.Web.Tests.Accounts;

/// <summary>
/// Five wrong passwords in a row lock a staff account for 30 minutes. ASP.NET Core Identity counts failures in
/// AccessFailedCount, sets LockoutEnd from the system clock and resets the count to 0 when it locks.
/// </summary>
public abstract class LockoutTests(AccountPortalFixture portal)
{
    private const string WrongPassword = "用户名或密码错误。连续失败5次后账户将锁定30分钟。";
    private const string LockedOut = "连续登录失败次数过多，账户已锁定30分钟。";

    [Fact]
    public async Task Five_wrong_passwords_lock_account()
    {
        var account = await portal.CreateStaffAsync("five-failures");
        using var browser = portal.CreateBrowser();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var response = await browser.SubmitPasswordAsync(account.UserName, "Wrong#Password" + attempt);
            Assert.Equal(HttpStatusCode.BadRequest, response.Status);
            Assert.Equal(WrongPassword, response.Error);
            var stored = await portal.FindAccountAsync(account.UserName);
            Assert.Equal(attempt, stored.AccessFailedCount);
            Assert.Null(stored.LockoutEnd);
        }

        var lockedAt = DateTimeOffset.UtcNow;
        var fifth = await browser.SubmitPasswordAsync(account.UserName, "Wrong#Password5");
        var locked = await portal.FindAccountAsync(account.UserName);

        Assert.Equal(LockedOut, fifth.Error);
        Assert.Equal(0, locked.AccessFailedCount);
        Assert.NotNull(locked.LockoutEnd);
        Assert.InRange(locked.LockoutEnd.Value, lockedAt.AddMinutes(30), lockedAt.AddMinutes(31));
    }

    [Fact]
    public async Task Locked_account_refuses_correct_password()
    {
        var account = await portal.CreateStaffAsync("locked-correct");
        using var browser = portal.CreateBrowser();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await browser.SubmitPasswordAsync(account.UserName, "Wrong#Password" + attempt);
        }

        var sixth = await browser.SubmitPasswordAsync(account.UserName, account.Password);
        var codePage = await browser.GetAsync("/staff/login/code");

        Assert.Equal(HttpStatusCode.BadRequest, sixth.Status);
        Assert.Equal(LockedOut, sixth.Error);
        Assert.Null(browser.CookieValue(StaffBrowser.TwoFactorCookieName));
        Assert.Equal("/staff/login?message=expired", codePage.Location);
    }

    [Fact]
    public async Task Correct_code_resets_failure_count()
    {
        var account = await portal.CreateStaffAsync("reset-count");
        using var browser = portal.CreateBrowser();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await browser.SubmitPasswordAsync(account.UserName, "Wrong#Password" + attempt);
        }

        await browser.SignInAsync(account, portal.NextCode(account.AuthenticatorKey));
        var stored = await portal.FindAccountAsync(account.UserName);

        Assert.Equal(0, stored.AccessFailedCount);
        Assert.Null(stored.LockoutEnd);
    }

    /// <summary>A different message for unknown user names would tell an attacker which accounts exist.</summary>
    [Fact]
    public async Task Unknown_user_gets_same_message()
    {
        var account = await portal.CreateStaffAsync("known-user");
        using var browser = portal.CreateBrowser();

        var known = await browser.SubmitPasswordAsync(account.UserName, "Wrong#Password1");
        var unknown = await browser.SubmitPasswordAsync("no-such-user", "Wrong#Password1");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Equal(known.Error, unknown.Error);
    }
}

public sealed class SqliteLockoutTests(SqliteAccountPortalFixture portal)
    : LockoutTests(portal), IClassFixture<SqliteAccountPortalFixture>;

public sealed class PostgresLockoutTests(PostgresAccountPortalFixture portal)
    : LockoutTests(portal), IClassFixture<PostgresAccountPortalFixture>;
