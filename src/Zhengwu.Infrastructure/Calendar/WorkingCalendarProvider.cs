using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Calendar;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Calendar;

/// <summary>
/// Returns the <see cref="WorkingCalendar"/> of the years in force. The calendar is cached for the process. Every
/// call reads the years and their versions, a query of a few rows, and rebuilds the calendar when a year was added,
/// edited, put in force or deleted since the cached one was built, also by another web node.
/// </summary>
public sealed class WorkingCalendarProvider(ZhengwuDbContext db, WorkingCalendarCache cache)
{
    public async Task<WorkingCalendar> GetAsync(CancellationToken cancellationToken = default)
    {
        var years = await db.CalendarYears.AsNoTracking()
            .Select(year => new { year.Year, year.Version, year.Status })
            .ToListAsync(cancellationToken);
        var stamp = string.Join(
            ";",
            years.OrderBy(year => year.Year).Select(year => string.Create(CultureInfo.InvariantCulture, $"{year.Year}:{year.Version}:{year.Status}")));
        if (cache.Get(stamp) is { } cached)
        {
            return cached;
        }

        var inForce = years.Where(year => year.Status == CalendarYearStatus.InForce).Select(year => year.Year).ToList();
        var days = await db.CalendarSpecialDays.AsNoTracking()
            .Where(day => inForce.Contains(day.Year))
            .ToListAsync(cancellationToken);
        var calendar = new WorkingCalendar(inForce, days.Select(day => day.ToSpecialDay()));
        cache.Set(stamp, calendar);

        return calendar;
    }
}
