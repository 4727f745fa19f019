using Microsoft.Playwright;

namespace Zhengwu.Browser.Tests.Pages.Staff;

/// <summary>
/// The steps of a staff sign-in: password at /staff/login, then a new password, authenticator enrolment or an
/// authenticator code, as the account requires.
/// </summary>
public sealed class StaffLoginPages(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Error => page.GetByRole(AriaRole.Alert);

    /// <summary>The authenticator key on the enrolment page, in groups of four characters.</summary>
    public ILocator AuthenticatorKey => page.Locator("code.secret");

    public ILocator RecoveryCodes => page.Locator("ul.recovery-codes li");

    public async Task GotoAsync() => await page.GotoAsync("/staff/login");

    public async Task SubmitPasswordAsync(string userName, string password)
    {
        await page.GetByLabel("用户名", new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
    }

    public async Task ChangePasswordAsync(string currentPassword, string newPassword)
    {
        await page.WaitForAddressAsync("**/staff/login/change-password");
        await page.GetByLabel("当前密码", new() { Exact = true }).FillAsync(currentPassword);
        await page.GetByLabel("新密码", new() { Exact = true }).FillAsync(newPassword);
        await page.GetByLabel("再次输入新密码", new() { Exact = true }).FillAsync(newPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "保存新密码" }).ClickAsync();
    }

    /// <summary>Returns the authenticator key shown on the enrolment page, without its spaces.</summary>
    public async Task<string> ReadAuthenticatorKeyAsync()
    {
        await page.WaitForAddressAsync("**/staff/login/enroll");
        var key = await AuthenticatorKey.TextContentAsync() ?? "";

        return key.Replace(" ", "", StringComparison.Ordinal);
    }

    public async Task EnrollAsync(string code)
    {
        await page.GetByLabel("验证器显示的6位验证码", new() { Exact = true }).FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "绑定并登录" }).ClickAsync();
    }

    public async Task SubmitCodeAsync(string code)
    {
        await page.WaitForAddressAsync("**/staff/login/code");
        await page.GetByLabel("动态验证码", new() { Exact = true }).FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
    }
}
