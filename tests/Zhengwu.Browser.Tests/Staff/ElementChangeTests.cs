using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Zhengwu.Browser.Tests.Pages;
using Zhengwu.Browser.Tests.Pages.PowerList;
using Zhengwu.Browser.Tests.Pages.Staff;
using Zhengwu.Domain.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Zhengwu.Browser.Tests.Staff;

/// <summary>
/// An element change of a licensing item of 兰州市市场监督管理局 taken by three accounts from the draft to
/// publication: the content officer drafts it and opens the request, the department lead submits it, and a reviewer
/// of the city's review office approves it. The public item page then shows the new values, and its history shows the
/// change.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ElementChangeTests(BrowserFixture portal)
{
    private const string Password = "Gaolan#Mountain-Lanzhou7";

    // data/sample publishes the item with neither a promised time limit nor office hours, and no other browser test
    // changes it.
    private const string Item = "特种设备使用登记";
    private const string NoPromise = "未承诺，按法定时限办理";
    private const string NotPublished = "未公布";
    private const string NewPromise = "12个工作日";
    private const string NewHours = "周一至周五 9:00—12:00，13:30—17:30（法定节假日除外）";

    private const string Kind = "要素变更";
    private const string Reason = "名称、承办机构、工作流程、承诺时限、收费依据及标准等要素需调整";
    private const string Explanation = "按市政府关于压缩审批时限的要求，承诺时限由法定20个工作日压缩为12个工作日，并公布窗口办公时间。";
    private const string SubmitOpinion = "同意报审改办审核。";
    private const string ApproveOpinion = "时限压缩符合要求。";

    private static readonly string[] s_changedElements = ["承诺办结时限", "办公时间"];

    [Fact]
    public async Task Element_change_reaches_public_history()
    {
        var officer = new Authenticator(await StaffAccounts.CreateEnrolledAsync(
            portal, "officer5", Password, StaffRole.ContentOfficer, StaffAccounts.MarketDepartment));
        var lead = new Authenticator(await StaffAccounts.CreateEnrolledAsync(
            portal, "lead1", Password, StaffRole.DepartmentLead, StaffAccounts.MarketDepartment));
        var reviewer = new Authenticator(await StaffAccounts.CreateEnrolledAsync(
            portal, "reviewer1", Password, StaffRole.ReviewOfficeReviewer, StaffAccounts.ReviewOffice));

        var (code, requestId) = await DraftAndOpenRequestAsync(officer);
        await SubmitAsync(lead, requestId);

        // A request under review is not public: the item keeps its published values.
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var item = new ItemPage(page);
        await page.GotoAsync($"/power-items/{code}");
        await Expect(item.ElementValue("承诺办结时限")).ToHaveTextAsync(NoPromise);
        await Expect(item.ElementValue("办公时间")).ToHaveTextAsync(NotPublished);
        await Expect(item.HistoryLink).ToHaveCountAsync(0);

        await ApproveAsync(reviewer, requestId);

        await page.ReloadAsync();
        await Expect(item.Heading).ToHaveTextAsync(Item);
        await Expect(item.ElementValue("承诺办结时限")).ToHaveTextAsync(NewPromise);
        await Expect(item.ElementValue("办公时间")).ToHaveTextAsync(NewHours);
        await Expect(item.HistoryLink).ToHaveTextAsync("变更历史（2 个版本）");

        await item.HistoryLink.ClickAsync();
        await page.WaitForAddressAsync($"**/power-items/{code}/history");
        var history = new HistoryPage(page);
        await Expect(history.Heading).ToHaveTextAsync($"{Item}：变更历史");
        await Expect(history.VersionRows.Locator("td").First).ToHaveTextAsync("第 2 版");
        await Expect(history.VersionRows).ToHaveCountAsync(2);
        await Expect(history.VersionCell(2, "变更")).ToHaveTextAsync(Kind);
        await Expect(history.VersionCell(2, "理由")).ToContainTextAsync(Reason);
        await Expect(history.VersionCell(2, "理由").Locator(".source")).ToHaveTextAsync(Explanation);
        await Expect(history.VersionCell(2, "审核机关")).ToHaveTextAsync(StaffAccounts.ReviewOffice);
        await Expect(history.VersionCell(2, "政府审定")).ToBeEmptyAsync();

        // The item was imported before versions were kept, so its imported state becomes version 1.
        await Expect(history.VersionCell(1, "变更")).ToHaveTextAsync("清单初始公布");
        await Expect(history.VersionCell(1, "审核机关")).ToHaveTextAsync("清单导入");

        var differences = history.DifferenceRows("第 1 版 → 第 2 版");
        await Expect(differences.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(s_changedElements);
        await Expect(differences.Locator("td.before")).ToHaveTextAsync(["（无）", "（无）"]);
        await Expect(differences.Locator("td.after")).ToHaveTextAsync([NewPromise, NewHours]);
        await Screenshots.SaveAsync(page, "item-history");
    }

    /// <summary>The content officer drafts the change, opens the request and signs out.</summary>
    private async Task<(string Code, int RequestId)> DraftAndOpenRequestAsync(Authenticator authenticator)
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await StaffSession.SignInAsync(page, "officer5", Password, authenticator);

        var dashboard = new DashboardPage(page);
        await dashboard.OpenDepartmentItemsAsync();
        var items = new DepartmentItemsPage(page);
        var code = await items.CodeOfAsync(Item);
        await items.StartDraftAsync(Item);

        var draft = new DraftPages(page);
        await Expect(draft.Field("承诺办结时限")).ToHaveValueAsync("");
        await Expect(draft.Field("办公时间")).ToHaveValueAsync("");
        await draft.Field("承诺办结时限").FillAsync(NewPromise);
        await draft.Field("办公时间").FillAsync(NewHours);
        await draft.SaveAsync();
        await Expect(draft.Notice).ToHaveTextAsync("已保存为第 2 版。");

        var requestId = await draft.OpenRequestAsync(Kind, Reason, Explanation);
        var request = new ChangeRequestPages(page);
        await Expect(request.Heading).ToHaveTextAsync($"{Kind}申请 {requestId}");
        await Expect(request.Status).ToHaveTextAsync("草稿");
        await Expect(request.Detail("理由")).ToHaveTextAsync(Reason);
        await Expect(request.Detail("说明")).ToHaveTextAsync(Explanation);
        await Expect(request.Detail("涉及依据变化")).ToHaveTextAsync("否");

        // The content officer writes the request, and only the department lead submits or withdraws it.
        await Expect(request.ActionButtons).ToHaveCountAsync(0);
        await dashboard.SignOutAsync();

        return (code, requestId);
    }

    /// <summary>The department lead finds the request waiting on the list, submits it and signs out.</summary>
    private async Task SubmitAsync(Authenticator authenticator, int requestId)
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await StaffSession.SignInAsync(page, "lead1", Password, authenticator);

        var dashboard = new DashboardPage(page);
        await dashboard.OpenChangeRequestsAsync();
        var request = new ChangeRequestPages(page);
        await Expect(request.Heading).ToHaveTextAsync("清单变更申请");
        await Expect(request.WaitingLink(requestId)).ToHaveTextAsync(Item);
        await request.OpenWaitingAsync(requestId);

        await Expect(request.ActionButtons).ToHaveTextAsync(["提交审核", "撤回"]);
        await request.TakeStepAsync("提交审核", SubmitOpinion);
        await Expect(request.Notice).ToHaveTextAsync("已提交审核。");
        await Expect(request.Status).ToHaveTextAsync("审改办审核中");
        await Expect(request.ActionButtons).ToHaveCountAsync(0);
        await dashboard.SignOutAsync();
    }

    /// <summary>The reviewer finds the request waiting, reads the proposed differences, approves it and signs out.</summary>
    private async Task ApproveAsync(Authenticator authenticator, int requestId)
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await StaffSession.SignInAsync(page, "reviewer1", Password, authenticator);

        var dashboard = new DashboardPage(page);
        await dashboard.OpenChangeRequestsAsync();
        var request = new ChangeRequestPages(page);
        await Expect(request.WaitingLink(requestId)).ToHaveTextAsync(Item);
        await request.OpenWaitingAsync(requestId);

        await Expect(request.Status).ToHaveTextAsync("审改办审核中");
        await Expect(request.DifferenceRows.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(s_changedElements);
        await Expect(request.DifferenceRows.Locator("td.before")).ToHaveTextAsync(["（无）", "（无）"]);
        await Expect(request.DifferenceRows.Locator("td.after")).ToHaveTextAsync([NewPromise, NewHours]);
        await Expect(request.ActionButtons).ToHaveTextAsync(["审核通过", "退回"]);
        await Screenshots.SaveAsync(page, "staff-change-request-review");

        await request.TakeStepAsync("审核通过", ApproveOpinion);
        await Expect(request.Notice).ToHaveTextAsync("已审核通过。");
        await Expect(request.Status).ToHaveTextAsync("已发布");
        await Expect(request.Steps).ToHaveTextAsync(
        [
            new Regex("· officer5（内容专员）· 修改 → 草稿$"),
            new Regex($"· lead1（分管领导）· 提交审核 → 审改办审核中：{SubmitOpinion}$"),
            new Regex($"· reviewer1（审改办审核员）· 审核通过 → 已发布：{ApproveOpinion}$"),
        ]);
        await Screenshots.SaveAsync(page, "staff-change-request-published");
        await dashboard.SignOutAsync();
    }
}
