using Zhengwu.Browser.Tests.Pages.Staff;
using static Microsoft.Playwright.Assertions;

namespace Zhengwu.Browser.Tests.Staff;

/// <summary>Staff sign-in in Chromium with passwords and authenticator codes, from the first sign-in to sign-out.</summary>
[Collection(SharedBrowser.Name)]
public sealed class StaffSignInTests(BrowserFixture portal)
{
    private const string OneTimePassword = "Yellow-River-Temp-2026";
    private const string NewPassword = "Baita#Mountain-Lanzhou9";

    [Fact]
    public async Task First_sign_in_enrolls_and_signs_out()
    {
        await StaffAccounts.CreateNewOfficerAsync(portal, "officer1", OneTimePassword);
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var login = new StaffLoginPages(page);

        await login.GotoAsync();
        await Screenshots.SaveAsync(page, "staff-login");
        await login.SubmitPasswordAsync("officer1", OneTimePassword);
        await login.ChangePasswordAsync(OneTimePassword, NewPassword);
        var authenticator = new Authenticator(await login.ReadAuthenticatorKeyAsync());
        await Screenshots.SaveAsync(page, "staff-enroll");
        await login.EnrollAsync(await authenticator.NextCodeAsync());

        await Expect(login.Heading).ToHaveTextAsync("保存恢复码");
        await Expect(login.RecoveryCodes).Not.ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "staff-recovery-codes");

        var dashboard = new DashboardPage(page);
        await dashboard.OpenFromNavigationAsync();
        await ExpectOfficerDashboardAsync(dashboard);
        await Screenshots.SaveAsync(page, "staff-dashboard");

        var session = await StaffSession.CopyCookieAsync(context);
        await dashboard.SignOutAsync();

        await using var replay = await portal.NewContextAsync();
        await replay.AddCookiesAsync([session]);
        Assert.Contains(await replay.CookiesAsync(), cookie => cookie.Name == StaffSession.CookieName);
        var replayPage = await replay.NewPageAsync();
        await new DashboardPage(replayPage).GotoAsync();
        await Expect(replayPage).ToHaveURLAsync(StaffSession.LoginAddress);

        var secondLogin = new StaffLoginPages(replayPage);
        await secondLogin.SubmitPasswordAsync("officer1", NewPassword);
        await secondLogin.SubmitCodeAsync(await authenticator.NextCodeAsync());
        await ExpectOfficerDashboardAsync(new DashboardPage(replayPage));
    }

    [Fact]
    public async Task Wrong_code_starts_no_session()
    {
        var key = await StaffAccounts.CreateEnrolledOfficerAsync(portal, "officer2", NewPassword);
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var login = new StaffLoginPages(page);

        await login.GotoAsync();
        await login.SubmitPasswordAsync("officer2", NewPassword);
        await login.SubmitCodeAsync(new Authenticator(key).WrongCode());

        await Expect(login.Error).ToHaveTextAsync("验证码错误、已过期或已使用过，请输入验证器当前显示的验证码。");
        Assert.DoesNotContain(await context.CookiesAsync(), cookie => cookie.Name == StaffSession.CookieName);
        await new DashboardPage(page).GotoAsync();
        await Expect(page).ToHaveURLAsync(StaffSession.LoginAddress);
    }

    private static async Task ExpectOfficerDashboardAsync(DashboardPage dashboard)
    {
        await Expect(dashboard.Heading).ToBeVisibleAsync();
        await Expect(dashboard.Holder).ToContainTextAsync("内容专员");
        await Expect(dashboard.Holder).ToContainTextAsync(StaffAccounts.MarketDepartment);
    }
}
