using Microsoft.Playwright;
using Zhengwu.Browser.Tests.Pages.Staff;
using Zhengwu.Domain.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Zhengwu.Browser.Tests.Staff;

/// <summary>The service center administrator keeps the working calendar in Chromium: next year, a day, a refused day.</summary>
[Collection(SharedBrowser.Name)]
public sealed class CalendarTests(BrowserFixture portal)
{
    private const string Password = "Zhongshan#Bridge-1909";

    [Fact]
    public async Task Service_center_adds_next_year_and_enters_a_day()
    {
        var key = await StaffAccounts.CreateEnrolledAsync(portal, "zhongxin1", Password, StaffRole.ServiceCenterAdministrator, "兰州市政务服务中心");
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var login = new StaffLoginPages(page);
        await login.GotoAsync();
        await login.SubmitPasswordAsync("zhongxin1", Password);
        await login.SubmitCodeAsync(await new Authenticator(key).NextCodeAsync());
        await Expect(new DashboardPage(page).Heading).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "staff-dashboard-service-center");

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "工作日历", Exact = true }).ClickAsync();
        await Expect(page.Locator("table.calendar-years tr[data-year='2026'] .status")).ToHaveTextAsync("已生效");
        await Screenshots.SaveAsync(page, "staff-calendar");
        await page.GetByLabel("年份", new() { Exact = true }).FillAsync("2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加年份" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "2027 年工作日历", Level = 1 })).ToBeVisibleAsync();

        await FillDayAsync(page, "2027-02-06", "法定节假日", "春节");
        await Expect(page.Locator("table.special-days tr[data-date='2027-02-06'] .weekday")).ToHaveTextAsync("星期六");
        await FillDayAsync(page, "2027-02-10", "调休上班", "春节");

        await Expect(page.Locator(".error-summary li")).ToHaveTextAsync("日期 2027-02-10 是星期三，本来就是工作日：调休上班日必须是星期六或星期日。");
        await Expect(page.GetByLabel("日期", new() { Exact = true })).ToHaveValueAsync("2027-02-10");
        await Screenshots.SaveAsync(page, "staff-calendar-year");
    }

    private static async Task FillDayAsync(IPage page, string date, string kind, string name)
    {
        await page.GetByLabel("日期", new() { Exact = true }).FillAsync(date);
        await page.GetByLabel("类型", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = kind });
        await page.GetByLabel("节日", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("依据（通知文号）", new() { Exact = true }).FillAsync("国办发明电〔2026〕9号");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加日期" }).ClickAsync();
    }
}
