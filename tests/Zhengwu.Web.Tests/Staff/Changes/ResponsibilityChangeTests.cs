using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Web.Tests.Accounts;
using Zhengwu.Web.Tests.Staff.PowerList;

namespace Zhengwu.Web.Tests.Staff.Changes;

/// <summary>
/// Responsibility items are edited in the draft form (added in blank rows, reordered by 序号, removed by the 删除
/// box), travel through an element change and reach the public history as one difference row per item.
/// </summary>
public abstract class ResponsibilityChangeTests(DraftPortalFixture portal)
{
    private const string ReviewOffice = "兰州市行政审批制度改革工作领导小组办公室";
    private const string Accept = "依法受理或者不予受理申请，并一次性告知需要补正的材料。";
    private const string Review = "对申请材料进行审查，需要核查的组织现场核查。";
    private const string AcceptRevised = "当场受理材料齐全的申请。";
    private const string Decide = "作出准予或者不予许可的书面决定。";

    [Fact]
    public async Task Responsibility_edits_publish_with_history()
    {
        var code = await portal.ItemCodeAsync("食品经营许可");
        using var officer = await portal.SignInAsync("duty-resp-officer", StaffRole.ContentOfficer);
        using var lead = await portal.SignInAsync("duty-resp-lead", StaffRole.DepartmentLead);
        using var reviewer = await portal.SignInAsync("duty-resp-reviewer", StaffRole.ReviewOfficeReviewer, ReviewOffice);

        await PublishAsync(officer, lead, reviewer, code,
            ("ResponsibilityPositions[0]", "1"),
            ("Elements.Responsibilities[0].Name", "受理责任"),
            ("Elements.Responsibilities[0].Content", Accept),
            ("ResponsibilityPositions[1]", "2"),
            ("Elements.Responsibilities[1].Name", "审查责任"),
            ("Elements.Responsibilities[1].Content", Review));
        var first = await ResponsibilitiesAsync(code);
        var firstHistory = await officer.GetAsync($"/power-items/{code}/history?to=2");

        Assert.Equal([("受理责任", Accept, 1), ("审查责任", Review, 2)], first.Select(r => (r.Name, r.Content, r.SortOrder)));
        Assert.Equal(
            [
                ("责任事项：受理责任", "（无）", Accept),
                ("责任事项：审查责任", "（无）", Review),
                ("责任事项顺序", "（无）", "受理责任、审查责任"),
            ],
            DiffRows(firstHistory));

        // The second change moves 受理责任 to position 2, removes 审查责任 and adds 决定责任 at position 1.
        await PublishAsync(officer, lead, reviewer, code,
            ("ResponsibilityPositions[0]", "2"),
            ("Elements.Responsibilities[0].Content", AcceptRevised),
            ("RemovedResponsibilities", "1"),
            ("ResponsibilityPositions[2]", "1"),
            ("Elements.Responsibilities[2].Name", "决定责任"),
            ("Elements.Responsibilities[2].Content", Decide));
        var second = await ResponsibilitiesAsync(code);
        var secondHistory = await officer.GetAsync($"/power-items/{code}/history");

        Assert.Equal([("决定责任", Decide, 1), ("受理责任", AcceptRevised, 2)], second.Select(r => (r.Name, r.Content, r.SortOrder)));
        Assert.Equal(first[0].Id, second.Single(r => r.Name == "受理责任").Id);
        Assert.Equal(
            [
                ("责任事项：决定责任", "（无）", Decide),
                ("责任事项：受理责任", Accept, AcceptRevised),
                ("责任事项顺序", "受理责任、审查责任", "决定责任、受理责任"),
                ("责任事项：审查责任", Review, "（无）"),
            ],
            DiffRows(secondHistory));
        Assert.Equal(["3", "2", "1"], secondHistory.Document.QuerySelectorAll("table.versions tbody tr").Select(row => row.GetAttribute("data-version")));
        var item = await officer.GetAsync($"/power-items/{code}");
        Assert.Contains(Decide, item.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(Review, item.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_responsibility_rows_are_rejected()
    {
        var code = await portal.ItemCodeAsync("食品生产许可");
        using var officer = await portal.SignInAsync("duty-resp-bad", StaffRole.ContentOfficer);
        var draftId = await DraftPages.StartFromItemAsync(officer, code);

        var badPosition = await DraftPages.EditAsync(officer, draftId,
            ("ResponsibilityPositions[0]", "第二"),
            ("Elements.Responsibilities[0].Name", "受理责任"),
            ("Elements.Responsibilities[0].Content", Accept));
        var noName = await DraftPages.EditAsync(officer, draftId,
            ("Elements.Responsibilities[0].Content", Accept),
            ("ResponsibilityPositions[1]", "2"),
            ("Elements.Responsibilities[1].Name", "审查责任"));
        var draft = await portal.ReadDraftAsync(draftId);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, badPosition.Status);
        Assert.Contains("第 1 行责任事项的序号“第二”无效，请填写 1 或更大的整数", badPosition.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noName.Status);
        Assert.Contains("第 1 条责任事项缺少名称", noName.Html, StringComparison.Ordinal);
        Assert.Contains("第 2 条责任事项“审查责任”缺少内容", noName.Html, StringComparison.Ordinal);
        Assert.Equal(1, draft!.Version);
        Assert.Empty(draft.Elements.Responsibilities ?? []);
    }

    [Fact]
    public async Task Stale_responsibility_save_names_editor()
    {
        var code = await portal.ItemCodeAsync("药品零售企业经营许可");
        using var first = await portal.SignInAsync("duty-resp-first", StaffRole.ContentOfficer);
        using var second = await portal.SignInAsync("duty-resp-second", StaffRole.ContentOfficer);
        var draftId = await DraftPages.StartFromItemAsync(first, code);
        var firstPage = await first.GetAsync($"/staff/drafts/{draftId}");
        var secondPage = await second.GetAsync($"/staff/drafts/{draftId}");
        var savedAt = portal.Clock.GetUtcNow();

        var saved = await DraftPages.SaveAsync(first, draftId, firstPage,
            ("Elements.Responsibilities[0].Name", "受理责任"), ("Elements.Responsibilities[0].Content", Accept));
        var stale = await DraftPages.SaveAsync(second, draftId, secondPage,
            ("Elements.Responsibilities[0].Name", "审查责任"), ("Elements.Responsibilities[0].Content", Review));
        var draft = await portal.ReadDraftAsync(draftId);

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        var chinaTime = savedAt.UtcDateTime.AddHours(8).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var summary = stale.Document.QuerySelector(".error-summary.conflict")?.TextContent ?? "";
        Assert.Contains($"duty-resp-first 于 {chinaTime} 保存了第 2 版", summary, StringComparison.Ordinal);
        Assert.Contains("与您不同的要素：责任事项", summary, StringComparison.Ordinal);
        Assert.Equal($"对方保存的责任事项：受理责任：{Accept}", stale.Document.QuerySelector("fieldset.responsibilities .conflict-value")?.TextContent);
        Assert.Equal("审查责任", DraftPages.ValueOf(stale, "Elements.Responsibilities[0].Name"));
        Assert.Equal(2, draft!.Version);
        Assert.Equal([("受理责任", Accept)], draft.Elements.Responsibilities!.Select(r => (r.Name, r.Content)));
    }

    private static async Task PublishAsync(
        StaffBrowser officer,
        StaffBrowser lead,
        StaffBrowser reviewer,
        string code,
        params (string Name, string Value)[] change)
    {
        var id = await ChangePages.SubmitElementChangeAsync(officer, lead, code, ChangeReason.ResponsibilitiesChanged, change);
        (await ChangePages.FireAsync(reviewer, id, ChangeTrigger.Approve)).RequireRedirect($"/staff/changes/{id}?done=Approve");
    }

    private static List<(string Label, string Before, string After)> DiffRows(BrowserResponse page) =>
        [.. page.Document.QuerySelectorAll("table.diff tbody tr").Select(row => (
            row.GetAttribute("data-label") ?? "",
            row.QuerySelector(".before")?.TextContent ?? "",
            row.QuerySelector(".after")?.TextContent ?? ""))];

    private Task<List<ResponsibilityItem>> ResponsibilitiesAsync(string code) => portal.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<ZhengwuDbContext>();
        var itemId = await db.PowerItems.Where(item => item.Code == code).Select(item => item.Id).SingleAsync();

        return await db.ResponsibilityItems.AsNoTracking()
            .Where(responsibility => responsibility.PowerItemId == itemId)
            .OrderBy(responsibility => responsibility.SortOrder)
            .ToListAsync();
    });
}

public sealed class SqliteResponsibilityChangeTests(SqliteDraftPortalFixture portal)
    : ResponsibilityChangeTests(portal), IClassFixture<SqliteDraftPortalFixture>;

public sealed class PostgresResponsibilityChangeTests(PostgresDraftPortalFixture portal)
    : ResponsibilityChangeTests(portal), IClassFixture<PostgresDraftPortalFixture>;
