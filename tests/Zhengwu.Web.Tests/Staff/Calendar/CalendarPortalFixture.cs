using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Calendar;
using Zhengwu.Infrastructure.Calendar;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Web.Tests.Staff.Audit;

namespace Zhengwu.Web.Tests.Staff.Calendar;

/// <summary>
/// A portal with the calendar loaded from the data file at start, a fake clock, staff accounts of any role and
/// direct access to the calendar services, so tests can set up years without the pages.
/// </summary>
public abstract class CalendarPortalFixture(DatabaseProvider provider) : AuditPortalFixture(provider)
{
    /// <summary>A service center administrator who sets up years behind the pages' back.</summary>
    public static readonly CalendarEditor SetupEditor =
        new(Guid.Parse("00000000-0000-0000-0000-0000000000e1"), "calendar-setup", StaffRole.ServiceCenterAdministrator, null);

    public Task<WorkingCalendar> CalendarAsync() =>
        WithScopeAsync(services => services.GetRequiredService<WorkingCalendarProvider>().GetAsync());

    public Task<CalendarYear?> FindYearAsync(int year) =>
        WithScopeAsync(services => services.GetRequiredService<WorkingCalendarAdministration>().FindYearAsync(year));

    public Task<CalendarResult> EditAsync(Func<WorkingCalendarAdministration, Task<CalendarResult>> edit) =>
        WithScopeAsync(services => edit(services.GetRequiredService<WorkingCalendarAdministration>()));

    /// <summary>Adds each missing year up to <paramref name="last"/> with 元旦 as its one holiday and puts it in force.</summary>
    public async Task CoverYearsThroughAsync(int last)
    {
        var covered = (await CalendarAsync()).Years;
        for (var year = covered[^1] + 1; year <= last; year++)
        {
            var number = year;
            Require(await EditAsync(calendar => calendar.AddYearAsync(SetupEditor, number)));
            Require(await EditAsync(calendar => calendar.AddDayAsync(
                SetupEditor, number, 1, new SpecialDay(new DateOnly(number, 1, 1), SpecialDayKind.Holiday, "元旦", "测试用通知"))));
            Require(await EditAsync(calendar => calendar.PutInForceAsync(SetupEditor, number, 2)));
        }
    }

    private static void Require(CalendarResult result)
    {
        if (result.Outcome != CalendarOutcome.Done)
        {
            throw new InvalidOperationException($"Calendar setup failed: {result.Outcome} {string.Join("; ", result.Problems.Select(problem => problem.Message))}");
        }
    }
}

public sealed class SqliteCalendarPortalFixture() : CalendarPortalFixture(DatabaseProvider.Sqlite);

public sealed class PostgresCalendarPortalFixture() : CalendarPortalFixture(DatabaseProvider.Postgres);
