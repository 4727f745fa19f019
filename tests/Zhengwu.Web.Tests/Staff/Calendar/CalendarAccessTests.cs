using System.Net;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Web.Tests.Accounts;

namespace Zhengwu.Web.Tests.Staff.Calendar;

/// <summary>
/// Only the service center administrator reaches the calendar pages. Every other role gets 403 on every page and
/// form, each attempt is audited, and nothing changes.
/// </summary>
public abstract class CalendarAccessTests(CalendarPortalFixture portal)
{
    private const string TokenField = "__RequestVerificationToken";

    [Theory]
    [InlineData(StaffRole.ContentOfficer)]
    [InlineData(StaffRole.DepartmentLead)]
    [InlineData(StaffRole.ReviewOfficeReviewer)]
    [InlineData(StaffRole.SystemAdministrator)]
    [InlineData(StaffRole.SecurityAdministrator)]
    [InlineData(StaffRole.AuditAdministrator)]
    public async Task Other_roles_are_denied_and_audited(StaffRole role)
    {
        var userName = $"calendar-denied-{(int)role}";
        using var browser = await portal.SignInAsync(userName, role);
        var dashboard = await browser.GetAsync("/staff");
        var token = dashboard.FormToken!;

        var responses = new List<(string Path, BrowserResponse Response)>
        {
            ("/staff/calendar", await browser.GetAsync("/staff/calendar")),
            ("/staff/calendar/2026", await browser.GetAsync("/staff/calendar/2026")),
            ("/staff/calendar/2026/days/2026-10-10", await browser.GetAsync("/staff/calendar/2026/days/2026-10-10")),
            ("/staff/calendar", await browser.PostAsync("/staff/calendar", ("NewYear", "2027"), (TokenField, token))),
            ("/staff/calendar/2026", await browser.PostAsync(
                "/staff/calendar/2026?handler=AddDay",
                ("Version", "1"),
                ("Input.Date", "2026-12-31"),
                ("Input.Kind", "Holiday"),
                ("Input.Name", "假日"),
                ("Input.Notice", "国办发明电〔2025〕7号"),
                (TokenField, token))),
            ("/staff/calendar/2026/days/2026-10-10", await browser.PostAsync(
                "/staff/calendar/2026/days/2026-10-10?handler=Delete", ("Version", "1"), (TokenField, token))),
        };

        Assert.Null(dashboard.Document.QuerySelector(".calendar-block"));
        Assert.DoesNotContain("/staff/calendar", dashboard.Html, StringComparison.Ordinal);
        Assert.All(responses, entry => Assert.Equal(HttpStatusCode.Forbidden, entry.Response.Status));
        Assert.All(responses, entry => Assert.Equal("无权访问", entry.Response.Document.QuerySelector("h1")?.TextContent));
        var denials = (await portal.ReadRecordsAsync(userName)).Where(record => record.Action == AuditActions.AccessDenied).ToList();
        Assert.Equal(responses.Select(entry => entry.Path), denials.Select(record => record.ObjectId));
        Assert.All(denials, record => Assert.Equal((AuditResult.Denied, role.ToString()), (record.Result, record.Role!)));
        Assert.Equal([2024, 2025, 2026], (await portal.CalendarAsync()).Years);
        Assert.Null(await portal.FindYearAsync(2027));
        Assert.True((await portal.CalendarAsync()).IsWorkingDay(new DateOnly(2026, 10, 10)));
    }

    [Fact]
    public async Task Anonymous_request_goes_to_login()
    {
        using var browser = portal.CreateBrowser();

        var page = await browser.GetAsync("/staff/calendar/2026");

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal("https://localhost/staff/login?ReturnUrl=%2Fstaff%2Fcalendar%2F2026", page.Location);
    }

    [Fact]
    public async Task Posts_without_token_are_rejected()
    {
        using var admin = await portal.SignInAsync("calendar-token", StaffRole.ServiceCenterAdministrator);
        var before = await portal.ReadRecordsAsync("calendar-token");

        var add = await admin.PostAsync("/staff/calendar", ("NewYear", "2027"));
        var remove = await admin.PostAsync("/staff/calendar/2026/days/2026-10-10?handler=Delete", ("Version", "1"));

        Assert.Equal(HttpStatusCode.BadRequest, add.Status);
        Assert.Equal(HttpStatusCode.BadRequest, remove.Status);
        Assert.Equal(before, await portal.ReadRecordsAsync("calendar-token"));
        Assert.Null(await portal.FindYearAsync(2027));
    }
}

public sealed class SqliteCalendarAccessTests(SqliteCalendarPortalFixture portal)
    : CalendarAccessTests(portal), IClassFixture<SqliteCalendarPortalFixture>;

public sealed class PostgresCalendarAccessTests(PostgresCalendarPortalFixture portal)
    : CalendarAccessTests(portal), IClassFixture<PostgresCalendarPortalFixture>;
