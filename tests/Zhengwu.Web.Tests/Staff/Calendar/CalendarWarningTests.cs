using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Calendar;
using Zhengwu.Web.Pages.Staff.Calendar;

namespace Zhengwu.Web.Tests.Staff.Calendar;

/// <summary>
/// The dashboard warns the service center that next year's calendar is missing from 60 days before the end of the
/// last covered year: from 00:00 on 2 November, Beijing time (16:00 UTC on 1 November). The fake clock moves to
/// half a second either side of that instant; other roles never see the warning.
/// </summary>
public abstract class CalendarWarningTests(CalendarPortalFixture portal)
{
    [Fact]
    public async Task Warning_starts_60_days_before_the_end_of_the_last_covered_year()
    {
        // The clock starts at the real time, so the last covered year is the one after it: every earlier year is
        // added first, and the boundary lies ahead of the clock.
        var last = ChinaStandardTime.DateOf(portal.Clock.GetUtcNow()).Year + 1;
        await portal.CoverYearsThroughAsync(last);
        var boundary = ChinaStandardTime.StartOf(new DateOnly(last, 11, 2));
        MoveTo(boundary.AddMinutes(-10));
        using var admin = await portal.SignInAsync("warning-admin", StaffRole.ServiceCenterAdministrator);
        using var officer = await portal.SignInAsync("warning-officer", StaffRole.ContentOfficer);

        MoveTo(boundary.AddSeconds(-1));
        var before = await admin.GetAsync("/staff");
        var calendarBefore = await admin.GetAsync("/staff/calendar");
        MoveTo(boundary);
        var after = await admin.GetAsync("/staff");
        var calendarAfter = await admin.GetAsync("/staff/calendar");
        var officerAfter = await officer.GetAsync("/staff");

        Assert.Equal(new DateTimeOffset(last, 11, 1, 16, 0, 0, TimeSpan.Zero), boundary);
        Assert.Null(before.Document.QuerySelector(".calendar-warning"));
        Assert.Null(calendarBefore.Document.QuerySelector(".calendar-warning"));
        Assert.EndsWith($"{last} 年", before.Document.QuerySelector(".calendar-years")?.TextContent, StringComparison.Ordinal);
        var expected = CalendarWarning.Message([last + 1]);
        Assert.Equal(expected, after.Document.QuerySelector(".calendar-warning")?.TextContent.Trim());
        Assert.StartsWith($"{last + 1} 年的工作日历尚未生效：期限计算到 {last + 1} 年的日期时会报错", expected, StringComparison.Ordinal);
        Assert.Equal(expected, calendarAfter.Document.QuerySelector(".calendar-warning")?.TextContent.Trim());
        Assert.Null(officerAfter.Document.QuerySelector(".calendar-warning"));
        Assert.Null(officerAfter.Document.QuerySelector(".calendar-block"));
    }

    /// <summary>
    /// Moves the fake clock forward to half a second after <paramref name="target"/> in whole seconds, keeping the
    /// half-second offset from the authenticator time steps that the fixture relies on.
    /// </summary>
    private void MoveTo(DateTimeOffset target)
    {
        var now = portal.Clock.GetUtcNow();
        portal.Clock.Advance(TimeSpan.FromSeconds(Math.Ceiling((target - now).TotalSeconds)));
    }
}

public sealed class SqliteCalendarWarningTests(SqliteCalendarPortalFixture portal)
    : CalendarWarningTests(portal), IClassFixture<SqliteCalendarPortalFixture>;

public sealed class PostgresCalendarWarningTests(PostgresCalendarPortalFixture portal)
    : CalendarWarningTests(portal), IClassFixture<PostgresCalendarPortalFixture>;
