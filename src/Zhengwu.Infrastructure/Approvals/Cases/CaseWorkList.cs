using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Domain.Calendar;
using Zhengwu.Infrastructure.Calendar;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Approvals.Cases;

/// <summary>
/// The work list of one department: its case parts, newest filing first, filtered by state and item. A part is
/// near due when 2 working days or fewer remain on its running clock. The clock filters are applied after the
/// database query, because the working days come from the calendar.
/// TODO: every part of the department is read to filter and page in memory; a stored deadline per part would let
/// the database filter and page a large department's list.
/// </summary>
public sealed class CaseWorkList(ZhengwuDbContext db, WorkingCalendarProvider calendars, TimeProvider clock)
{
    public const int PageSize = 20;
    public const int NearDueDays = 2;

    public async Task<(IReadOnlyList<WorkListRow> Rows, int Total)> ListAsync(
        int departmentId,
        WorkListFilter filter,
        int page,
        CancellationToken cancellationToken = default)
    {
        var parts = db.CaseParts.AsNoTracking().Where(part => part.DepartmentId == departmentId);
        if (filter.State is { } state)
        {
            parts = parts.Where(part => part.State == state);
        }

        var query = from part in parts
                    join filed in db.ApplicationCases.AsNoTracking() on part.CaseId equals filed.Id
                    join applicant in db.Users.AsNoTracking() on filed.ApplicantId equals applicant.Id
                    where filter.ItemCode == null || filed.ItemCode == filter.ItemCode
                    orderby filed.Id descending
                    select new { filed.Number, filed.ItemName, filed.ItemCode, applicant.DisplayName, filed.SubmittedAt, Part = part };
        // SQLite cannot compare DateTimeOffset values in SQL, so the filing period is filtered here; ids grow with
        // filing time, which orders the list newest first on both providers.
        var found = (await query.ToListAsync(cancellationToken))
            .Where(row => (filter.FiledFrom is null || row.SubmittedAt >= filter.FiledFrom)
                && (filter.FiledUntil is null || row.SubmittedAt < filter.FiledUntil))
            .ToList();
        var partIds = found.Select(row => row.Part.Id).ToList();
        var events = await db.Set<CaseClockEvent>().AsNoTracking()
            .Where(item => partIds.Contains(item.CasePartId))
            .ToListAsync(cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var rows = found
            .Select(row => new WorkListRow(
                row.Number,
                row.ItemName,
                row.ItemCode,
                Mask(row.DisplayName),
                row.SubmittedAt,
                row.Part.State,
                Read(row.Part, events.Where(item => item.CasePartId == row.Part.Id), calendar, now)))
            .Where(row => filter.Due switch
            {
                WorkListDue.Overdue => row.Reading?.IsOverdue == true,
                WorkListDue.NearDue => row.Reading is { State: ClockState.Running, IsOverdue: false } reading
                    && reading.RemainingDays <= NearDueDays,
                _ => true,
            })
            .ToList();

        return ([.. rows.Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize)], rows.Count);
    }

    /// <summary>Masks every character of the name but the first, as names are shown outside the case page.</summary>
    public static string Mask(string? name) =>
        string.IsNullOrEmpty(name) ? "" : name[..1] + new string('*', Math.Max(1, name.Length - 1));

    private static ClockReading? Read(CasePart part, IEnumerable<CaseClockEvent> events, WorkingCalendar calendar, DateTimeOffset now)
    {
        if (part.CurrentClock is not { } current)
        {
            return null;
        }

        var history = events.Where(item => item.Clock == current).OrderBy(item => item.At).Select(item => item.ToClockEvent()).ToList();
        try
        {
            return history.Count == 0 ? null : new WorkingDayClock(calendar, history).ReadFromStart(now);
        }
        catch (CalendarYearNotCoveredException)
        {
            return null;
        }
    }
}
