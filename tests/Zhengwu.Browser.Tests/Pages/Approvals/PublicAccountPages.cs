using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Zhengwu.Browser.Tests.Pages.Approvals;

/// <summary>Registration of a public account at /account/register and the code page that follows it.</summary>
public sealed class PublicAccountPages(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>The masked address on the code page that the code was sent to.</summary>
    public ILocator SentTo => page.Locator(".sent-to strong");

    /// <summary>Fills the registration form for a person verified by phone and requests the code.</summary>
    public async Task RegisterPersonAsync(string name, string idNumber, string phone, string password)
    {
        await page.GotoAsync("/account/register");
        await page.GetByLabel("个人", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("姓名或单位名称", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("身份证号码（个人）或统一社会信用代码（法人）", new() { Exact = true }).FillAsync(idNumber);
        await page.GetByLabel("手机短信", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("手机号码或电子邮箱", new() { Exact = true }).FillAsync(phone);
        await page.GetByLabel("密码（至少8个字符，不能是常见密码）", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "获取验证码", Exact = true }).ClickAsync();
        await page.WaitForAddressAsync("**/account/verify**");
    }

    /// <summary>Enters the code on the code page and waits for the account page.</summary>
    public async Task ConfirmAsync(string code)
    {
        await page.GetByLabel("6位验证码", new() { Exact = true }).FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "完成注册", Exact = true }).ClickAsync();
        await page.WaitForAddressAsync(new Regex(@"^https?://[^/]+/account(\?.*)?$"));
    }
}
