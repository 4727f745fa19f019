using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Domain.Calendar;
using Zhengwu.Infrastructure.Calendar;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Web.Hosting.Telemetry;

/// <summary>
/// The gauge "zhengwu.cases" with the tag "state": "open" counts cases neither concluded nor rejected, "overdue"
/// the open ones with a part past the deadline of its current clock, and "concluded" every concluded case. A part
/// whose acceptance period ran out counts as deemed accepted from that day, as the next read of the case records.
/// </summary>
internal static class CaseGauge
{
    public static PortalGauge Definition { get; } = new(
        "zhengwu.cases",
        "{case}",
        "Application cases by state: open, overdue (open with a part past its deadline) and concluded.",
        Read);

    private static IReadOnlyList<Measurement<long>> Read(IServiceProvider services)
    {
        var db = services.GetRequiredService<ZhengwuDbContext>();
        var byState = db.ApplicationCases.AsNoTracking()
            .GroupBy(@case => @case.State)
            .Select(group => new { State = group.Key, Count = group.LongCount() })
            .ToList();
        var concluded = byState.Where(row => row.State == CaseState.Concluded).Sum(row => row.Count);
        var rejected = byState.Where(row => row.State == CaseState.Rejected).Sum(row => row.Count);

        return
        [
            new(byState.Sum(row => row.Count) - concluded - rejected, new KeyValuePair<string, object?>("state", "open")),
            new(CountOverdue(services, db), new KeyValuePair<string, object?>("state", "overdue")),
            new(concluded, new KeyValuePair<string, object?>("state", "concluded")),
        ];
    }

    private static long CountOverdue(IServiceProvider services, ZhengwuDbContext db)
    {
        // Loaded without tracking, so the deemed acceptances computed below are never saved from here.
        var open = db.ApplicationCases.AsNoTracking()
            .Where(@case => @case.State != CaseState.Concluded && @case.State != CaseState.Rejected)
            .Include(@case => @case.Parts).ThenInclude(part => part.ClockEvents)
            .AsSplitQuery()
            .ToList();
        if (open.Count == 0)
        {
            return 0;
        }

        // Observable gauge callbacks are synchronous; the calendar is usually served from its cache.
        var calendar = services.GetRequiredService<WorkingCalendarProvider>().GetAsync().GetAwaiter().GetResult();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();

        return open.LongCount(@case => IsOverdue(@case, calendar, now));
    }

    /// <summary>Returns whether a part is past its deadline; a day the calendar does not cover counts as not overdue.</summary>
    private static bool IsOverdue(ApplicationCase @case, WorkingCalendar calendar, DateTimeOffset now)
    {
        try
        {
            @case.DeemAcceptance(calendar, now);

            return @case.Parts.Any(part => part.ReadCurrentClock(calendar, now)?.IsOverdue == true);
        }
        catch (CalendarYearNotCoveredException)
        {
            return false;
        }
    }
}
