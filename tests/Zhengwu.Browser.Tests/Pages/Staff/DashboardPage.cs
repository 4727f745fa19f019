using Microsoft.Playwright;

namespace Zhengwu.Browser.Tests.Pages.Staff;

/// <summary>The staff dashboard 工作台 at /staff and the sign-out button in the page header.</summary>
public sealed class DashboardPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "工作台", Exact = true, Level = 1 });

    /// <summary>The line under the heading with the display name, role and department.</summary>
    public ILocator Holder => page.GetByRole(AriaRole.Main).GetByText(" · ");

    public async Task GotoAsync() => await page.GotoAsync("/staff");

    public async Task OpenFromNavigationAsync() =>
        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" })
            .GetByRole(AriaRole.Link, new() { Name = "工作台", Exact = true })
            .ClickAsync();

    /// <summary>Follows the dashboard link 本部门事项 to the department's items.</summary>
    public async Task OpenDepartmentItemsAsync()
    {
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "本部门事项", Exact = true }).ClickAsync();
        await page.WaitForAddressAsync("**/staff/power-items");
    }

    /// <summary>Follows the dashboard link 清单变更申请 to the change requests.</summary>
    public async Task OpenChangeRequestsAsync()
    {
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "清单变更申请", Exact = true }).ClickAsync();
        await page.WaitForAddressAsync("**/staff/changes");
    }

    /// <summary>Clicks 退出 in the header, which posts the sign-out form, and waits for the login page.</summary>
    public async Task SignOutAsync()
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" })
            .GetByRole(AriaRole.Button, new() { Name = "退出", Exact = true })
            .ClickAsync();
        await page.WaitForAddressAsync("**/staff/login?message=signed-out");
    }
}
