using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList.Changes;
using Zhengwu.Web.Tests.Staff.Changes;
using Zhengwu.Web.Tests.Staff.PowerList;

namespace Zhengwu.Web.Tests.DutyList;

/// <summary>
/// A department's duty list goes from the content officer's draft through the lead's submission to the review
/// office of its level, whose approval publishes a version that the public page lists with its difference.
/// </summary>
public abstract class DutyListWorkflowTests(DraftPortalFixture portal)
{
    private const string ReviewOffice = "兰州市行政审批制度改革工作领导小组办公室";
    private const string LegalOffice = "兰州市人民政府法制办公室";

    // The portal keeps one duty-list draft per department, so each test works in its own department.
    private const string Education = "兰州市教育局";
    private const string Development = "兰州市发展和改革委员会";
    private const string Market = "负责市场综合监督管理。";
    private const string Food = "负责食品安全监督管理综合协调。";
    private const string FoodLaw = "《中华人民共和国食品安全法》第三十五条";
    private const string Coordination = "统筹协调食品安全工作";
    private const string CoordinationLaw = "《中华人民共和国食品安全法》第五条";

    [Fact]
    public async Task Published_duty_list_appears_in_change_log_and_feed()
    {
        const string CivilAffairs = "兰州市民政局";
        const string Duty = "负责社会救助、社会福利和社会事务管理。";
        var departmentId = await portal.DepartmentIdAsync(CivilAffairs);
        using var officer = await portal.SignInAsync("duty-log-officer", StaffRole.ContentOfficer, CivilAffairs);
        using var lead = await portal.SignInAsync("duty-log-lead", StaffRole.DepartmentLead, CivilAffairs);
        using var reviewer = await portal.SignInAsync("duty-log-reviewer", StaffRole.ReviewOfficeReviewer, ReviewOffice);

        var draft = await DutyListPages.StartAsync(officer);
        (await DutyListPages.EditAsync(officer, draft, ("Rows[0].Position", "1"), ("Rows[0].Content", Duty)))
            .RequireRedirect($"/staff/duty-list/drafts/{draft}?saved=1");
        var request = await DutyListPages.OpenRequestAsync(officer, draft, nameof(ChangeReason.ResponsibilitiesChanged), "公布职责清单");
        (await ChangePages.FireAsync(lead, request, ChangeTrigger.Submit)).RequireRedirect($"/staff/changes/{request}?done=Submit");
        (await ChangePages.FireAsync(reviewer, request, ChangeTrigger.Approve)).RequireRedirect($"/staff/changes/{request}?done=Approve");
        var log = await officer.GetAsync($"/changes?department={departmentId}");
        var feed = await officer.GetAsync($"/changes.atom?department={departmentId}");

        var row = Assert.Single(log.Document.QuerySelectorAll("table.changes tbody tr"));
        var link = row.QuerySelector("a")!;
        Assert.Equal("兰州市民政局职责清单", link.TextContent);
        Assert.Equal($"/duty-list/departments/{departmentId}?to=1", link.GetAttribute("href"));
        Assert.Contains("要素变更", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(ReviewOffice, row.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, feed.Status);
        Assert.Contains("要素变更：兰州市民政局职责清单", feed.Html, StringComparison.Ordinal);
        Assert.Contains($"/duty-list/departments/{departmentId}?to=1", feed.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duty_list_versions_publish_with_history()
    {
        var code = await portal.ItemCodeAsync("食品经营许可");
        var departmentId = await portal.DepartmentIdAsync(DraftPortalFixture.MarketDepartment);
        using var officer = await portal.SignInAsync("duty-flow-officer", StaffRole.ContentOfficer);
        using var lead = await portal.SignInAsync("duty-flow-lead", StaffRole.DepartmentLead);
        using var reviewer = await portal.SignInAsync("duty-flow-reviewer", StaffRole.ReviewOfficeReviewer, ReviewOffice);
        var licensing = $"食品经营许可审批｜{FoodLaw}｜{code}";

        var before = await officer.GetAsync($"/duty-list/departments/{departmentId}");
        var firstDraft = await DutyListPages.StartAsync(officer);
        (await DutyListPages.EditAsync(officer, firstDraft,
            ("Rows[0].Position", "1"), ("Rows[0].Content", Market), ("Rows[0].WorkItemsText", licensing),
            ("Rows[1].Position", "2"), ("Rows[1].Content", Food))).RequireRedirect($"/staff/duty-list/drafts/{firstDraft}?saved=1");
        var first = await DutyListPages.OpenRequestAsync(officer, firstDraft, nameof(ChangeReason.ResponsibilitiesChanged), "首次公布职责清单");
        (await ChangePages.FireAsync(lead, first, ChangeTrigger.Submit)).RequireRedirect($"/staff/changes/{first}?done=Submit");
        (await ChangePages.FireAsync(reviewer, first, ChangeTrigger.Approve)).RequireRedirect($"/staff/changes/{first}?done=Approve");
        var published = await officer.GetAsync($"/duty-list/departments/{departmentId}");

        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.Equal("本部门尚未公布职责清单。", before.Document.QuerySelector("p.empty")?.TextContent);
        Assert.Equal([Market, Food], published.Document.QuerySelectorAll("li.duty .duty-content").Select(duty => duty.TextContent));
        Assert.Equal(code, published.Document.QuerySelector("li.duty .work-powers a")?.TextContent);
        Assert.Equal(["1"], published.Document.QuerySelectorAll("table.versions tbody tr").Select(row => row.GetAttribute("data-version")));
        var version = published.Document.QuerySelector("table.versions tbody tr")!.TextContent;
        Assert.Contains("要素变更", version, StringComparison.Ordinal);
        Assert.Contains("责任事项、部门职责发生变更", version, StringComparison.Ordinal);
        Assert.Contains(ReviewOffice, version, StringComparison.Ordinal);
        Assert.Equal(
            [
                ("主要职责 1", "（无）", Market),
                ("主要职责 1 · 工作事项 1", "（无）", $"食品经营许可审批（依据：{FoodLaw}；相关权力事项：{code}）"),
                ("主要职责 2", "（无）", Food),
            ],
            DutyListPages.DiffRows(published));
        Assert.False(await DraftExistsAsync(firstDraft));

        // The second change swaps the duties and adds a work item; the reviewer returns it once for its basis.
        var secondDraft = await DutyListPages.StartAsync(officer);
        var copied = await officer.GetAsync($"/staff/duty-list/drafts/{secondDraft}");
        Assert.Equal(Market, DraftPages.ValueOf(copied, "Rows[0].Content"));
        Assert.Equal(licensing, DraftPages.ValueOf(copied, "Rows[0].WorkItemsText"));
        (await DutyListPages.SaveAsync(officer, secondDraft, copied,
            ("Rows[0].Position", "2"), ("Rows[1].Position", "1"), ("Rows[1].WorkItemsText", Coordination)))
            .RequireRedirect($"/staff/duty-list/drafts/{secondDraft}?saved=1");
        var second = await DutyListPages.OpenRequestAsync(officer, secondDraft, nameof(ChangeReason.ResponsibilitiesChanged), "职能调整");
        (await ChangePages.FireAsync(lead, second, ChangeTrigger.Submit)).RequireRedirect($"/staff/changes/{second}?done=Submit");
        var ownApproval = await ChangePages.FireAsync(lead, second, ChangeTrigger.Approve);
        var locked = await DutyListPages.EditAsync(officer, secondDraft, ("Rows[0].Content", "审核期间的修改"));
        var proposal = await reviewer.GetAsync($"/staff/changes/{second}");
        var queue = await reviewer.GetAsync("/staff/changes");
        var returned = await ChangePages.FireAsync(reviewer, second, ChangeTrigger.Return, ("Opinion", "请补充统筹协调工作的依据"));
        (await DutyListPages.EditAsync(officer, secondDraft, ("Rows[0].WorkItemsText", $"{Coordination}｜{CoordinationLaw}")))
            .RequireRedirect($"/staff/duty-list/drafts/{secondDraft}?saved=1");
        (await ChangePages.FireAsync(lead, second, ChangeTrigger.Submit)).RequireRedirect($"/staff/changes/{second}?done=Submit");
        (await ChangePages.FireAsync(reviewer, second, ChangeTrigger.Approve)).RequireRedirect($"/staff/changes/{second}?done=Approve");
        var history = await officer.GetAsync($"/duty-list/departments/{departmentId}");

        Assert.Equal(HttpStatusCode.Forbidden, ownApproval.Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, locked.Status);
        Assert.Contains($"职责清单草稿已随变更申请 {second} 提交", locked.Html, StringComparison.Ordinal);
        Assert.Equal(
            [("主要职责 1", Market, Food), ("主要职责 1 · 工作事项 1", $"食品经营许可审批（依据：{FoodLaw}；相关权力事项：{code}）", Coordination),
             ("主要职责 2", Food, Market), ("主要职责 2 · 工作事项 1", "（无）", $"食品经营许可审批（依据：{FoodLaw}；相关权力事项：{code}）")],
            DutyListPages.DiffRows(proposal));
        Assert.Equal("职责清单", queue.Document.QuerySelector($"a[href='/staff/changes/{second}']")?.TextContent);
        Assert.Equal($"/duty-list/departments/{departmentId}", proposal.Document.QuerySelector(".change-subject a")?.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.Redirect, returned.Status);
        Assert.Equal([Food, Market], history.Document.QuerySelectorAll("li.duty .duty-content").Select(duty => duty.TextContent));
        Assert.Equal(["2", "1"], history.Document.QuerySelectorAll("table.versions tbody tr").Select(row => row.GetAttribute("data-version")));
        Assert.Contains("职能调整", history.Document.QuerySelector("table.versions tbody tr")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            [
                ("主要职责 1", Market, Food),
                ("主要职责 1 · 工作事项 1", $"食品经营许可审批（依据：{FoodLaw}；相关权力事项：{code}）", $"{Coordination}（依据：{CoordinationLaw}）"),
                ("主要职责 2", Food, Market),
                ("主要职责 2 · 工作事项 1", "（无）", $"食品经营许可审批（依据：{FoodLaw}；相关权力事项：{code}）"),
            ],
            DutyListPages.DiffRows(history));
        var firstOnly = await officer.GetAsync($"/duty-list/departments/{departmentId}?from=1&to=1");
        Assert.Empty(DutyListPages.DiffRows(firstOnly));
        Assert.True(await VersionsIntactAsync(departmentId));
        Assert.Equal(
            [AuditActions.ContentChanged, AuditActions.ContentChanged, AuditActions.AccessDenied, AuditActions.ContentChanged,
             AuditActions.ContentChanged, AuditActions.ContentPublished],
            await ActionsAsync(ChangeRequests.RequestObject, second));
    }

    [Fact]
    public async Task Other_department_draft_is_not_found()
    {
        using var officer = await portal.SignInAsync("duty-scope-officer", StaffRole.ContentOfficer, Education);
        using var stranger = await portal.SignInAsync("duty-scope-stranger", StaffRole.ContentOfficer, DraftPortalFixture.MarketDepartment);
        using var reviewer = await portal.SignInAsync("duty-scope-reviewer", StaffRole.ReviewOfficeReviewer, ReviewOffice);
        var draft = await DutyListPages.StartAsync(officer);
        var page = await officer.GetAsync($"/staff/duty-list/drafts/{draft}");
        var token = (await stranger.GetAsync("/staff")).FormToken!;

        var read = await stranger.GetAsync($"/staff/duty-list/drafts/{draft}");
        var write = await stranger.PostAsync(
            $"/staff/duty-list/drafts/{draft}",
            ("Version", "1"), ("Rows[0].Content", "越权写入"), (DraftPages.TokenField, token));
        var open = await stranger.PostAsync(
            $"/staff/duty-list/drafts/{draft}?handler=OpenRequest",
            ("Reason", nameof(ChangeReason.ResponsibilitiesChanged)), (DraftPages.TokenField, token));
        var reviewerRead = await reviewer.GetAsync($"/staff/duty-list/drafts/{draft}");
        var own = await DutyListPages.StartAsync(stranger);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(HttpStatusCode.NotFound, read.Status);
        Assert.Equal(HttpStatusCode.NotFound, write.Status);
        Assert.Equal(HttpStatusCode.NotFound, open.Status);
        Assert.Equal(HttpStatusCode.Forbidden, reviewerRead.Status);
        Assert.NotEqual(draft, own);
        Assert.Equal(
            [AuditActions.ContentChanged, AuditActions.AccessDenied, AuditActions.AccessDenied, AuditActions.AccessDenied],
            await ActionsAsync("duty-list-draft", draft));
        Assert.Empty((await portal.WithScopeAsync(services => services.GetRequiredService<ZhengwuDbContext>().DutyListDrafts
            .AsNoTracking().SingleAsync(stored => stored.Id == draft))).Elements.Duties);
    }

    [Fact]
    public async Task Concurrent_save_names_other_editor()
    {
        using var first = await portal.SignInAsync("duty-race-first", StaffRole.ContentOfficer, Development);
        using var second = await portal.SignInAsync("duty-race-second", StaffRole.ContentOfficer, Development);
        var draft = await DutyListPages.StartAsync(first);
        var firstPage = await first.GetAsync($"/staff/duty-list/drafts/{draft}");
        var secondPage = await second.GetAsync($"/staff/duty-list/drafts/{draft}");
        var savedAt = portal.Clock.GetUtcNow();

        var saved = await DutyListPages.SaveAsync(first, draft, firstPage, ("Rows[0].Content", Market));
        var stale = await DutyListPages.SaveAsync(second, draft, secondPage, ("Rows[0].Content", Food));
        var stored = await portal.WithScopeAsync(services => services.GetRequiredService<ZhengwuDbContext>().DutyListDrafts
            .AsNoTracking().SingleAsync(stored => stored.Id == draft));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        var conflict = stale.Document.QuerySelector(".conflict")?.TextContent ?? "";
        var chinaTime = savedAt.UtcDateTime.AddHours(8).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        Assert.Contains($"duty-race-first 于 {chinaTime} 保存了第 2 版", conflict, StringComparison.Ordinal);
        Assert.Contains(Market, conflict, StringComparison.Ordinal);
        Assert.Equal(Food, stale.Document.QuerySelector("textarea[name='Rows[0].Content']")?.TextContent);
        Assert.Equal(2, stored.Version);
        Assert.Equal([Market], stored.Elements.Duties.Select(duty => duty.Content));
    }

    [Fact]
    public async Task Bad_duty_rows_are_rejected()
    {
        var otherCode = (await portal.OtherItemCodesAsync(LegalOffice)).First();
        using var officer = await portal.SignInAsync("duty-bad-officer", StaffRole.ContentOfficer, LegalOffice);
        var draft = await DutyListPages.StartAsync(officer);

        var rejected = await DutyListPages.EditAsync(officer, draft,
            ("Rows[0].Position", "甲"), ("Rows[0].Content", Market), ("Rows[0].WorkItemsText", $"｜{FoodLaw}\n检查｜｜{otherCode}\n抽检｜a｜b｜c"),
            ("Rows[1].WorkItemsText", "只有工作事项｜依据｜620100-XX"));
        var empty = await officer.SubmitAsync(
            $"/staff/duty-list/drafts/{draft}?handler=OpenRequest",
            ("Reason", nameof(ChangeReason.ResponsibilitiesChanged)));
        var problems = DraftPages.Problems(rejected);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, rejected.Status);
        Assert.Equal(
            [
                "第 1 行主要职责的序号“甲”无效，请填写 1 或更大的整数，按序号从小到大排列。",
                $"第 1 行第 1 项工作事项“｜{FoodLaw}”缺少名称，请在第一个“｜”前写出工作事项名称。",
                "第 1 行第 3 项工作事项“抽检｜a｜b｜c”分隔符“｜”多于两个，请写成“名称｜依据｜事项编码”。",
                "第 2 行填写了工作事项但缺少主要职责，请写明该项职责（如“负责市场综合监督管理”），或删除该行。",
                "第 2 行第 1 项工作事项的权力事项编码“620100-XX”格式不正确，请填写 15 位事项编码，如 620100-XK-00001。",
                $"权力事项编码“{otherCode}”不是本部门的公开事项，请核对编码，或删除该编码。",
            ],
            problems);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.Status);
        Assert.Contains("职责清单草稿中还没有主要职责", empty.Html, StringComparison.Ordinal);
        var stored = await portal.WithScopeAsync(services => services.GetRequiredService<ZhengwuDbContext>().DutyListDrafts
            .AsNoTracking().SingleAsync(stored => stored.Id == draft));
        Assert.Equal(1, stored.Version);
        Assert.Empty(stored.Elements.Duties);
    }

    private Task<bool> DraftExistsAsync(int id) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().DutyListDrafts.AnyAsync(draft => draft.Id == id));

    private Task<bool> VersionsIntactAsync(int departmentId) => portal.WithScopeAsync(async services =>
    {
        var versions = await services.GetRequiredService<ZhengwuDbContext>().DutyListVersions.AsNoTracking()
            .Where(version => version.DepartmentId == departmentId)
            .ToListAsync();

        return versions.Count == 2 && versions.All(version => version.IsIntact());
    });

    private Task<List<string>> ActionsAsync(string objectType, int id) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().AuditRecords.AsNoTracking()
            .Where(record => record.ObjectType == objectType && record.ObjectId == id.ToString(CultureInfo.InvariantCulture))
            .OrderBy(record => record.Id)
            .Select(record => record.Action)
            .ToListAsync());
}

public sealed class SqliteDutyListWorkflowTests(SqliteDraftPortalFixture portal)
    : DutyListWorkflowTests(portal), IClassFixture<SqliteDraftPortalFixture>;

public sealed class PostgresDutyListWorkflowTests(PostgresDraftPortalFixture portal)
    : DutyListWorkflowTests(portal), IClassFixture<PostgresDraftPortalFixture>;
