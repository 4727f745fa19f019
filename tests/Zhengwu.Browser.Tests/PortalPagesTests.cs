using Microsoft.Playwright;
using Zhengwu.Browser.Tests.Pages;
using Zhengwu.Browser.Tests.Pages.PowerList;
using static Microsoft.Playwright.Assertions;

namespace Zhengwu.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class PortalPagesTests(BrowserFixture portal)
{
    [Fact]
    public async Task Home_shows_sections_and_notice()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var home = new HomePage(page);

        await home.GotoAsync();

        await Expect(home.SectionHeading("阳光政务")).ToBeVisibleAsync();
        await Expect(home.SectionHeading("行政审批")).ToBeVisibleAsync();
        await Expect(home.SectionHeading("便民服务")).ToBeVisibleAsync();
        await Expect(home.SampleDataNotice).ToContainTextAsync("不是兰州市官方公布的权责清单");
        await Screenshots.SaveAsync(page, "home");
    }

    [Fact]
    public async Task Browsing_reaches_food_business_licence()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var home = new HomePage(page);
        var powerList = new PowerListPages(page);
        var item = new ItemPage(page);

        await home.GotoAsync();
        await home.OpenPowerListAsync();
        await powerList.OpenRegionAsync("兰州市");
        await Expect(powerList.Heading).ToHaveTextAsync("兰州市权责清单");
        await Screenshots.SaveAsync(page, "region-departments");

        await powerList.OpenDepartmentAsync("兰州市市场监督管理局");
        await Screenshots.SaveAsync(page, "department");
        await Expect(powerList.Heading).ToHaveTextAsync("兰州市市场监督管理局");

        await powerList.FilterByTypeAsync("行政许可");
        await Screenshots.SaveAsync(page, "department-licensing-items");
        await powerList.OpenItemAsync("食品经营许可");

        await Expect(item.Heading).ToHaveTextAsync("食品经营许可");
        await Expect(item.Code).ToBeVisibleAsync();
        await Expect(item.LegalBasesHeading).ToBeVisibleAsync();
        await Expect(item.LegalBasisTitle("《中华人民共和国食品安全法》")).ToBeVisibleAsync();
        await Expect(item.IncompleteNotice).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Incomplete_item_shows_basis_and_notice()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var item = new ItemPage(page);

        await OpenSearchResultAsync(page, "食品经营许可");

        await Expect(item.Heading).ToHaveTextAsync("食品经营许可");
        await Expect(item.Code).ToBeVisibleAsync();
        await Expect(item.LegalBasesHeading).ToBeVisibleAsync();
        await Expect(item.LegalBasisTitle("《中华人民共和国食品安全法》")).ToBeVisibleAsync();
        await Expect(item.IncompleteNotice).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "item-food-business-licence");
    }

    [Fact]
    public async Task Full_item_shows_flowchart_and_limit()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var item = new ItemPage(page);

        await OpenSearchResultAsync(page, "医疗机构设置审批");

        await Expect(item.Heading).ToHaveTextAsync("医疗机构设置审批");
        await Expect(item.FlowchartSteps).ToHaveTextAsync(["第1步 申请", "第2步 受理", "第3步 审查", "第4步 决定", "第5步 送达"]);
        await Expect(item.ElementValue("法定办结时限")).ToContainTextAsync("30个工作日");
        await Expect(item.IncompleteNotice).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "item-medical-institution");
    }

    [Fact]
    public async Task Search_highlights_matching_terms()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var search = new SearchPage(page);

        await search.GotoAsync();
        await search.SearchAsync("食品");

        await Expect(search.ResultCount).ToContainTextAsync("找到");
        await Expect(search.Highlights.First).ToHaveTextAsync("食品");
        await Expect(search.ResultLinks.First).ToContainTextAsync("食品");
        await Expect(search.ResultLinks.First.Locator("mark")).ToHaveTextAsync("食品");
        await Screenshots.SaveAsync(page, "search-food");
    }

    [Fact]
    public async Task Search_ranks_synonym_match_first()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var search = new SearchPage(page);

        await search.GotoAsync();
        await search.SearchAsync("营业执照");

        await Expect(search.ResultLinks.First).ToHaveTextAsync("对未经设立登记从事经营活动的处罚");
    }

    [Fact]
    public async Task Search_works_without_JavaScript()
    {
        await using var context = await portal.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        var search = new SearchPage(page);
        var item = new ItemPage(page);

        await search.GotoAsync();
        await search.SearchAsync("食品");
        await Expect(search.ResultLinks.First).ToContainTextAsync("食品");
        await search.OpenResultAsync("食品经营许可");

        await Expect(item.Heading).ToHaveTextAsync("食品经营许可");
    }

    [Fact]
    public async Task Item_page_fits_phone_width()
    {
        await using var context = await portal.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 667 } });
        var page = await context.NewPageAsync();

        await OpenSearchResultAsync(page, "医疗机构设置审批");
        var scrollWidth = await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth");
        var innerWidth = await page.EvaluateAsync<int>("window.innerWidth");
        await Screenshots.SaveAsync(page, "item-medical-institution-phone");

        Assert.True(
            scrollWidth <= innerWidth + 1,
            $"The page is {scrollWidth} px wide in a {innerWidth} px viewport, so it scrolls sideways.");
    }

    private static async Task OpenSearchResultAsync(IPage page, string name)
    {
        var search = new SearchPage(page);
        await search.GotoAsync();
        await search.SearchAsync(name);
        await search.OpenResultAsync(name);
    }
}
