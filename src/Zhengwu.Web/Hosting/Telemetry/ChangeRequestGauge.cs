using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Calendar;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Infrastructure.Calendar;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Web.Hosting.Telemetry;

/// <summary>
/// The gauge "zhengwu.change_requests" with the tag "state": "open" counts requests neither published nor withdrawn,
/// "overdue" the open ones past a deadline, and "published" every published request. The only deadline today is
/// a confirmed resumption's publication, due 2 working days after the confirmation.
/// </summary>
internal static class ChangeRequestGauge
{
    public static PortalGauge Definition { get; } = new(
        "zhengwu.change_requests",
        "{request}",
        "Change requests by state: open, overdue (open and past a deadline) and published.",
        Read);

    private static IReadOnlyList<Measurement<long>> Read(IServiceProvider services)
    {
        var db = services.GetRequiredService<ZhengwuDbContext>();
        var byStatus = db.ChangeRequests.AsNoTracking()
            .GroupBy(request => request.Status)
            .Select(group => new { Status = group.Key, Count = group.LongCount() })
            .ToList();
        var published = byStatus.Where(row => row.Status == ChangeStatus.Published).Sum(row => row.Count);
        var closed = byStatus.Where(row => row.Status == ChangeStatus.Withdrawn).Sum(row => row.Count) + published;
        var open = byStatus.Sum(row => row.Count) - closed;

        return
        [
            new(open, new KeyValuePair<string, object?>("state", "open")),
            new(CountOverdue(services, db), new KeyValuePair<string, object?>("state", "overdue")),
            new(published, new KeyValuePair<string, object?>("state", "published")),
        ];
    }

    private static long CountOverdue(IServiceProvider services, ZhengwuDbContext db)
    {
        var confirmed = db.ChangeRequests.AsNoTracking()
            .Where(request => request.Kind == ChangeKind.Resume
                && request.ConfirmedAt != null
                && request.Status != ChangeStatus.Published
                && request.Status != ChangeStatus.Withdrawn)
            .Select(request => request.ConfirmedAt!.Value)
            .ToList();
        if (confirmed.Count == 0)
        {
            return 0;
        }

        // Observable gauge callbacks are synchronous; the calendar is usually served from its cache.
        var calendar = services.GetRequiredService<WorkingCalendarProvider>().GetAsync().GetAwaiter().GetResult();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();

        return confirmed.LongCount(confirmedAt => IsLate(confirmedAt, now, calendar));
    }

    /// <summary>Returns whether the resumption is past due; a due day the calendar does not cover counts as not late.</summary>
    private static bool IsLate(DateTimeOffset confirmedAt, DateTimeOffset now, WorkingCalendar calendar)
    {
        try
        {
            return ResumptionDeadline.IsLate(confirmedAt, null, now, calendar);
        }
        catch (CalendarYearNotCoveredException)
        {
            return false;
        }
    }
}
