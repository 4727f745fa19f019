using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.TestSupport;

namespace Zhengwu.Web.Tests.Accounts;

/// <summary>
/// The steps between a correct password and a session: a one-time, reset or expired password must be changed
/// first, an account without an authenticator enrolls one, and only a code opens the session.
/// </summary>
public abstract class FirstSignInTests(AccountPortalFixture portal)
{
    private const string ChangeStep = "/staff/login/change-password";
    private const string EnrollStep = "/staff/login/enroll";
    private const string CodeStep = "/staff/login/code";
    private const string Expired = "/staff/login?message=expired";
    private const string LoginChallenge = "https://localhost/staff/login?ReturnUrl=%2Fstaff";
    private const string HistoryRule = "新密码不能与最近5次使用过的密码相同。";
    private const string NewPassword = "Lz#2026Gansu!x";

    [Fact]
    public async Task Administrator_first_sign_in_completes()
    {
        var oneTime = await BootstrapAsync("sysadmin");
        using var browser = portal.CreateBrowser();

        var login = await browser.SubmitPasswordAsync("sysadmin", oneTime);
        var staffBeforeChange = await browser.GetAsync("/staff");
        var codeBeforeChange = await browser.GetAsync(CodeStep);
        var changed = await browser.ChangePasswordAsync(oneTime, NewPassword);
        var changedAt = portal.Clock.GetUtcNow();

        Assert.Equal(HttpStatusCode.Redirect, login.Status);
        Assert.Equal(ChangeStep, login.Location);
        Assert.Equal(LoginChallenge, staffBeforeChange.Location);
        Assert.Equal(ChangeStep, codeBeforeChange.Location);
        Assert.Equal(EnrollStep, changed.Location);
        await EnrollAndOpenStaffAsync(browser, "sysadmin");

        var account = await portal.FindAccountAsync("sysadmin");
        Assert.False(account.MustChangePassword);
        Assert.True(account.TwoFactorEnabled);
        Assert.Equal(changedAt.ToUnixTimeSeconds(), account.PasswordChangedAt.ToUnixTimeSeconds());
        using var other = portal.CreateBrowser();
        var oneTimeAgain = await other.SubmitPasswordAsync("sysadmin", oneTime);
        Assert.Equal(HttpStatusCode.BadRequest, oneTimeAgain.Status);
    }

    [Theory]
    [InlineData("Lz#2026Gans", "Lz#2026Gans", "密码至少需要12个字符，当前为11个。")]
    [InlineData("lzriver20261", "lzriver20261", "密码需包含大写字母、小写字母、数字、符号中的至少三类。")]
    [InlineData("Password123!", "Password123!", "该密码属于常见密码，容易被猜中，请另选。")]
    [InlineData(AccountPortalFixture.StaffPassword, AccountPortalFixture.StaffPassword, HistoryRule)]
    [InlineData(NewPassword, "Lz#2026Gansu!y", "两次输入的新密码不一致。")]
    public async Task Change_password_rejects_weak_choices(string newPassword, string confirm, string error)
    {
        var account = await portal.CreateStaffAsync($"weak-{Guid.NewGuid():N}"[..20]);
        await portal.UpdateAccountAsync(account.UserName, entry => entry.MustChangePassword = true);
        using var browser = portal.CreateBrowser();
        (await browser.SubmitPasswordAsync(account.UserName, account.Password)).RequireRedirect(ChangeStep);

        var response = await browser.ChangePasswordAsync(account.Password, newPassword, confirm);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal([error], response.Document.QuerySelectorAll(".error-summary li").Select(item => item.TextContent));
        var stored = await portal.FindAccountAsync(account.UserName);
        Assert.True(stored.MustChangePassword);
        Assert.True(await PasswordMatchesAsync(account.UserName, account.Password));
        Assert.Equal(ChangeStep, (await browser.GetAsync(CodeStep)).Location);
    }

