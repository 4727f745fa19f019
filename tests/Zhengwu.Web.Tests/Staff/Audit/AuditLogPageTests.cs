using System.Globalization;
using System.Net;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;

namespace Zhengwu.Web.Tests.Staff.Audit;

/// <summary>
/// The audit log viewer: records newest first with Chinese labels, filters by action, result, account and
/// Beijing-time days, paging, and a Chinese error naming each invalid value.
/// </summary>
public abstract class AuditLogPageTests(AuditPortalFixture portal)
{
    [Fact]
    public async Task Viewer_shows_sign_ins_newest_first()
    {
        using var auditor = await portal.SignInAsync("viewer-auditor", StaffRole.AuditAdministrator);
        var user = await portal.CreateAccountAsync("viewer-x", StaffRole.ContentOfficer);
        using var browser = portal.CreateBrowser();
        var wrong = await browser.SubmitPasswordAsync(user.UserName, "Wrong#Password2026");
        await browser.SignInAsync(user, portal.NextCode(user.AuthenticatorKey));

        var page = await auditor.GetAsync("/staff/audit?pageSize=2");

        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(
            ["时间（北京时间）", "账户", "角色", "操作", "对象", "结果", "客户端地址", "详情"],
            page.Document.QuerySelectorAll("table.audit thead th").Select(cell => cell.TextContent.Trim()));
        var rows = AuditRow.ReadAll(page);
        Assert.Equal([AuditActions.LoginSucceeded, AuditActions.LoginFailed], rows.Select(row => row.ActionCode));
        Assert.Equal(["viewer-x", "viewer-x"], rows.Select(row => row.Account));
        Assert.Equal(["登录成功", "登录失败"], rows.Select(row => row.Action));
        Assert.Equal(["成功", "失败"], rows.Select(row => row.Result));
        Assert.Equal(["内容专员", "内容专员"], rows.Select(row => row.Role));
        Assert.Equal(["authenticator code", "wrong password"], rows.Select(row => row.Detail));
        Assert.Equal($"account {user.Id}", rows[0].Object);
        Assert.Equal(rows[1].Id + 1, rows[0].Id);
        var expectedTime = portal.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8))
            .ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        Assert.Equal(expectedTime, rows[0].Time);
    }

    [Fact]
    public async Task Filters_and_paging_select_records()
    {
        var first = await portal.AppendAsync(Entry("paging-user", AuditActions.LoginFailed, AuditResult.Failed, "one"));
        await portal.AppendAsync(Entry("paging-other", AuditActions.LoginFailed, AuditResult.Failed, "other account"));
        var second = await portal.AppendAsync(Entry("paging-user", AuditActions.AccessDenied, AuditResult.Denied, "two"));
        var third = await portal.AppendAsync(Entry("paging-user", AuditActions.LoginFailed, AuditResult.Failed, "three"));
        using var auditor = await portal.SignInAsync("paging-auditor", StaffRole.AuditAdministrator);

        var all = await auditor.GetAsync("/staff/audit?account=paging-user");
        var pageOne = await auditor.GetAsync("/staff/audit?account=paging-user&pageSize=2");
        var pageTwo = await auditor.GetAsync("/staff/audit?account=paging-user&pageSize=2&page=2");
        var pageThree = await auditor.GetAsync("/staff/audit?account=paging-user&pageSize=2&page=3");
        var failed = await auditor.GetAsync("/staff/audit?account=paging-user&action=login.failed");
        var denied = await auditor.GetAsync("/staff/audit?account=paging-user&result=denied");
        var none = await auditor.GetAsync("/staff/audit?account=paging-user&action=access.denied&result=failed");
        var otherCase = await auditor.GetAsync("/staff/audit?account=PAGING-USER");

        Assert.Equal([third.Id, second.Id, first.Id], AuditRow.ReadAll(all).Select(row => row.Id));
        Assert.Equal("共 3 条记录，第 1/1 页。日期按北京时间计，含首尾两天。", ResultCount(all));
        Assert.Equal([third.Id, second.Id], AuditRow.ReadAll(pageOne).Select(row => row.Id));
        Assert.Equal("共 3 条记录，第 1/2 页。日期按北京时间计，含首尾两天。", ResultCount(pageOne));
        Assert.Equal(
            "/staff/audit?account=paging-user&pageSize=2&page=2",
            pageOne.Document.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        Assert.Equal([first.Id], AuditRow.ReadAll(pageTwo).Select(row => row.Id));
        Assert.Empty(AuditRow.ReadAll(pageThree));
        Assert.Equal([third.Id, first.Id], AuditRow.ReadAll(failed).Select(row => row.Id));
        Assert.Equal([second.Id], AuditRow.ReadAll(denied).Select(row => row.Id));
        Assert.Equal(["拒绝"], AuditRow.ReadAll(denied).Select(row => row.Result));
        Assert.Empty(AuditRow.ReadAll(none));
        Assert.Equal("共 0 条记录。日期按北京时间计，含首尾两天。", ResultCount(none));
        Assert.Empty(AuditRow.ReadAll(otherCase));
    }

    [Fact]
    public async Task Date_filter_uses_Beijing_days()
    {
        // Moves the clock to half a second before midnight in Beijing (16:00 UTC), keeping the half-second
        // offset from the authenticator time steps that the fixture relies on.
        var now = portal.Clock.GetUtcNow();
        var midnight = new DateTimeOffset(now.UtcDateTime.Date.AddHours(16), TimeSpan.Zero);
        midnight = midnight <= now.AddSeconds(1) ? midnight.AddDays(1) : midnight;
        portal.Clock.Advance(TimeSpan.FromSeconds(Math.Floor((midnight - now).TotalSeconds)));
        var before = await portal.AppendAsync(Entry("day-edge", AuditActions.Logout, AuditResult.Succeeded, "before"));
        portal.Clock.Advance(TimeSpan.FromSeconds(1));
        var after = await portal.AppendAsync(Entry("day-edge", AuditActions.Logout, AuditResult.Succeeded, "after"));
        var lastDay = midnight.ToOffset(TimeSpan.FromHours(8)).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var nextDay = midnight.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var auditor = await portal.SignInAsync("day-auditor", StaffRole.AuditAdministrator);

        var first = await auditor.GetAsync($"/staff/audit?account=day-edge&from={lastDay}&to={lastDay}");
        var second = await auditor.GetAsync($"/staff/audit?account=day-edge&from={nextDay}&to={nextDay}");
        var fromFirst = await auditor.GetAsync($"/staff/audit?account=day-edge&from={lastDay}");
        var untilFirst = await auditor.GetAsync($"/staff/audit?account=day-edge&to={lastDay}");

        Assert.Equal([before.Id], AuditRow.ReadAll(first).Select(row => row.Id));
        Assert.Equal([$"{lastDay} 23:59:59"], AuditRow.ReadAll(first).Select(row => row.Time));
        Assert.Equal([after.Id], AuditRow.ReadAll(second).Select(row => row.Id));
        Assert.Equal([$"{nextDay} 00:00:00"], AuditRow.ReadAll(second).Select(row => row.Time));
        Assert.Equal([after.Id, before.Id], AuditRow.ReadAll(fromFirst).Select(row => row.Id));
        Assert.Equal([before.Id], AuditRow.ReadAll(untilFirst).Select(row => row.Id));
    }

    [Fact]
    public async Task Invalid_filters_name_the_value()
    {
        using var auditor = await portal.SignInAsync("invalid-auditor", StaffRole.AuditAdministrator);
        (string Query, string Error)[] cases =
        [
            ("pageSize=101", "每页条数应为1到100之间的整数，收到“101”。"),
            ("pageSize=0", "每页条数应为1到100之间的整数，收到“0”。"),
            ("page=0", "页码应为1到100000之间的整数，收到“0”。"),
            ("page=-1", "页码应为1到100000之间的整数，收到“-1”。"),
            ("action=drop.table", "操作类型“drop.table”无效：请从列表中选择，例如 login.failed。"),
            ("result=ok", "结果“ok”无效：可用 succeeded（成功）、failed（失败）、denied（拒绝）。"),
            ("result=Succeeded", "结果“Succeeded”无效：可用 succeeded（成功）、failed（失败）、denied（拒绝）。"),
            ("from=2026-02-30", "开始日期“2026-02-30”不是 yyyy-MM-dd 格式的日期，例如 2026-03-01。"),
            ("to=2026/03/01", "结束日期“2026/03/01”不是 yyyy-MM-dd 格式的日期，例如 2026-03-01。"),
            ("from=1999-12-31", "开始日期“1999-12-31”超出范围：请填写 2000-01-01 至 2099-12-31 之间的日期。"),
            ("from=2026-03-02&to=2026-03-01", "结束日期 2026-03-01 早于开始日期 2026-03-02。"),
            ("account=" + new string('a', 257), "账户名过长（257个字符）：请不超过256个字符。"),
        ];

        foreach (var (query, error) in cases)
        {
            var page = await auditor.GetAsync("/staff/audit?" + query);

            Assert.Equal(HttpStatusCode.BadRequest, page.Status);
            Assert.Equal([error], page.Document.QuerySelectorAll(".error-summary li").Select(item => item.TextContent));
            Assert.Empty(AuditRow.ReadAll(page));
        }
    }

    [Fact]
    public async Task Retention_is_shown_read_only()
    {
        using var auditor = await portal.SignInAsync("retention-auditor", StaffRole.AuditAdministrator);

        var page = await auditor.GetAsync("/staff/audit");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("186", page.Document.QuerySelector(".retention strong")?.TextContent);
        Assert.Contains("no-store", page.CacheControl, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("main form[method=post]"));
    }

    [Fact]
    public async Task Dashboard_links_only_for_auditor()
    {
        using var auditor = await portal.SignInAsync("dashboard-auditor", StaffRole.AuditAdministrator);
        using var officer = await portal.SignInAsync("dashboard-officer", StaffRole.ContentOfficer);
        using var security = await portal.SignInAsync("dashboard-security", StaffRole.SecurityAdministrator);

        var auditorPage = await auditor.GetAsync("/staff");
        var officerPage = await officer.GetAsync("/staff");
        var securityPage = await security.GetAsync("/staff");

        Assert.Equal(
            ["/staff/audit", "/staff/audit/verify", "/staff/audit/export"],
            auditorPage.Document.QuerySelectorAll(".audit-links a").Select(link => link.GetAttribute("href")));
        Assert.Empty(officerPage.Document.QuerySelectorAll("a[href^='/staff/audit']"));
        Assert.Empty(securityPage.Document.QuerySelectorAll("a[href^='/staff/audit']"));
        Assert.Equal(
            ["事项内容", "清单变更", "待办"],
            officerPage.Document.QuerySelectorAll("h2").Select(heading => heading.TextContent));
    }

    internal static AuditEntry Entry(string accountName, string action, AuditResult result, string detail) =>
        new(action, result) { AccountName = accountName, Role = nameof(StaffRole.ContentOfficer), Detail = detail };

    private static string? ResultCount(Zhengwu.Web.Tests.Accounts.BrowserResponse page) =>
        page.Document.QuerySelector(".result-count")?.TextContent.Trim();
}

public sealed class SqliteAuditLogPageTests(SqliteAuditPortalFixture portal)
    : AuditLogPageTests(portal), IClassFixture<SqliteAuditPortalFixture>;

public sealed class PostgresAuditLogPageTests(PostgresAuditPortalFixture portal)
    : AuditLogPageTests(portal), IClassFixture<PostgresAuditPortalFixture>;
