using System.Net;
using Zhengwu.TestSupport;

namespace Zhengwu.Web.Tests.Accounts;

/// <summary>
/// Staff sessions: cookie attributes, a new cookie at each sign-in, sign-out and disabling that end every copy
/// of the session, the 20-minute idle timeout and the 8-hour absolute lifetime, measured on the fake clock.
/// </summary>
public abstract class SessionTests(AccountPortalFixture portal)
{
    private const string LoginChallenge = "https://localhost/staff/login?ReturnUrl=%2Fstaff";

    [Fact]
    public async Task Session_cookie_has_host_attributes()
    {
        var account = await portal.CreateStaffAsync("cookie-attributes");
        using var browser = portal.CreateBrowser();
        (await browser.SubmitPasswordAsync(account.UserName, account.Password)).RequireRedirect("/staff/login/code");

        var signIn = await browser.SubmitCodeAsync(portal.NextCode(account.AuthenticatorKey));

        var header = signIn.SetCookie(StaffBrowser.SessionCookieName);
        Assert.NotNull(header);
        var attributes = header.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(part => part.ToLowerInvariant()).ToList();
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain(attributes, attribute => attribute.StartsWith("domain=", StringComparison.Ordinal));
        Assert.DoesNotContain(attributes, attribute => attribute.StartsWith("expires=", StringComparison.Ordinal));
        Assert.DoesNotContain(attributes, attribute => attribute.StartsWith("max-age=", StringComparison.Ordinal));
        Assert.Null(browser.CookieValue(StaffBrowser.TwoFactorCookieName));
    }

    [Fact]
    public async Task Each_sign_in_gets_new_cookie()
    {
        var account = await portal.CreateStaffAsync("new-session-id");
        using var browser = portal.CreateBrowser();

        await browser.SignInAsync(account, portal.NextCode(account.AuthenticatorKey));
        var first = browser.SessionCookie;
        await browser.SignOutAsync();
        await browser.SignInAsync(account, portal.NextCode(account.AuthenticatorKey));
        var second = browser.SessionCookie;

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Sign_out_ends_copied_cookie()
    {
        var account = await portal.CreateStaffAsync("copied-cookie");
        using var browser = portal.CreateBrowser();
        using var thief = portal.CreateBrowser();
        await browser.SignInAsync(account, portal.NextCode(account.AuthenticatorKey));
        thief.SetSessionCookie(browser.SessionCookie!);
        var beforeSignOut = await thief.GetAsync("/staff");

        var signOut = await browser.SignOutAsync();
        var owner = await browser.GetAsync("/staff");
        var afterSignOut = await thief.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.OK, beforeSignOut.Status);
        Assert.Equal("/staff/login?message=signed-out", signOut.Location);
        Assert.Null(browser.SessionCookie);
        Assert.Equal(LoginChallenge, owner.Location);
        Assert.Equal(LoginChallenge, afterSignOut.Location);
    }

