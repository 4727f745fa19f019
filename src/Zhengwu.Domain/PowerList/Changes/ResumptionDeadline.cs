using Zhengwu.Domain.Calendar;

namespace Zhengwu.Domain.PowerList.Changes;

/// <summary>
/// The publication deadline of a resumption: the review office confirms it, and the rules require the item to be
/// resumed within 2 working days after that. Days are counted on the official calendar in China Standard Time. The
/// day of the confirmation does not count, and the due day counts to its end.
/// </summary>
public static class ResumptionDeadline
{
    public const int WorkingDays = 2;

    private static readonly TimeSpan s_chinaOffset = TimeSpan.FromHours(8);

    /// <summary>Returns the last day on which the resumption may be published.</summary>
    /// <exception cref="CalendarYearNotCoveredException">The count reaches a year the calendar does not cover.</exception>
    public static DateOnly DueDate(DateTimeOffset confirmedAt, WorkingCalendar calendar) =>
        calendar.AddWorkingDays(ChinaDate(confirmedAt), WorkingDays);

    /// <summary>
    /// Returns whether the resumption was published after its due day, or, while it is not published, whether
    /// <paramref name="now"/> is past that day.
    /// </summary>
    public static bool IsLate(DateTimeOffset confirmedAt, DateTimeOffset? publishedAt, DateTimeOffset now, WorkingCalendar calendar) =>
        ChinaDate(publishedAt ?? now) > DueDate(confirmedAt, calendar);

    private static DateOnly ChinaDate(DateTimeOffset time) => DateOnly.FromDateTime(time.ToOffset(s_chinaOffset).DateTime);
}
