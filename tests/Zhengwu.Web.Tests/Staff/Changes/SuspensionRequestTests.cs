using System.Net;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Web.Tests.Accounts;
using Zhengwu.Web.Tests.Staff.PowerList;

namespace Zhengwu.Web.Tests.Staff.Changes;

/// <summary>
/// A suspension is published when the review office approves it, and the item stays public with all its elements; a
/// resumption is first confirmed by the review office and published in a second step.
/// </summary>
public abstract class SuspensionRequestTests(DraftPortalFixture portal)
{
    private const string ReviewOffice = "兰州市行政审批制度改革工作领导小组办公室";
    private const string SuspensionNotice = "该事项暂停实施，暂不受理申请；以下信息供查阅。";

    [Fact]
    public async Task Suspended_item_is_resumed()
    {
        using var officer = await portal.SignInAsync("suspend-officer", StaffRole.ContentOfficer);
        using var lead = await portal.SignInAsync("suspend-lead", StaffRole.DepartmentLead);
        using var reviewer = await portal.SignInAsync("suspend-reviewer", StaffRole.ReviewOfficeReviewer, ReviewOffice);
        var code = await portal.ItemCodeAsync("药品零售企业经营许可");
        var before = await officer.GetAsync($"/power-items/{code}");
        Assert.Equal("在用", StatusBadge(before));
        Assert.Contains("设定和实施依据", StaticInformation(before));

        var suspension = await ChangePages.OpenAsync(
            officer, await DraftPages.StartFromItemAsync(officer, code), ChangeKind.Suspend, ChangeReason.NoCasesForThreeYears);
        (await ChangePages.FireAsync(lead, suspension, ChangeTrigger.Submit)).RequireRedirect($"/staff/changes/{suspension}?done=Submit");
        Assert.Equal("审改办审核中", await ChangePages.StatusAsync(reviewer, suspension));
        var (suspended, suspendRecords) = await portal.AuditedAsync(() => ChangePages.FireAsync(reviewer, suspension, ChangeTrigger.Approve));
        Assert.Equal(HttpStatusCode.Redirect, suspended.Status);
        Assert.Equal("已发布", await ChangePages.StatusAsync(reviewer, suspension));
        Assert.Equal([AuditActions.ContentPublished], ChangeRecords.Actions(suspendRecords));
        Assert.Equal(PowerItemStatus.Suspended, (await portal.ReadItemAsync(code)).Status);

        var whileSuspended = await officer.GetAsync($"/power-items/{code}");
        Assert.Equal(HttpStatusCode.OK, whileSuspended.Status);
        Assert.Equal("暂停实施", StatusBadge(whileSuspended));
        Assert.Contains(SuspensionNotice, Notices(whileSuspended));
        Assert.Equal(StaticInformation(before), StaticInformation(whileSuspended));

        var resumption = await ChangePages.OpenAsync(
            officer, await DraftPages.StartFromItemAsync(officer, code), ChangeKind.Resume, ChangeReason.ResumedOnNeed);
        (await ChangePages.FireAsync(lead, resumption, ChangeTrigger.Submit)).RequireRedirect($"/staff/changes/{resumption}?done=Submit");
        var confirmedAt = portal.Clock.GetUtcNow();
        var (confirmed, confirmRecords) = await portal.AuditedAsync(() => ChangePages.FireAsync(reviewer, resumption, ChangeTrigger.Approve));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.Status);
        Assert.Equal([AuditActions.ContentChanged], ChangeRecords.Actions(confirmRecords));
        var confirmedPage = await reviewer.GetAsync($"/staff/changes/{resumption}");
        Assert.Equal("审改办终审中", ChangePages.StatusOf(confirmedPage));
        Assert.Equal([nameof(ChangeTrigger.FinalApprove), nameof(ChangeTrigger.Return)], ChangePages.Actions(confirmedPage));
        Assert.Equal(confirmedAt, (await portal.ReadRequestAsync(resumption)).ConfirmedAt);
        Assert.Equal(PowerItemStatus.Suspended, (await portal.ReadItemAsync(code)).Status);

        var (resumed, resumeRecords) = await portal.AuditedAsync(() => ChangePages.FireAsync(reviewer, resumption, ChangeTrigger.FinalApprove));
        Assert.Equal(HttpStatusCode.Redirect, resumed.Status);
        Assert.Equal([AuditActions.ContentPublished], ChangeRecords.Actions(resumeRecords));
        Assert.Equal(PowerItemStatus.InForce, (await portal.ReadItemAsync(code)).Status);

        var after = await officer.GetAsync($"/power-items/{code}");
        Assert.Equal("在用", StatusBadge(after));
        Assert.DoesNotContain(SuspensionNotice, Notices(after));

        var history = await officer.GetAsync($"/power-items/{code}/history");
        var rows = history.Document.QuerySelectorAll("table.versions tbody tr").ToList();
        Assert.Equal(["3", "2", "1"], rows.Select(row => row.GetAttribute("data-version")));
        Assert.Contains("恢复", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("暂停", rows[1].TextContent, StringComparison.Ordinal);
    }

    private static string? StatusBadge(BrowserResponse page) =>
        page.Document.QuerySelector("article.item .item-meta [class*='badge-status-']")?.TextContent;

    private static List<string> Notices(BrowserResponse page) =>
        [.. page.Document.QuerySelectorAll("article.item p.notice").Select(notice => notice.TextContent)];

    /// <summary>Returns every heading, element and basis the item page shows, without its status and notices.</summary>
    private static List<string> StaticInformation(BrowserResponse page) =>
        [.. page.Document.QuerySelectorAll("article.item h2, article.item dt, article.item dd, article.item ol li, article.item p.source")
            .Select(element => element.TextContent.Trim())];
}

public sealed class SqliteSuspensionRequestTests(SqliteDraftPortalFixture portal)
    : SuspensionRequestTests(portal), IClassFixture<SqliteDraftPortalFixture>;

public sealed class PostgresSuspensionRequestTests(PostgresDraftPortalFixture portal)
    : SuspensionRequestTests(portal), IClassFixture<PostgresDraftPortalFixture>;