    [Fact]
    public async Task Change_password_needs_current_password()
    {
        var account = await portal.CreateStaffAsync("wrong-current");
        await portal.UpdateAccountAsync(account.UserName, entry => entry.MustChangePassword = true);
        using var browser = portal.CreateBrowser();
        (await browser.SubmitPasswordAsync(account.UserName, account.Password)).RequireRedirect(ChangeStep);

        var response = await browser.ChangePasswordAsync("Not-the-password-1", NewPassword);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["当前密码不正确。"], response.Document.QuerySelectorAll(".error-summary li").Select(item => item.TextContent));
        Assert.True(await PasswordMatchesAsync(account.UserName, account.Password));
    }

    [Fact]
    public async Task Password_step_alone_opens_no_session()
    {
        var account = await portal.CreateStaffAsync("password-only");
        using var browser = portal.CreateBrowser();

        var login = await browser.SubmitPasswordAsync(account.UserName, account.Password);
        var staff = await browser.GetAsync("/staff");
        var enroll = await browser.GetAsync(EnrollStep);

        Assert.Equal(CodeStep, login.Location);
        Assert.NotNull(browser.CookieValue(StaffBrowser.TwoFactorCookieName));
        Assert.Null(browser.SessionCookie);
        Assert.Equal(LoginChallenge, staff.Location);
        Assert.Equal(Expired, enroll.Location);
    }

    /// <summary>
    /// A password alone must not change the password, because anyone who learned it could then lock the owner out and,
    /// through the new security stamp, end the owner's sessions.
    /// </summary>
    [Fact]
    public async Task Password_change_rejected_when_not_due()
    {
        var account = await portal.CreateStaffAsync("change-not-due");
        using var browser = portal.CreateBrowser();
        (await browser.SubmitPasswordAsync(account.UserName, account.Password)).RequireRedirect(CodeStep);

        var page = await browser.GetAsync(ChangeStep);
        var codePage = await browser.GetAsync(CodeStep);
        await browser.PostAsync(
            ChangeStep,
            ("CurrentPassword", account.Password),
            ("NewPassword", NewPassword),
            ("ConfirmPassword", NewPassword),
            ("__RequestVerificationToken", codePage.FormToken!));

        Assert.True(await PasswordMatchesAsync(account.UserName, account.Password));
        Assert.Equal(CodeStep, page.Location);
    }

    [Fact]
    public async Task Expired_password_is_changed_before_code()
    {
        var account = await portal.CreateStaffAsync("expired-password");
        await portal.UpdateAccountAsync(account.UserName, entry => entry.PasswordChangedAt = portal.Clock.GetUtcNow().AddDays(-91));
        using var browser = portal.CreateBrowser();

        var login = await browser.SubmitPasswordAsync(account.UserName, account.Password);
        var codeBeforeChange = await browser.GetAsync(CodeStep);
        var changePage = await browser.GetAsync(ChangeStep);
        var changed = await browser.ChangePasswordAsync(account.Password, NewPassword);
        var code = await browser.SubmitCodeAsync(portal.NextCode(account.AuthenticatorKey));

        Assert.Equal(ChangeStep, login.Location);
        Assert.Equal(ChangeStep, codeBeforeChange.Location);
        Assert.Contains("密码已超过有效期，请设置新密码。", changePage.Html, StringComparison.Ordinal);
        Assert.Equal(CodeStep, changed.Location);
        Assert.Equal("/staff", code.Location);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/staff")).Status);
    }

    [Fact]
    public async Task Password_of_89_days_needs_no_change()
    {
        var account = await portal.CreateStaffAsync("recent-password");
        await portal.UpdateAccountAsync(account.UserName, entry => entry.PasswordChangedAt = portal.Clock.GetUtcNow().AddDays(-89));
        using var browser = portal.CreateBrowser();

        var login = await browser.SubmitPasswordAsync(account.UserName, account.Password);

        Assert.Equal(CodeStep, login.Location);
    }

    [Fact]
    public async Task Last_five_passwords_are_rejected()
    {
        var account = await portal.CreateStaffAsync("password-history");
        string[] passwords = [account.Password, .. Enumerable.Range(1, 6).Select(index => $"Huanghe#Bridge{2026 + index}")];
        for (var index = 1; index < passwords.Length; index++)
        {
            portal.Clock.Advance(TimeSpan.FromMinutes(1));
            await ChangeThroughServiceAsync(account.UserName, passwords[index - 1], passwords[index]);
        }

        await portal.UpdateAccountAsync(account.UserName, entry => entry.PasswordChangedAt = portal.Clock.GetUtcNow().AddDays(-91));
        using var browser = portal.CreateBrowser();
        (await browser.SubmitPasswordAsync(account.UserName, passwords[6])).RequireRedirect(ChangeStep);

        for (var index = 2; index <= 6; index++)
        {
            var refused = await browser.ChangePasswordAsync(passwords[6], passwords[index]);
            Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
            Assert.Equal([HistoryRule], refused.Document.QuerySelectorAll(".error-summary li").Select(item => item.TextContent));
        }

        var oldest = await browser.ChangePasswordAsync(passwords[6], passwords[0]);
        Assert.Equal(CodeStep, oldest.Location);
    }

    [Fact]
    public async Task Reset_keeps_second_factor_and_key()
    {
        var account = await portal.CreateStaffAsync("reset-password");
        var oneTime = await ResetThroughServiceAsync(account.UserName);
        var afterReset = await portal.FindAccountAsync(account.UserName);
        using var browser = portal.CreateBrowser();
        using var other = portal.CreateBrowser();

        var oldPassword = await other.SubmitPasswordAsync(account.UserName, account.Password);
        var login = await browser.SubmitPasswordAsync(account.UserName, oneTime);
        var codeBeforeChange = await browser.GetAsync(CodeStep);
        var changed = await browser.ChangePasswordAsync(oneTime, NewPassword);
        var enroll = await browser.GetAsync(EnrollStep);
        var code = await browser.SubmitCodeAsync(portal.NextCode(account.AuthenticatorKey));

        Assert.True(afterReset.MustChangePassword);
        Assert.True(afterReset.TwoFactorEnabled);
        Assert.Equal(account.AuthenticatorKey, await AuthenticatorKeyAsync(account.UserName));
        Assert.Equal(HttpStatusCode.BadRequest, oldPassword.Status);
        Assert.Equal(ChangeStep, login.Location);
        Assert.Equal(ChangeStep, codeBeforeChange.Location);
        Assert.Equal(CodeStep, changed.Location);
        Assert.Equal(Expired, enroll.Location);
        Assert.Equal("/staff", code.Location);
    }

    private async Task EnrollAndOpenStaffAsync(StaffBrowser browser, string userName)
    {
        var enrollPage = await browser.GetAsync(EnrollStep);
        var key = enrollPage.Document.QuerySelector("code.secret")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        var wrong = await browser.SubmitAsync(EnrollStep, ("Code", AccountPortalFixture.CodeAt(key, portal.Clock.GetUtcNow().AddMinutes(-2))));
        var enrolled = await browser.SubmitAsync(EnrollStep, ("Code", portal.NextCode(key)));
        var staff = await browser.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.OK, enrollPage.Status);
        Assert.Equal(32, key.Length);
        Assert.NotNull(enrollPage.Document.QuerySelector(".qr-code svg"));
        Assert.Equal(key, await AuthenticatorKeyAsync(userName));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Equal(HttpStatusCode.OK, enrolled.Status);
        var codes = enrolled.Document.QuerySelectorAll(".recovery-codes li").Select(item => item.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.NotNull(browser.SessionCookie);
        Assert.Equal(HttpStatusCode.OK, staff.Status);
        Assert.Contains("系统管理员", staff.Document.QuerySelector("main p")!.TextContent, StringComparison.Ordinal);
    }

    private Task<string> BootstrapAsync(string userName) => portal.WithScopeAsync(async services =>
    {
        var (created, error) = await services.GetRequiredService<AdministratorBootstrap>().RunAsync();

        return error is null ? created.Single(entry => entry.UserName == userName).Password : throw new InvalidOperationException(error);
    });

    private Task<bool> ChangeThroughServiceAsync(string userName, string current, string next) => portal.WithScopeAsync(async services =>
    {
        var account = await services.GetRequiredService<UserManager<Account>>().FindByNameAsync(userName);
        var result = await services.GetRequiredService<AccountPasswords>().ChangeAsync(account!, current, next);

        return result.Succeeded ? true : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(error => error.Description)));
    });

    private Task<string> ResetThroughServiceAsync(string userName) => portal.WithScopeAsync(async services =>
    {
        var account = await services.GetRequiredService<UserManager<Account>>().FindByNameAsync(userName);
        var (result, password) = await services.GetRequiredService<AccountPasswords>().ResetAsync(account!);

        return result.Succeeded ? password : throw new InvalidOperationException("The reset failed.");
    });

    private Task<string?> AuthenticatorKeyAsync(string userName) => portal.WithScopeAsync(async services =>
    {
        var users = services.GetRequiredService<UserManager<Account>>();

        return await users.GetAuthenticatorKeyAsync((await users.FindByNameAsync(userName))!);
    });

    private Task<bool> PasswordMatchesAsync(string userName, string password) => portal.WithScopeAsync(async services =>
    {
        var users = services.GetRequiredService<UserManager<Account>>();

        return await users.CheckPasswordAsync((await users.FindByNameAsync(userName))!, password);
    });
}

public sealed class SqliteFirstSignInTests(SqliteAccountPortalFixture portal)
    : FirstSignInTests(portal), IClassFixture<SqliteAccountPortalFixture>;

public sealed class PostgresFirstSignInTests(PostgresAccountPortalFixture portal)
    : FirstSignInTests(portal), IClassFixture<PostgresAccountPortalFixture>;