    [Fact]
    public async Task Sign_out_ends_other_sessions()
    {
        var account = await portal.CreateStaffAsync("two-sessions");
        using var office = portal.CreateBrowser();
        using var laptop = portal.CreateBrowser();
        await office.SignInAsync(account, portal.NextCode(account.AuthenticatorKey));
        await laptop.SignInAsync(account, portal.NextCode(account.AuthenticatorKey));
        var laptopBefore = await laptop.GetAsync("/staff");

        await office.SignOutAsync();
        var laptopAfter = await laptop.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.OK, laptopBefore.Status);
        Assert.Equal(LoginChallenge, laptopAfter.Location);
    }

    [Fact]
    public async Task Disabling_account_ends_its_session()
    {
        var account = await portal.CreateStaffAsync("disabled-account");
        using var browser = portal.CreateBrowser();
        using var secondBrowser = portal.CreateBrowser();
        await browser.SignInAsync(account, portal.NextCode(account.AuthenticatorKey));
        var before = await browser.GetAsync("/staff");

        await portal.UpdateAccountAsync(account.UserName, entry => entry.IsDisabled = true);
        var after = await browser.GetAsync("/staff");
        var signIn = await secondBrowser.SubmitPasswordAsync(account.UserName, account.Password);

        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.Equal(LoginChallenge, after.Location);
        Assert.Equal(HttpStatusCode.BadRequest, signIn.Status);
        Assert.Equal("用户名或密码错误。连续失败5次后账户将锁定30分钟。", signIn.Error);
        Assert.Null(secondBrowser.CookieValue(StaffBrowser.TwoFactorCookieName));
    }

    [Fact]
    public async Task Idle_session_ends_after_twenty_minutes()
    {
        var account = await portal.CreateStaffAsync("idle-session");
        using var browser = portal.CreateBrowser();
        await browser.SignInAsync(account, portal.NextCode(account.AuthenticatorKey));

        portal.Clock.Advance(TimeSpan.FromMinutes(19));
        var afterNineteen = await browser.GetAsync("/staff");
        portal.Clock.Advance(TimeSpan.FromMinutes(21));
        var afterTwentyOneIdle = await browser.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.OK, afterNineteen.Status);
        Assert.Equal(LoginChallenge, afterTwentyOneIdle.Location);
    }

    [Fact]
    public async Task Active_session_ends_after_eight_hours()
    {
        var account = await portal.CreateStaffAsync("absolute-session");
        using var browser = portal.CreateBrowser();
        await browser.SignInAsync(account, portal.NextCode(account.AuthenticatorKey));
        portal.Clock.Advance(TimeSpan.FromMinutes(5));

        var statuses = new List<HttpStatusCode>();
        for (var minute = 5; minute <= 475; minute += 10)
        {
            statuses.Add((await browser.GetAsync("/staff")).Status);
            portal.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        var at485 = await browser.GetAsync("/staff");

        Assert.Equal(48, statuses.Count);
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(LoginChallenge, at485.Location);
    }

    [Fact]
    public async Task Login_post_without_token_is_rejected()
    {
        var account = await portal.CreateStaffAsync("csrf-login");
        using var browser = portal.CreateBrowser();
        await browser.GetAsync("/staff/login");

        var correct = await browser.PostAsync("/staff/login", ("UserName", account.UserName), ("Password", account.Password));
        var wrong = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            wrong.Add((await browser.PostAsync("/staff/login", ("UserName", account.UserName), ("Password", "Wrong#Password1"))).Status);
        }

        var stored = await portal.FindAccountAsync(account.UserName);
        Assert.Equal(HttpStatusCode.BadRequest, correct.Status);
        Assert.All(wrong, status => Assert.Equal(HttpStatusCode.BadRequest, status));
        Assert.Null(browser.CookieValue(StaffBrowser.TwoFactorCookieName));
        Assert.Equal(0, stored.AccessFailedCount);
        Assert.Null(stored.LockoutEnd);
    }

    [Fact]
    public async Task Logout_post_without_token_is_rejected()
    {
        var account = await portal.CreateStaffAsync("csrf-logout");
        using var browser = portal.CreateBrowser();
        await browser.SignInAsync(account, portal.NextCode(account.AuthenticatorKey));
        var stampBefore = (await portal.FindAccountAsync(account.UserName)).SecurityStamp;

        var logout = await browser.PostAsync("/staff/logout");
        var staff = await browser.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.BadRequest, logout.Status);
        Assert.Equal(HttpStatusCode.OK, staff.Status);
        Assert.Equal(stampBefore, (await portal.FindAccountAsync(account.UserName)).SecurityStamp);
    }

    [Fact]
    public async Task Staff_pages_are_not_cached()
    {
        var account = await portal.CreateStaffAsync("no-store");
        using var browser = portal.CreateBrowser();
        await browser.SignInAsync(account, portal.NextCode(account.AuthenticatorKey));

        var staff = await browser.GetAsync("/staff");

        Assert.Contains("no-store", staff.CacheControl, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/power-list")]
    [InlineData("/power-items/620100-XK-00064")]
    [InlineData("/search?q=%E9%A3%9F%E5%93%81")]
    public async Task Public_pages_need_no_sign_in(string path)
    {
        using var browser = portal.CreateBrowser();

        var page = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["首页", "权责清单", "事项检索", "咨询投诉", "登录", "工作人员登录"], NavigationLabels(page));
        Assert.Equal("/staff/login", page.Document.QuerySelector("nav a[href='/staff/login']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Layout_shows_workbench_when_signed_in()
    {
        var account = await portal.CreateStaffAsync("layout-signed-in");
        using var browser = portal.CreateBrowser();
        await browser.SignInAsync(account, portal.NextCode(account.AuthenticatorKey));

        var page = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["首页", "权责清单", "事项检索", "咨询投诉", "工作台", "退出"], NavigationLabels(page));
        Assert.Equal("/staff/logout", page.Document.QuerySelector("nav form")?.GetAttribute("action"));
        Assert.NotNull(page.Document.QuerySelector("nav form input[name=__RequestVerificationToken]"));
    }

    private static List<string> NavigationLabels(BrowserResponse page) =>
        [.. page.Document.QuerySelectorAll("nav li").Select(item => item.TextContent.Trim())];
}

public sealed class SqliteSessionTests(SqliteAccountPortalFixture portal)
    : SessionTests(portal), IClassFixture<SqliteAccountPortalFixture>;

public sealed class PostgresSessionTests(PostgresAccountPortalFixture portal)
    : SessionTests(portal), IClassFixture<PostgresAccountPortalFixture>;
