using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Zhengwu.Browser.Tests.Pages.PowerList;
using Zhengwu.Browser.Tests.Pages.Staff;
using static Microsoft.Playwright.Assertions;

namespace Zhengwu.Browser.Tests.Staff;

/// <summary>
/// A content officer of 兰州市市场监督管理局, signed in with a password and an authenticator code, edits a draft of a
/// published item. The values come from data/sample/lanzhou-power-items-full.csv.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class DraftEditingTests(BrowserFixture portal)
{
    private const string Password = "Gaolan#Mountain-Lanzhou7";

    // The sample data publishes the item with eight materials and no promised time limit.
    private const string Item = "第三类医疗器械经营许可";
    private const string LastMaterial = "经办人授权文件";
    private const string NoPromise = "未承诺，按法定时限办理";
    private const string NewPromise = "15个工作日";
    private const string NewMaterial = "医疗器械经营质量管理自查报告";

    [Fact]
    public async Task Officer_edits_draft_and_signs_out()
    {
        var authenticator = new Authenticator(await StaffAccounts.CreateEnrolledOfficerAsync(portal, "officer3", Password));
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await StaffSession.SignInAsync(page, "officer3", Password, authenticator);

        var dashboard = new DashboardPage(page);
        await Expect(dashboard.Heading).ToBeVisibleAsync();
        await dashboard.OpenDepartmentItemsAsync();
        var items = new DepartmentItemsPage(page);
        await Expect(items.Heading).ToHaveTextAsync($"{StaffAccounts.MarketDepartment} 的事项");
        var code = await items.CodeOfAsync(Item);
        var draftId = await items.StartDraftAsync(Item);

        var draft = new DraftPages(page);
        await Expect(draft.Heading).ToHaveTextAsync($"事项修改草稿：{Item}");
        await Expect(draft.Field("事项名称")).ToHaveValueAsync(Item);
        await Expect(draft.Field("承诺办结时限")).ToHaveValueAsync("");
        await draft.Field("承诺办结时限").FillAsync(NewPromise);
        await draft.AppendLineAsync("申请材料", NewMaterial);
        await draft.SaveAsync();

        await Expect(draft.Notice).ToHaveTextAsync("已保存为第 2 版。");
        await Expect(draft.Field("承诺办结时限")).ToHaveValueAsync(NewPromise);
        var materials = await draft.Field("申请材料").InputValueAsync();
        Assert.EndsWith($"{LastMaterial}\n{NewMaterial}", materials, StringComparison.Ordinal);
        await Screenshots.SaveAsync(page, "staff-draft-form");

        await draft.OpenPreviewAsync();
        var item = new ItemPage(page);
        await Expect(draft.PreviewNotice).ToContainTextAsync("第 2 版");
        await Expect(item.Heading).ToHaveTextAsync(Item);
        await Expect(item.ElementValue("承诺办结时限")).ToHaveTextAsync(NewPromise);
        await Expect(item.Materials).ToHaveCountAsync(9);
        await Expect(item.Materials.Last).ToHaveTextAsync(NewMaterial);
        await Screenshots.SaveAsync(page, "staff-draft-preview");

        // Drafts are never public: the published item keeps its values.
        await page.GotoAsync($"/power-items/{code}");
        await Expect(item.Heading).ToHaveTextAsync(Item);
        await Expect(item.ElementValue("承诺办结时限")).ToHaveTextAsync(NoPromise);
        await Expect(item.Materials).ToHaveCountAsync(8);
        await Expect(item.Materials.Last).ToHaveTextAsync(LastMaterial);

        var session = await StaffSession.CopyCookieAsync(context);
        await dashboard.SignOutAsync();

        await using var replay = await portal.NewContextAsync();
        await replay.AddCookiesAsync([session]);
        var replayPage = await replay.NewPageAsync();
        await new DraftPages(replayPage).GotoAsync(draftId);
        await Expect(replayPage).ToHaveURLAsync(StaffSession.LoginAddress);
        await Expect(new StaffLoginPages(replayPage).Heading).ToHaveTextAsync("工作人员登录");
        await Expect(replayPage.GetByText(Item)).ToHaveCountAsync(0);
        await Expect(replayPage.GetByText(NewMaterial)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Draft_form_fits_phone_width()
    {
        var authenticator = new Authenticator(await StaffAccounts.CreateEnrolledOfficerAsync(portal, "officer4", Password));
        await using var context = await portal.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await StaffSession.SignInAsync(page, "officer4", Password, authenticator);

        await new DashboardPage(page).OpenDepartmentItemsAsync();
        await new DepartmentItemsPage(page).StartDraftAsync("食品经营许可");
        var draft = new DraftPages(page);
        await Expect(draft.Heading).ToHaveTextAsync("事项修改草稿：食品经营许可");
        await Screenshots.SaveAsync(page, "staff-draft-form-phone");
        await ExpectNoSidewaysScrollAsync(page);

        await Expect(draft.SaveButton).Not.ToBeInViewportAsync();
        await draft.SaveButton.ScrollIntoViewIfNeededAsync();
        await Expect(draft.SaveButton).ToBeInViewportAsync(new() { Ratio = 1 });

        // A rejected value is reported next to its field and read out with it.
        await draft.Field("承诺办结时限").FillAsync("尽快");
        await draft.SaveRejectedAsync();
        await Expect(draft.Field("承诺办结时限")).ToHaveAccessibleDescriptionAsync(new Regex("无法识别承诺办结时限“尽快”"));
        await Expect(draft.Field("承诺办结时限")).ToHaveAttributeAsync("aria-invalid", "true");
        await ExpectNoSidewaysScrollAsync(page);

        await draft.Field("承诺办结时限").FillAsync("10个工作日");
        await draft.SaveAsync();
        await Expect(draft.Notice).ToHaveTextAsync("已保存为第 2 版。");
    }

    private static async Task ExpectNoSidewaysScrollAsync(IPage page)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth");
        var innerWidth = await page.EvaluateAsync<int>("window.innerWidth");
        Assert.True(
            scrollWidth <= innerWidth + 1,
            $"The page is {scrollWidth} px wide in a {innerWidth} px viewport, so it scrolls sideways.");
    }
}
