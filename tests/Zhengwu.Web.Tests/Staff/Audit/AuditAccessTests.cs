using System.Net;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;

namespace Zhengwu.Web.Tests.Staff.Audit;

/// <summary>
/// Only the audit administrator reaches the audit pages: the other administrators and content staff get 403
/// with the Chinese "no access" page, and each attempt is recorded as access.denied.
/// </summary>
public abstract class AuditAccessTests(AuditPortalFixture portal)
{
    private static readonly string[] s_paths = ["/staff/audit", "/staff/audit/verify", "/staff/audit/export"];

    [Theory]
    [InlineData(StaffRole.SystemAdministrator)]
    [InlineData(StaffRole.SecurityAdministrator)]
    [InlineData(StaffRole.ContentOfficer)]
    public async Task Other_roles_are_denied_and_audited(StaffRole role)
    {
        var userName = $"denied-{(int)role}";
        using var browser = await portal.SignInAsync(userName, role);
        var token = (await browser.GetAsync("/staff")).FormToken!;
        var responses = new List<Zhengwu.Web.Tests.Accounts.BrowserResponse>();

        foreach (var path in s_paths)
        {
            responses.Add(await browser.GetAsync(path));
        }

        responses.Add(await browser.PostAsync("/staff/audit/verify", ("__RequestVerificationToken", token)));
        responses.Add(await browser.PostAsync(
            "/staff/audit/export",
            ("Format", "csv"),
            ("From", "2026-01-01"),
            ("To", "2026-12-31"),
            ("__RequestVerificationToken", token)));

        string[] expectedPaths = [.. s_paths, "/staff/audit/verify", "/staff/audit/export"];
        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Forbidden, response.Status));
        Assert.All(responses, response => Assert.Null(response.Location));
        var records = await portal.ReadRecordsAsync(userName);
        var denials = records.Where(record => record.Action == AuditActions.AccessDenied).ToList();
        Assert.Equal(expectedPaths, denials.Select(record => record.ObjectId));
        Assert.All(denials, record => Assert.Equal(AuditResult.Denied, record.Result));
        Assert.All(denials, record => Assert.Equal(role.ToString(), record.Role));
        Assert.Equal(
            [AuditActions.LoginSucceeded, .. expectedPaths.Select(_ => AuditActions.AccessDenied)],
            records.Select(record => record.Action));
    }

    [Fact]
    public async Task Denied_request_shows_forbidden_page()
    {
        using var browser = await portal.SignInAsync("denied-page", StaffRole.SystemAdministrator);

        var denied = await browser.GetAsync("/staff/audit");

        Assert.Equal(HttpStatusCode.Forbidden, denied.Status);
        Assert.Equal("无权访问", denied.Document.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Anonymous_request_goes_to_login()
    {
        using var browser = portal.CreateBrowser();

        var page = await browser.GetAsync("/staff/audit");

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal("https://localhost/staff/login?ReturnUrl=%2Fstaff%2Faudit", page.Location);
    }

    [Fact]
    public async Task Posts_without_token_are_rejected()
    {
        using var auditor = await portal.SignInAsync("token-auditor", StaffRole.AuditAdministrator);
        var before = await portal.ReadRecordsAsync("token-auditor");

        var verify = await auditor.PostAsync("/staff/audit/verify");
        var export = await auditor.PostAsync(
            "/staff/audit/export",
            ("Format", "csv"),
            ("From", "2026-01-01"),
            ("To", "2026-12-31"));

        Assert.Equal(HttpStatusCode.BadRequest, verify.Status);
        Assert.Equal(HttpStatusCode.BadRequest, export.Status);
        Assert.Equal(before, await portal.ReadRecordsAsync("token-auditor"));
    }
}

public sealed class SqliteAuditAccessTests(SqliteAuditPortalFixture portal)
    : AuditAccessTests(portal), IClassFixture<SqliteAuditPortalFixture>;

public sealed class PostgresAuditAccessTests(PostgresAuditPortalFixture portal)
    : AuditAccessTests(portal), IClassFixture<PostgresAuditPortalFixture>;
